import { type OverlapParams } from './overlap-params';

/** The judging part of the overlap parameters, as a policy for the index. */
export type OverlapJudging = Pick<
  OverlapParams,
  'copyContainment' | 'derivedContainment' | 'minSharedAnchors' | 'maxDistinctiveHolders'
>;

/**
 * An article the index remembers: its anchor count and, for a rewrite, the root of its story (the
 * original it derives from, never another rewrite).
 */
export interface StoredArticle {
  readonly anchors: number;
  readonly root?: string;
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
}

export type CandidateVerdict =
  | { readonly kind: 'unique' }
  | {
      readonly kind: 'near-duplicate' | 'derived';
      readonly of: string;
      /** Share of the smaller article's anchors found in the other. */
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
      ...(article.root === undefined ? {} : { root: article.root }),
      anchors: article.anchors,
      shared: count,
      distinctive: distinctive.get(articleId) ?? 0,
    });
  }
  return overlaps;
}

/**
 * The verdict on an article from what the index read for its anchors. An article the index already
 * holds (a redelivery) is what it was when remembered: an original, or a rewrite of its root; it is
 * never judged against itself or against the rewrites rooted in it.
 */
export function judgeArticle(
  articleId: string,
  anchorCount: number,
  postings: Iterable<readonly [number, readonly string[], boolean]>,
  stored: ReadonlyMap<string, StoredArticle>,
  judging: OverlapJudging,
): CandidateVerdict {
  const candidates = tallyOverlaps(postings, stored, judging.maxDistinctiveHolders).filter(
    (candidate) => candidate.articleId !== articleId && candidate.root !== articleId,
  );
  const verdict = pickStrongestVerdict(anchorCount, candidates, judging);
  const self = stored.get(articleId);
  if (self === undefined) return verdict;
  if (self.root === undefined) return { kind: 'unique' };
  if (verdict.kind === 'derived' && verdict.of === self.root) return verdict;
  return { kind: 'derived', of: self.root, containment: 0, similarity: 0 };
}

/**
 * Judges one stored article against the query. A copy when the smaller of the two is mostly inside
 * the other (the same text with a new lead, dateline or tail; an excerpt; a longer text embedding
 * it). Derived when enough of the smaller one's anchors are phrases only these two share in the
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
  if (candidate.shared >= needed && containment >= judging.copyContainment) {
    return { kind: 'near-duplicate', of: candidate.articleId, containment, similarity };
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
