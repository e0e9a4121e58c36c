import type { TimelineEntry } from '@sijill/contracts';
import { personKey } from './profile-mention';
import { readDateWindow, windowGapDays } from './read-date-window';

/** Two active entries that may report one encounter, for a person to read and judge. */
export interface PossibleSplit {
  readonly first: TimelineEntry;
  readonly second: TimelineEntry;
  /** English names of the principal participants both entries have. */
  readonly shared: readonly string[];
  /** Days between the two date windows (0 when they overlap). */
  readonly daysApart: number;
}

/** The default reach of the split report: entries this many days apart or closer. */
export const SPLIT_REPORT_DAYS = 3;

/**
 * The people an entry is about: who travelled and who received them when sides are known (a
 * delegation member is not a principal), else everyone it names.
 */
function principalsOf(entry: TimelineEntry): Map<string, string> {
  const sided = entry.participants.filter((p) => p.side !== undefined);
  const principals = sided.length > 0 ? sided : entry.participants;
  return new Map(principals.map((p) => [personKey(p), p.name]));
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pairs of active entries that share a principal participant and whose dates lie at most
 * `withinDays` apart: the places where one encounter may have been split in two. The merge keeps
 * them apart on purpose (different host, city, day or kind of encounter) or by mistake; only
 * reading their evidence tells. Sorted by date, then entry ids; a pure function of the entries.
 */
export function findPossibleSplits(
  entries: readonly TimelineEntry[],
  withinDays: number = SPLIT_REPORT_DAYS,
): PossibleSplit[] {
  const active = entries
    .filter((e) => e.status === 'active')
    .flatMap((entry) => {
      const window = readDateWindow(entry.date);
      return window === undefined ? [] : [{ entry, window, principals: principalsOf(entry) }];
    })
    .sort((a, b) => a.window.startDay - b.window.startDay || compareText(a.entry.id, b.entry.id));
  const splits: PossibleSplit[] = [];
  active.forEach((a, i) => {
    for (const b of active.slice(i + 1)) {
      const daysApart = Math.max(0, windowGapDays(a.window, b.window));
      if (daysApart > withinDays) continue;
      const shared = [...a.principals]
        .filter(([key]) => b.principals.has(key))
        .map(([, name]) => name)
        .sort(compareText);
      if (shared.length === 0) continue;
      splits.push({ first: a.entry, second: b.entry, shared, daysApart });
    }
  });
  return splits;
}
