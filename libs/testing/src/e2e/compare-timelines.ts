import type { TimelineEntry } from '@sijill/contracts';

/** An entry as two runs must agree on it: ids, revisions and timestamps aside, sources sorted. */
export function comparableEntry(entry: TimelineEntry): string {
  const {
    id: _id,
    revision: _r,
    firstSeenAt: _f,
    updatedAt: _u,
    mergedInto: _m,
    ...content
  } = entry;
  return JSON.stringify({
    ...content,
    sources: [...content.sources].sort((a, b) => a.articleId.localeCompare(b.articleId)),
  });
}

/** The latest revision of every entry that is still active. */
export function latestActiveEntries(records: readonly TimelineEntry[]): TimelineEntry[] {
  const latest = new Map<string, TimelineEntry>();
  for (const entry of records) {
    const known = latest.get(entry.id);
    if (known === undefined || known.revision < entry.revision) latest.set(entry.id, entry);
  }
  return [...latest.values()].filter((e) => e.status === 'active');
}

/** The active timeline as sorted comparable strings: equal arrays mean the same timeline. */
export function latestActive(records: readonly TimelineEntry[]): string[] {
  return latestActiveEntries(records).map(comparableEntry).sort();
}

/** How a run's timeline differs from the expected one, entry by entry and source by source. */
export interface TimelineDifference {
  readonly entries: number;
  readonly entriesLost: number;
  readonly entriesDoubled: number;
  readonly sourcesLost: number;
  readonly sourcesDoubled: number;
  readonly same: boolean;
}

/**
 * Compares two timelines (any revisions of any entries): entries missing or extra (as content),
 * and sources (article ids cited by active entries) missing or cited more often than expected.
 */
export function compareTimelines(
  expected: readonly TimelineEntry[],
  actual: readonly TimelineEntry[],
): TimelineDifference {
  const want = latestActive(expected);
  const got = latestActive(actual);
  const [entriesLost, entriesDoubled] = multisetDifference(want, got);
  const sourcesOf = (records: readonly TimelineEntry[]) =>
    latestActiveEntries(records).flatMap((e) => e.sources.map((s) => s.articleId));
  const [sourcesLost, sourcesDoubled] = multisetDifference(sourcesOf(expected), sourcesOf(actual));
  return {
    entries: want.length,
    entriesLost,
    entriesDoubled,
    sourcesLost,
    sourcesDoubled,
    same: entriesLost === 0 && entriesDoubled === 0 && want.join('\n') === got.join('\n'),
  };
}

/** [how many of `want` are missing from `got`, how many of `got` are beyond `want`]. */
function multisetDifference(want: readonly string[], got: readonly string[]): [number, number] {
  const counts = new Map<string, number>();
  for (const item of want) counts.set(item, (counts.get(item) ?? 0) + 1);
  for (const item of got) counts.set(item, (counts.get(item) ?? 0) - 1);
  let missing = 0;
  let extra = 0;
  for (const count of counts.values()) {
    if (count > 0) missing += count;
    else extra -= count;
  }
  return [missing, extra];
}
