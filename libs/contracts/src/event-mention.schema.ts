import { z } from 'zod';
import {
  AgreementSchema,
  EventDateSchema,
  EvidenceSchema,
  EVENT_TYPES,
  LIFECYCLES,
  LocationSchema,
  OrganisationSchema,
  ParticipantSchema,
} from './timeline-entry.schema';

/** One event reported by one article (key = mention id), input to the timeline merge. */
export const EventMentionSchema = z.strictObject({
  mentionId: z.string().describe('Stable: derived from the article id and the event.'),
  articleId: z.string(),
  gazetteerVersion: z.string(),
  type: z.enum(EVENT_TYPES),
  lifecycle: z.enum(LIFECYCLES),
  date: EventDateSchema.extend({
    raw: z.string().optional(),
    anchor: z.string().optional(),
    anchorSource: z
      .enum(['published-at', 'url', 'dateline', 'weekday'])
      .optional()
      .describe(
        "Where the anchor came from: publishedAt, the edition day in the URL, a dateline, or the day the text's own relative words with a weekday agree on.",
      ),
    rule: z.string(),
  }),
  location: LocationSchema.optional(),
  participants: z.array(ParticipantSchema),
  organisation: OrganisationSchema.optional(),
  agreements: z.array(AgreementSchema),
  evidence: z.array(EvidenceSchema),
  confidence: z.number().min(0).max(1),
  article: z.strictObject({
    url: z.string().optional(),
    source: z.string().optional(),
    publishedAt: z.string().optional(),
    language: z.string(),
    derivedFrom: z
      .string()
      .optional()
      .describe('Article id of the original the article rewrites (see UniqueArticle).'),
  }),
});

export type EventMention = z.infer<typeof EventMentionSchema>;
