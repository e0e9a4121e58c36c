import type { TimelineEntry } from '@sijill/contracts';

type Source = TimelineEntry['sources'][number];

/**
 * How many outlets reported an entry independently, and how many copies: a source that rewrites
 * an original (`derivedFrom`) counts once with it (one story root), wire copies listed under a
 * source count as copies, never as sources.
 */
export function countSources(sources: readonly Source[]): {
  independentSources: number;
  copies: number;
} {
  const roots = new Set(sources.map((source) => source.derivedFrom ?? source.articleId));
  const copies = sources.reduce((sum, source) => sum + (source.duplicates?.length ?? 0), 0);
  return { independentSources: roots.size, copies };
}
