import type { DuplicateArticle } from '@sijill/contracts';

/** The identities under which an article is remembered, checked in this order. */
export interface ArticleIdentity {
  readonly articleId: string;
  readonly canonicalUrl?: string;
  readonly contentHash: string;
}

export type ClaimOutcome =
  | { readonly kind: 'first-seen' }
  | {
      readonly kind: 'duplicate';
      readonly of: string;
      readonly reason: Extract<DuplicateArticle['reason'], 'same-id' | 'same-url' | 'same-content'>;
    };

/** One claim of a batch: an article's identity and the delivery claiming it. */
export interface SeenClaim {
  readonly identity: ArticleIdentity;
  readonly owner: string;
}

/**
 * Remembers which articles were seen, for a bounded window. `claim` is an atomic check-and-insert:
 * of two concurrent claims on one identity exactly one is first-seen. The `owner` names the delivery
 * (e.g. topic/partition/offset): a repeated claim by the same owner is first-seen again, so a
 * redelivered message is never counted as a duplicate of itself.
 */
export abstract class SeenArticleIndex {
  abstract claim(
    identity: ArticleIdentity,
    owner: string,
    ttlSeconds: number,
  ): Promise<ClaimOutcome>;

  /**
   * Claims a batch in order, as if one `claim` after the other (a later article of the batch is a
   * duplicate of an earlier one), atomically per article. Adapters override it to do the batch in
   * one round trip.
   */
  async claimMany(
    claims: readonly SeenClaim[],
    ttlSeconds: number,
  ): Promise<readonly ClaimOutcome[]> {
    const outcomes: ClaimOutcome[] = [];
    for (const { identity, owner } of claims) {
      outcomes.push(await this.claim(identity, owner, ttlSeconds));
    }
    return outcomes;
  }
}
