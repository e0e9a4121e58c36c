import { type OverlapParams } from './overlap-params';
import { measureFilterContainment } from './shingle-filter';
import { definedOnly } from '@sijill/contracts';

/** The judging part of the overlap parameters, as a policy for the index. */
export type OverlapJudging = Pick<
  OverlapParams,
  | 'suspectContainment'
  | 'copyContainment'
  | 'derivedContainment'
  | 'minSharedAnchors'
  | 'maxDistinctiveHolders'
>;

/** The judging part of a set of overlap parameters. */
export function overlapJudgingOf(params: OverlapJudging): OverlapJudging {
  const {
    suspectContainment,
    copyContainment,
    derivedContainment,
    minSharedAnchors,
    maxDistinctiveHolders,
  } = params;
  return {
    suspectContainment,
    copyContainment,
    derivedContainment,
    minSharedAnchors,
    maxDistinctiveHolders,
  };
}

/**
 * An article the index remembers: its anchor count, for a rewrite the root of its story (the
 * original it derives from, never another rewrite) and, once read, its shingle filter.
 */
export interface StoredArticle {
  readonly anchors: number;
  readonly root?: string;
  /** See `buildShingleFilter`; read only for a suspected copy's original. */
  readonly filter?: Uint8Array;
}

/** The article being checked: its anchors (for candidates) and every shingle (for the filters). */
export interface JudgedArticle {
  readonly articleId: string;
  readonly anchors: Uint32Array;
  readonly shingles: Uint32Array;
}

/** What one stored article shares with the article being checked. */
export interface CandidateOverlap {
  readonly articleId: string;
  /** The story root of a stored rewrite (absent for an original). */
  readonly root?: string;
  /** Anchors of the stored article. */
  readonly anchors: number;
  /** Query anchors the stored article also has. */
  readonly shared: number;
  /** Of those, anchors few stored articles have: phrases of this story, not boilerplate. */
  readonly distinctive: number;
  /**
   * Share of the smaller article's shingles inside the other, measured on the stored article's
   * shingle filter; absent when not read or when the filter cannot tell.
   */
  readonly verified?: number;
}

export type CandidateVerdict =
  | { readonly kind: 'unique' }
  | {
      readonly kind: 'near-duplicate' | 'derived';
      readonly of: string;
      /**
       * Share of the smaller article found in the other: of its shingles for a copy (measured on
       * the filter), of its anchors for a rewrite.
       */
      readonly containment: number;
      /** Shared anchors over the anchors of both (estimated Jaccard). */
      readonly similarity: number;
    };

/**
 * Tallies, per stored article, the anchors it shares with the query: `postings` maps each query
 * anchor to the stored articles (within the window) that have it. An anchor held by more than
 * `maxDistinctiveHolders` stories (a rewrite counts with its root: one story told by several papers
 * is one holder), or marked `common` (more than a posting list keeps), counts as shared but not as
 * distinctive.
 */
export function tallyOverlaps(
  postings: Iterable<readonly [number, readonly string[], boolean]>,
  stored: ReadonlyMap<string, StoredArticle>,
  maxDistinctiveHolders: number,
): CandidateOverlap[] {
  const shared = new Map<string, number>();
  const distinctive = new Map<string, number>();
  for (const [, ids, common] of postings) {
    const stories = new Set(ids.map((id) => stored.get(id)?.root ?? id));
    for (const id of ids) {
      shared.set(id, (shared.get(id) ?? 0) + 1);
      if (stories.size <= maxDistinctiveHolders && !common)
        distinctive.set(id, (distinctive.get(id) ?? 0) + 1);
    }
  }
  const overlaps: CandidateOverlap[] = [];
  for (const [articleId, count] of shared) {
    const article = stored.get(articleId);
    if (article === undefined) continue; // expired since its postings were read
    overlaps.push({
      articleId,
      ...definedOnly({ root: article.root }),
      anchors: article.anchors,
      shared: count,
      distinctive: distinctive.get(articleId) ?? 0,
    });
  }
  return overlaps;
}

/**
 * The stored articles whose shingle filter decides the verdict: those whose anchors suggest a copy
 * (at least `minSharedAnchors` shared, `suspectContainment` of the smaller article). An adapter
 * reads their filters before `judgeArticle`.
 */
export function findCopySuspects(
  article: JudgedArticle,
  postings: Iterable<readonly [number, readonly string[], boolean]>,
  stored: ReadonlyMap<string, StoredArticle>,
  judging: OverlapJudging,
): string[] {
  return candidatesOf(article, postings, stored, judging)
    .filter((candidate) => isSuspectedCopy(article.anchors.length, candidate, judging))
    .map((candidate) => candidate.articleId);
}

