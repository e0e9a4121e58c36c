import { z } from 'zod';
import { ReasonCodeSchema } from './reason-codes';

/** Header names on a dead-letter record; its key and value are the refused message's own bytes. */
export const DEAD_LETTER_HEADERS = {
  reason: 'sijill-reason',
  detail: 'sijill-reason-detail',
  sourceTopic: 'sijill-source-topic',
  sourcePartition: 'sijill-source-partition',
  sourceOffset: 'sijill-source-offset',
  sourceTimestamp: 'sijill-source-timestamp',
  failedAt: 'sijill-failed-at',
  service: 'sijill-service',
  /** Set when the value could not be kept (`too-large`): the record is a reference to the source. */
  valueOmitted: 'sijill-value-omitted',
  valueBytes: 'sijill-value-bytes',
  valueSha256: 'sijill-value-sha256',
} as const;

/** The headers of a dead-letter record, decoded. */
export const DeadLetterHeadersSchema = z.strictObject({
  [DEAD_LETTER_HEADERS.reason]: ReasonCodeSchema.describe('Why the message was refused.'),
  [DEAD_LETTER_HEADERS.detail]: z.string().describe('A sentence for people; not for matching.'),
  [DEAD_LETTER_HEADERS.sourceTopic]: z.string(),
  [DEAD_LETTER_HEADERS.sourcePartition]: z.string().regex(/^\d+$/),
  [DEAD_LETTER_HEADERS.sourceOffset]: z.string().regex(/^\d+$/),
  [DEAD_LETTER_HEADERS.sourceTimestamp]: z.string().regex(/^\d+$/).optional(),
  [DEAD_LETTER_HEADERS.failedAt]: z.iso.datetime(),
  [DEAD_LETTER_HEADERS.service]: z.string(),
  [DEAD_LETTER_HEADERS.valueOmitted]: z
    .literal('too-large')
    .optional()
    .describe('The value is left out; find it by source topic, partition and offset.'),
  [DEAD_LETTER_HEADERS.valueBytes]: z.string().regex(/^\d+$/).optional(),
  [DEAD_LETTER_HEADERS.valueSha256]: z
    .string()
    .regex(/^[0-9a-f]{64}$|^$/)
    .optional(),
});

export type DeadLetterHeaders = z.infer<typeof DeadLetterHeadersSchema>;
