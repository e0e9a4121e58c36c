import type { z } from 'zod';
import type { InboundMessage, MessageAction } from './message-action';

export type InternalRecordResult<T> =
  | { readonly kind: 'valid'; readonly value: T }
  | { readonly kind: 'invalid'; readonly action: MessageAction };

/**
 * Reads a record Sijill itself wrote to an internal topic, validated against its schema. One that
 * does not match is dead-lettered (`invalid-record`) rather than crash or stall the partition.
 */
export function decodeInternalRecord<Schema extends z.ZodType>(
  message: InboundMessage,
  schema: Schema,
): InternalRecordResult<z.infer<Schema>> {
  let json: unknown;
  try {
    json = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch {
    return invalid('The record is not JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'does not match its schema'}`,
    );
  }
  return { kind: 'valid', value: parsed.data };
}

function invalid(detail: string): InternalRecordResult<never> {
  return { kind: 'invalid', action: { kind: 'dead-letter', reason: 'invalid-record', detail } };
}
