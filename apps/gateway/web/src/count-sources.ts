import type { TimelineEntry } from '@sijill/contracts';

/** How many reports an entry rests on, as the entry tells it. */
export interface SourceCounts {
  /** Sources listed on the entry (copies are listed under the source they copy). */
  readonly sources: number;
  /** Wire copies of those sources. */
  readonly copies: number;
  /** Independent sources (`independentSources`; absent on entries published before it). */
  readonly independent?: number;
}

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

/**
 * The counts an entry card shows. Reads tolerantly: an `independentSources` (or
 * `counts.independent`) and `copies` the producer adds are used when present; otherwise copies are
 * counted from each source's `duplicates`.
 */
export function countSources(entry: TimelineEntry): SourceCounts {
  const extra = entry as unknown as Record<string, unknown>;
  const counts =
    typeof extra.counts === 'object' && extra.counts !== null
      ? (extra.counts as Record<string, unknown>)
      : {};
  const listedCopies = entry.sources.reduce((sum, s) => sum + (s.duplicates?.length ?? 0), 0);
  const independent = count(extra.independentSources) ?? count(counts.independent);
  return {
    sources: entry.sources.length,
    copies: count(extra.copies) ?? count(counts.copies) ?? listedCopies,
    ...(independent === undefined ? {} : { independent }),
  };
}

/** "3 sources · 2 independent · 1 copy". */
export function describeSourceCounts(counts: SourceCounts): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  return [
    plural(counts.sources, 'source', 'sources'),
    ...(counts.independent === undefined ? [] : [`${counts.independent} independent`]),
    ...(counts.copies === 0 ? [] : [plural(counts.copies, 'copy', 'copies')]),
  ].join(' · ');
}
