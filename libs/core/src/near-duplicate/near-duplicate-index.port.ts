/** An article's near-duplicate signature, ready to compare and to remember. */
export interface SignedArticle {
  readonly articleId: string;
  readonly signature: Uint32Array;
  /** LSH band keys of the signature (empty for an article without words: never compared). */
  readonly bandKeys: readonly string[];
}

export type NearDuplicateOutcome =
  | { readonly kind: 'unique' }
  | { readonly kind: 'near-duplicate'; readonly of: string; readonly similarity: number };

export interface NearDuplicatePolicy {
  /** Estimated Jaccard at or above which two articles are copies. */
  readonly threshold: number;
  /** How long an article stays comparable, in seconds. */
  readonly windowSeconds: number;
}

/**
 * Articles seen within a window, findable by LSH band. `checkAndInsert` is atomic in effect: of two
 * near-duplicates checked at the same moment (by any number of instances) exactly one is unique.
 * An article checked again (a redelivery) finds itself and is unique again, never its own copy.
 */
export abstract class NearDuplicateIndex {
  abstract checkAndInsert(
    article: SignedArticle,
    policy: NearDuplicatePolicy,
    nowMs: number,
  ): Promise<NearDuplicateOutcome>;

  /**
   * Checks and inserts a batch in order, as if one `checkAndInsert` after the other (a later
   * article of the batch may be a copy of an earlier one). Adapters override it to read and write
   * the batch in a few round trips.
   */
  async checkAndInsertMany(
    articles: readonly SignedArticle[],
    policy: NearDuplicatePolicy,
    nowMs: number,
  ): Promise<readonly NearDuplicateOutcome[]> {
    const outcomes: NearDuplicateOutcome[] = [];
    for (const article of articles)
      outcomes.push(await this.checkAndInsert(article, policy, nowMs));
    return outcomes;
  }
}
