import { z } from 'zod';

export const EVENT_TYPES = ['visit', 'summit', 'meeting', 'call', 'statement'] as const;
export const LIFECYCLES = ['announced', 'occurred'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

export const EventDateSchema = z.strictObject({
  start: z.string().describe('YYYY-MM-DD, YYYY-MM or YYYY by precision.'),
  end: z.string().optional(),
  precision: z.enum(DATE_PRECISIONS),
});

export const LocationSchema = z.strictObject({
  city: z.string().optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .describe('ISO 3166-1 alpha-2.'),
  wikidata: z.string().optional(),
  inferred: z.boolean().optional().describe('True when the place was inferred (a host capital).'),
});

export const ParticipantSchema = z.strictObject({
  name: z.string().describe('English canonical name.'),
  wikidata: z.string().optional(),
  country: z.string().optional(),
  role: z.string().optional(),
  side: z
    .enum(['visitor', 'host'])
    .optional()
    .describe('At a visit: who travelled and who received (CAMEO 042 / 043).'),
  names: z.record(z.string(), z.string()).describe('Names by language: {ar, en, …}.'),
});

export const OrganisationSchema = z.strictObject({
  name: z.string(),
  acronym: z.string().optional(),
  wikidata: z.string().optional(),
});

export const AgreementSchema = z.strictObject({ title: z.string(), language: z.string() });

export const EvidenceSchema = z.strictObject({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export const CodesSchema = z.strictObject({
  plover: z.string(),
  ploverMode: z.string().optional(),
  cameo: z.string(),
});

export const EntrySourceSchema = z.strictObject({
  articleId: z.string(),
  url: z.string().optional(),
  source: z.string().optional(),
  publishedAt: z.string().optional(),
  language: z.string(),
  duplicates: z.array(z.string()).optional().describe('Article ids of wire copies of this source.'),
  derivedFrom: z
    .string()
    .optional()
    .describe(
      'Article id of the original this source rewrites (one release or agency story): it counts as one independent source with it.',
    ),
  evidence: z.array(EvidenceSchema),
});

/** One real-world encounter, as published on `diplomacy.timeline.v1` (key = id). */
export const TimelineEntrySchema = z
  .strictObject({
    id: z.string(),
    revision: z.number().int().positive(),
    status: z.enum(['active', 'merged']),
    mergedInto: z.string().optional(),
    type: z.enum(EVENT_TYPES),
    lifecycle: z.enum(LIFECYCLES),
    date: EventDateSchema,
    location: LocationSchema.optional(),
    participants: z.array(ParticipantSchema),
    organisation: OrganisationSchema.optional(),
    agreements: z.array(AgreementSchema),
    title: z.strictObject({ en: z.string(), ar: z.string().optional() }),
    codes: CodesSchema,
    sources: z.array(EntrySourceSchema),
    independentSources: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe(
        'Sources that reported it independently: rewrites of one original (derivedFrom) count once with it, wire copies not at all.',
      ),
    copies: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('Wire copies of its sources that reported it too (listed under their source).'),
    firstSeenAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .refine((entry) => (entry.status === 'merged') === (entry.mergedInto !== undefined), {
    message: 'mergedInto is set exactly when status is merged',
    path: ['mergedInto'],
  });

export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type EventType = (typeof EVENT_TYPES)[number];
