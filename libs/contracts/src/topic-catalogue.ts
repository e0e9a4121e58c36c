import type { z } from 'zod';
import { AcceptedArticleSchema } from './accepted-article.schema';
import { ArticleSchema } from './article.schema';
import { DeadLetterHeadersSchema } from './dead-letter.schema';
import { DuplicateArticleSchema } from './duplicate-article.schema';
import { EventMentionSchema } from './event-mention.schema';
import { TimelineEntrySchema } from './timeline-entry.schema';
import type { TopicId } from './topics';
import { UniqueArticleSchema } from './unique-article.schema';

/** What one topic carries: everything a producer, a consumer or a reader of the docs needs. */
export interface TopicContract<Schema extends z.ZodType = z.ZodType> {
  readonly visibility: 'public' | 'internal';
  readonly summary: string;
  readonly key: string;
  /** The value's schema; the dead-letter topic carries the refused message's bytes unchanged. */
  readonly value: Schema;
  readonly valueIsRawBytes?: true;
  readonly headers?: z.ZodType;
  readonly cleanupPolicy: 'delete' | 'compact';
}

function contract<Schema extends z.ZodType>(c: TopicContract<Schema>): TopicContract<Schema> {
  return c;
}

/** Every topic Sijill reads or writes, keyed by logical id. */
export const TOPIC_CATALOGUE = {
  articles: contract({
    visibility: 'public',
    summary:
      'Articles from publishers (any Kafka producer, the sijill CLI, or POST /articles). Fields ' +
      'the schema does not name are allowed and ignored: counted, never forwarded.',
    key: 'Article id when known (else any key; the id is derived at intake).',
    value: ArticleSchema,
    cleanupPolicy: 'delete',
  }),
  deadLetter: contract({
    visibility: 'public',
    summary: 'Messages refused at intake: original key and bytes, with the reason in headers.',
    key: 'The refused message key, unchanged.',
    value: ArticleSchema,
    valueIsRawBytes: true,
    headers: DeadLetterHeadersSchema,
    cleanupPolicy: 'delete',
  }),
  timeline: contract({
    visibility: 'public',
    summary: 'The merged timeline: the latest revision of every entry (log-compacted).',
    key: 'Timeline entry id.',
    value: TimelineEntrySchema,
    cleanupPolicy: 'compact',
  }),
  accepted: contract({
    visibility: 'internal',
    summary: 'Valid, first-seen articles awaiting normalisation.',
    key: 'Article id.',
    value: AcceptedArticleSchema,
    cleanupPolicy: 'delete',
  }),
  duplicates: contract({
    visibility: 'internal',
    summary: 'Articles recorded as copies of an earlier one, exact or near.',
    key: 'Article id of the copy.',
    value: DuplicateArticleSchema,
    cleanupPolicy: 'delete',
  }),
  unique: contract({
    visibility: 'internal',
    summary: 'Normalised, unique articles awaiting extraction.',
    key: 'Article id.',
    value: UniqueArticleSchema,
    cleanupPolicy: 'delete',
  }),
  mentions: contract({
    visibility: 'internal',
    summary: 'Event mentions (one event reported by one article) awaiting the merge.',
    key: 'Mention id.',
    value: EventMentionSchema,
    cleanupPolicy: 'delete',
  }),
} as const satisfies Record<TopicId, TopicContract>;

/** The value type a topic carries. */
export type TopicValue<T extends TopicId> = z.infer<(typeof TOPIC_CATALOGUE)[T]['value']>;
