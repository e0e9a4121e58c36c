import { type CandidateVerdict, type OverlapJudging } from './judge-candidates';
import { type TextOverlapKeys } from './select-anchors';

/**
 * An article's anchors, shingles and shingle filter (see `overlapKeysOfText`), ready to compare
 * and to remember.
 */
export interface AnchoredArticle extends TextOverlapKeys {
  readonly articleId: string;
}

/**
 * `near-duplicate`: a copy of an article seen within the window (same text with small edits, an
 * excerpt of it, or a text that embeds it). `derived`: a rewrite of the same source (shared quotes,
 * figures, sentences): processed like a unique article but linked to the one it derives from.
 */
export type NearDuplicateOutcome = CandidateVerdict;

export interface NearDuplicatePolicy extends OverlapJudging {
  /** How long an article stays comparable, in seconds. */
  readonly windowSeconds: number;
}

/**
 * Originals and rewrites seen within a window, findable by anchor. A rewrite is remembered with the
 * root it derives from (one story keeps one root) so that a copy of it is its copy; a copy is not
 * remembered. `checkAndInsert` is atomic in effect: of two copies checked at the same moment (by
 * any number of instances), whether of nothing seen yet or of a rewrite, exactly one is remembered
 * and the other is its copy. An article checked again (a redelivery) finds itself and is what it
 * was: an original, or a rewrite of its root.
 */
export abstract class NearDuplicateIndex {
  abstract checkAndInsert(
    article: AnchoredArticle,
    policy: NearDuplicatePolicy,
    nowMs: number,
  ): Promise<NearDuplicateOutcome>;

  /**
   * Checks and inserts a batch in order, as if one `checkAndInsert` after the other (a later
   * article of the batch may be a copy of an earlier one). Adapters override it to read and write
   * the batch in a few round trips.
   */
  async checkAndInsertMany(
    articles: readonly AnchoredArticle[],
    policy: NearDuplicatePolicy,
    nowMs: number,
  ): Promise<readonly NearDuplicateOutcome[]> {
    const outcomes: NearDuplicateOutcome[] = [];
    for (const article of articles)
      outcomes.push(await this.checkAndInsert(article, policy, nowMs));
    return outcomes;
  }
}
