import { createHash } from 'node:crypto';
import { DEAD_LETTER_HEADERS, type ReasonCode } from '@sijill/contracts';
import type { IHeaders, KafkaMessage, Message } from 'kafkajs';

/** Longest reason detail a dead letter carries; the rest is cut. */
export const MAX_DETAIL_CHARS = 1_000;
/** Bytes of the refused message's own headers a dead letter keeps; past that they are dropped. */
export const MAX_COPIED_HEADER_BYTES = 16 * 1024;

export interface DeadLetterSource {
  readonly topic: string;
  readonly partition: number;
  readonly message: KafkaMessage;
  readonly reason: ReasonCode;
  readonly detail: string;
  readonly service: string;
  readonly failedAt: string;
}

/**
 * The dead letter of a refused message: its key and bytes unchanged, the reason and its source in
 * headers. Headers are bounded (the detail cut, the message's own headers dropped past a budget),
 * so the record is never much larger than the message itself.
 */
export function buildDeadLetter(source: DeadLetterSource): Message {
  const { message } = source;
  return {
    key: message.key,
    value: message.value,
    headers: { ...boundedHeaders(message.headers), ...sourceHeaders(source) },
  };
}

/**
 * The dead letter of a message whose own dead letter could not be written (too large for the
 * dead-letter topic): no bytes, only where the message is and the SHA-256 of its value, so it can
 * still be found and checked against the input topic while that keeps it.
 */
export function buildDeadLetterByReference(source: DeadLetterSource): Message {
  const value = source.message.value;
  return {
    key: source.message.key,
    value: null,
    headers: {
      ...sourceHeaders(source),
      [DEAD_LETTER_HEADERS.valueOmitted]: 'too-large',
      [DEAD_LETTER_HEADERS.valueBytes]: String(value?.length ?? 0),
      [DEAD_LETTER_HEADERS.valueSha256]:
        value === null ? '' : createHash('sha256').update(value).digest('hex'),
    },
  };
}

function sourceHeaders(source: DeadLetterSource): IHeaders {
  return {
    [DEAD_LETTER_HEADERS.reason]: source.reason,
    [DEAD_LETTER_HEADERS.detail]: cut(source.detail),
    [DEAD_LETTER_HEADERS.sourceTopic]: source.topic,
    [DEAD_LETTER_HEADERS.sourcePartition]: String(source.partition),
    [DEAD_LETTER_HEADERS.sourceOffset]: source.message.offset,
    [DEAD_LETTER_HEADERS.sourceTimestamp]: source.message.timestamp,
    [DEAD_LETTER_HEADERS.failedAt]: source.failedAt,
    [DEAD_LETTER_HEADERS.service]: source.service,
  };
}

function boundedHeaders(headers: IHeaders | undefined): IHeaders {
  const kept: IHeaders = {};
  let bytes = 0;
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.startsWith('sijill-') || value === undefined) continue;
    const size = Buffer.byteLength(name) + headerBytes(value);
    if (bytes + size > MAX_COPIED_HEADER_BYTES) continue;
    bytes += size;
    kept[name] = value;
  }
  return kept;
}

function headerBytes(value: NonNullable<IHeaders[string]>): number {
  const values = Array.isArray(value) ? value : [value];
  return values.reduce(
    (sum, v) => sum + (typeof v === 'string' ? Buffer.byteLength(v) : v.length),
    0,
  );
}

function cut(detail: string): string {
  return detail.length <= MAX_DETAIL_CHARS ? detail : `${detail.slice(0, MAX_DETAIL_CHARS - 1)}…`;
}
