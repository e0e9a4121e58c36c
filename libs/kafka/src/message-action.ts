import type { ReasonCode, SourcePosition, TopicId } from '@sijill/contracts';
import type { OutboundRecord } from './outbound-record';

/** One consumed record as an inbound adapter sees it. */
export interface InboundMessage {
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly position: SourcePosition;
  readonly timestamp: string;
}

type LogFields = Readonly<Record<string, string | number | boolean>>;

/**
 * What to do with one message once it is handled. Its outputs and its offset are committed together
 * (one Kafka transaction per batch). A handler that throws signals an infrastructure fault: the
 * message is retried with backoff, never skipped.
 */
export type MessageAction =
  | {
      readonly kind: 'produce';
      readonly outcome: string;
      readonly records: readonly OutboundRecord[];
      readonly logFields?: LogFields;
    }
  | {
      readonly kind: 'dead-letter';
      readonly reason: ReasonCode;
      readonly detail: string;
      readonly logFields?: LogFields;
    }
  | { readonly kind: 'skip'; readonly outcome: string; readonly logFields?: LogFields };

/** Ends the pattern of a batch handler: `@EventPattern(batchPattern('articles'))`. */
export const BATCH_PATTERN_SUFFIX = ':batch';

/**
 * The pattern of a topic's batch handler. It receives up to a hundred `InboundMessage`s of one
 * partition and answers one `MessageAction` per message, in order, so a stage can do its Redis work
 * for the whole batch in one round trip. The topic keeps its per-message handler
 * (`@EventPattern(topicId)`): when a batch fails for a reason other than infrastructure, or runs
 * past the sum of its messages' time budgets, the transport hands its messages to it one by one.
 */
export function batchPattern(topic: TopicId): string {
  return `${topic}${BATCH_PATTERN_SUFFIX}`;
}
