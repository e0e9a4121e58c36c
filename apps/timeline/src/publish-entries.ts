import type { TimelineEntry } from '@sijill/contracts';
import type { MessageAction } from '@sijill/kafka';

type LogFields = Readonly<Record<string, string | number | boolean>>;

/**
 * The action for what one merge changed: its entries on the timeline topic keyed by entry id, in
 * the merge's order (survivors before the entries merged into them), or a skip when nothing
 * changed.
 */
export function publishEntries(
  entries: readonly TimelineEntry[],
  outcome: string,
  logFields: LogFields,
): MessageAction {
  const fields = { ...logFields, entries: entries.length };
  if (entries.length === 0) return { kind: 'skip', outcome: 'unchanged', logFields: fields };
  return {
    kind: 'produce',
    outcome,
    records: entries.map((entry) => ({ topic: 'timeline', key: entry.id, value: entry })),
    logFields: { ...fields, entryIds: entries.map((entry) => entry.id).join(',') },
  };
}

/** The delivery a message is: its place in the log, the same when it is redelivered. */
export function deliveryOf(position: { topic: string; partition: number; offset: string }): string {
  return `${position.topic}/${position.partition}/${position.offset}`;
}
