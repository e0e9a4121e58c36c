import type { ReasonCode, SourcePosition } from '@sijill/contracts';
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
