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
}