/**
 * The verdict on an article from what the index read for its anchors (and the filters of the
 * suspected copies' originals). An article the index already holds (a redelivery) is what it was
 * when remembered: an original, or a rewrite of its root; it is never judged against itself or
 * against the rewrites rooted in it.
 */
export function judgeArticle(
  article: JudgedArticle,
  postings: Iterable<readonly [number, readonly string[], boolean]>,
  stored: ReadonlyMap<string, StoredArticle>,
  judging: OverlapJudging,
): CandidateVerdict {
  const candidates = candidatesOf(article, postings, stored, judging).map((candidate) => {
    const filter = stored.get(candidate.articleId)?.filter;
    if (filter === undefined || !isSuspectedCopy(article.anchors.length, candidate, judging))
      return candidate;
    const verified = measureFilterContainment(filter, article.shingles);
    return verified === undefined ? candidate : { ...candidate, verified };
  });
  const verdict = pickStrongestVerdict(article.anchors.length, candidates, judging);
  const self = stored.get(article.articleId);
  if (self === undefined) return verdict;
  if (self.root === undefined) return { kind: 'unique' };
  if (verdict.kind === 'derived' && verdict.of === self.root) return verdict;
  return { kind: 'derived', of: self.root, containment: 0, similarity: 0 };
}

function candidatesOf(
  article: JudgedArticle,
  postings: Iterable<readonly [number, readonly string[], boolean]>,
  stored: ReadonlyMap<string, StoredArticle>,
  judging: OverlapJudging,
): CandidateOverlap[] {
  return tallyOverlaps(postings, stored, judging.maxDistinctiveHolders).filter(
    (candidate) =>
      candidate.articleId !== article.articleId && candidate.root !== article.articleId,
  );
}

function isSuspectedCopy(
  queryAnchors: number,
  candidate: CandidateOverlap,
  judging: OverlapJudging,
): boolean {
  const smaller = Math.min(queryAnchors, candidate.anchors);
  if (smaller === 0) return false;
  return (
    candidate.shared >= Math.min(judging.minSharedAnchors, smaller) &&
    candidate.shared / smaller >= judging.suspectContainment
  );
}

/**
 * Judges one stored article against the query. A copy when the smaller of the two is mostly inside
 * the other (the same text with a new lead, dateline or tail; an excerpt; a longer text embedding
 * it): its anchors suggest it and the stored article's shingle filter measures it (`verified`);
 * the anchors alone never make a copy. Derived when enough of the smaller one's anchors are phrases only these two share in the
 * window (quotes, figures, sentences of one release) but it was rewritten: derived from the stored
 * article's root, so every rewrite of one story points at one original. Otherwise unrelated.
 */
export function judgeCandidate(
  queryAnchors: number,
  candidate: CandidateOverlap,
  judging: OverlapJudging,
): CandidateVerdict {
  const smaller = Math.min(queryAnchors, candidate.anchors);
  if (smaller === 0) return { kind: 'unique' };
  const needed = Math.min(judging.minSharedAnchors, smaller);
  const containment = candidate.shared / smaller;
  const similarity = candidate.shared / (queryAnchors + candidate.anchors - candidate.shared);
  if (
    isSuspectedCopy(queryAnchors, candidate, judging) &&
    candidate.verified !== undefined &&
    candidate.verified >= judging.copyContainment
  ) {
    return {
      kind: 'near-duplicate',
      of: candidate.articleId,
      containment: candidate.verified,
      similarity,
    };
  }
  if (
    candidate.distinctive >= needed &&
    candidate.distinctive / smaller >= judging.derivedContainment
  ) {
    return { kind: 'derived', of: candidate.root ?? candidate.articleId, containment, similarity };
  }
  return { kind: 'unique' };
}

/**
 * The strongest relation among the candidates: a copy before a rewrite, then the higher
 * containment, ties to the smaller id (so every adapter answers alike).
 */
export function pickStrongestVerdict(
  queryAnchors: number,
  candidates: readonly CandidateOverlap[],
  judging: OverlapJudging,
): CandidateVerdict {
  let best: CandidateVerdict = { kind: 'unique' };
  const rank = (v: CandidateVerdict): number =>
    v.kind === 'near-duplicate' ? 2 : v.kind === 'derived' ? 1 : 0;
  for (const candidate of [...candidates].sort((a, b) => compareIds(a.articleId, b.articleId))) {
    const verdict = judgeCandidate(queryAnchors, candidate, judging);
    if (verdict.kind === 'unique') continue;
    if (
      best.kind === 'unique' ||
      rank(verdict) > rank(best) ||
      (rank(verdict) === rank(best) && verdict.containment > best.containment)
    ) {
      best = verdict;
    }
  }
  return best;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
