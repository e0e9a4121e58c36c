import type { TimelineEntry } from '@sijill/contracts';

/**
 * An entry as two runs must agree on it: ids, revisions and timestamps aside, sources sorted, and
 * each source without `derivedFrom`: which of two rewrites of one story counts as the original is
 * the one the near-duplicate index saw first, so it follows arrival order (ADR 0016), which
 * partitions and restarts change.
 */
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
    sources: content.sources
      .map(({ derivedFrom: _d, ...source }) => source)
      .sort((a, b) => a.articleId.localeCompare(b.articleId)),
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

/**
 * How a run's timeline differs from the expected one. An entry is its content (ids, revisions and
 * timestamps aside): `entriesLost` are expected contents absent, `entriesDoubled` contents present
 * more often than expected (the same entry twice), `entriesUnexpected` contents expected nowhere
 * (an entry still missing some of its sources, or merged differently). Sources are the article ids
 * active entries cite: lost, or cited more often than expected.
 */
export interface TimelineDifference {
  readonly entries: number;
  readonly entriesLost: number;
  readonly entriesDoubled: number;
  readonly entriesUnexpected: number;
  readonly sourcesLost: number;
  readonly sourcesDoubled: number;
  readonly same: boolean;
}

/** Compares two timelines (any revisions of any entries), entry by entry and source by source. */
export function compareTimelines(
  expected: readonly TimelineEntry[],
  actual: readonly TimelineEntry[],
): TimelineDifference {
  const want = latestActive(expected);
  const got = latestActive(actual);
  const [entriesLost, extra] = multisetDifference(want, got);
  const expectedContents = new Set(want);
  const entriesDoubled = extra.filter((content) => expectedContents.has(content)).length;
  const sourcesOf = (records: readonly TimelineEntry[]) =>
    latestActiveEntries(records).flatMap((e) => e.sources.map((s) => s.articleId));
  const [sourcesLost, sourcesExtra] = multisetDifference(sourcesOf(expected), sourcesOf(actual));
  return {
    entries: want.length,
    entriesLost,
    entriesDoubled,
    entriesUnexpected: extra.length - entriesDoubled,
    sourcesLost,
    sourcesDoubled: sourcesExtra.length,
    same: entriesLost === 0 && extra.length === 0 && want.join('\n') === got.join('\n'),
  };
}

/** [how many of `want` are missing from `got`, the items of `got` beyond `want`]. */
function multisetDifference(want: readonly string[], got: readonly string[]): [number, string[]] {
  const counts = new Map<string, number>();
  for (const item of want) counts.set(item, (counts.get(item) ?? 0) + 1);
  let missing = 0;
  const extra: string[] = [];
  for (const item of got) {
    const left = counts.get(item) ?? 0;
    if (left > 0) counts.set(item, left - 1);
    else extra.push(item);
  }
  for (const count of counts.values()) missing += count;
  return [missing, extra];
}
