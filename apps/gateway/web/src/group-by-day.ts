import type { TimelineEntry } from '@sijill/contracts';

export type Order = 'newest-first' | 'oldest-first';

/** Entries that share a date as precise as they know it: a day, or a whole month or year. */
export interface DayGroup {
  readonly key: string;
  readonly date: TimelineEntry['date'];
  readonly entries: readonly TimelineEntry[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Entries grouped by their start date, groups and entries in time order (a month before its days,
 * as `GET /timeline` orders them; reversed for newest first). Within a day, by id.
 */
export function groupByDay(entries: readonly TimelineEntry[], order: Order): DayGroup[] {
  const sorted = [...entries].sort(
    (a, b) => compare(a.date.start, b.date.start) || compare(a.id, b.id),
  );
  if (order === 'newest-first') sorted.reverse();
  const groups: { key: string; date: TimelineEntry['date']; entries: TimelineEntry[] }[] = [];
  for (const entry of sorted) {
    const last = groups[groups.length - 1];
    if (last?.key === entry.date.start) last.entries.push(entry);
    else
      groups.push({
        key: entry.date.start,
        date: { start: entry.date.start, precision: entry.date.precision },
        entries: [entry],
      });
  }
  return groups;
}
