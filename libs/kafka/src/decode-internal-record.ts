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

/**
 * The inbound shape of a stage that works batch-wise: decodes every record, hands the valid values
 * to `handle` at once, and maps each answer back to its message in order (an invalid record keeps
 * its dead letter). `handle` answers once for each value it is given.
 */
export async function handleInternalBatch<Schema extends z.ZodType, Outcome>(
  messages: readonly InboundMessage[],
  schema: Schema,
  handle: (values: z.infer<Schema>[]) => Promise<readonly Outcome[]>,
  toAction: (value: z.infer<Schema>, outcome: Outcome) => MessageAction,
): Promise<MessageAction[]> {
  const decoded = messages.map((message) => decodeInternalRecord(message, schema));
  const outcomes = await handle(decoded.flatMap((d) => (d.kind === 'valid' ? [d.value] : [])));
  let next = 0;
  return decoded.map((d) => {
    if (d.kind === 'invalid') return d.action;
    const outcome = outcomes[next++];
    if (outcome === undefined) throw new Error('The batch handler answered for fewer records');
    return toAction(d.value, outcome);
  });
}

/** The same for one message: decode it, hand its value to `handle`, map the answer. */
export async function handleInternalRecord<Schema extends z.ZodType, Outcome>(
  message: InboundMessage,
  schema: Schema,
  handle: (value: z.infer<Schema>) => Promise<Outcome>,
  toAction: (value: z.infer<Schema>, outcome: Outcome) => MessageAction,
): Promise<MessageAction> {
  const decoded = decodeInternalRecord(message, schema);
  if (decoded.kind === 'invalid') return decoded.action;
  return toAction(decoded.value, await handle(decoded.value));
}
