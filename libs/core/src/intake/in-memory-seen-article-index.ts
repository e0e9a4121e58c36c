import type { ArticleIdentity, ClaimOutcome } from './seen-article-index.port';
import { SeenArticleIndex } from './seen-article-index.port';
import { identityKeys } from './identity-keys';

interface Claim {
  readonly owner: string;
  readonly articleId: string;
  readonly expiresAt: number;
}

/**
 * The seen-article index in one process's memory: the offline mode and unit tests use it. Claims
 * leave it when their window ends (swept in the order they were made, as the clock passes their
 * expiry), so it holds the identities of one window only.
 */
export class InMemorySeenArticleIndex extends SeenArticleIndex {
  private readonly claims = new Map<string, Claim>();

  constructor(private readonly now: () => number) {
    super();
  }

  /** How many identity keys the window holds now. */
  get size(): number {
    return this.claims.size;
  }

  claim(identity: ArticleIdentity, owner: string, ttlSeconds: number): Promise<ClaimOutcome> {
    const now = this.now();
    this.sweep(now);
    const keys = identityKeys(identity);
    for (const { key, reason } of keys) {
      const existing = this.claims.get(key);
      if (existing === undefined || existing.expiresAt <= now) continue;
      if (existing.owner !== owner || existing.articleId !== identity.articleId) {
        return Promise.resolve({ kind: 'duplicate', of: existing.articleId, reason });
      }
    }
    const claim = { owner, articleId: identity.articleId, expiresAt: now + ttlSeconds * 1000 };
    for (const { key } of keys) {
      // Moved to the end, so that the map stays in order of expiry.
      this.claims.delete(key);
      this.claims.set(key, claim);
    }
    return Promise.resolve({ kind: 'first-seen' });
  }

  /** Drops expired claims, oldest first, up to the first one still live. */
  private sweep(now: number): void {
    for (const [key, claim] of this.claims) {
      if (claim.expiresAt > now) return;
      this.claims.delete(key);
    }
  }
}
