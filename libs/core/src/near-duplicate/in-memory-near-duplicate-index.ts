import {
  NearDuplicateIndex,
  type NearDuplicateOutcome,
  type NearDuplicatePolicy,
  type SignedArticle,
} from './near-duplicate-index.port';
import { pickBestCandidate } from './pick-best-candidate';

interface Remembered {
  readonly signature: Uint32Array;
  readonly expiresAt: number;
}

/** The near-duplicate index in one process's memory: the offline mode and unit tests use it. */
export class InMemoryNearDuplicateIndex extends NearDuplicateIndex {
  private readonly bands = new Map<string, Set<string>>();
  private readonly articles = new Map<string, Remembered>();

  checkAndInsert(
    article: SignedArticle,
    policy: NearDuplicatePolicy,
    nowMs: number,
  ): Promise<NearDuplicateOutcome> {
    const candidates = new Map<string, Uint32Array>();
    for (const key of article.bandKeys) {
      const band = this.bands.get(key);
      for (const id of band ?? []) {
        const other = this.articles.get(id);
        if (other !== undefined && other.expiresAt > nowMs) candidates.set(id, other.signature);
        else band?.delete(id);
      }
    }
    if (candidates.has(article.articleId)) return Promise.resolve({ kind: 'unique' });
    const outcome = pickBestCandidate(article.signature, candidates, policy.threshold);
    if (outcome.kind === 'unique' && article.bandKeys.length > 0) {
      const expiresAt = nowMs + policy.windowSeconds * 1000;
      this.articles.set(article.articleId, { signature: article.signature, expiresAt });
      for (const key of article.bandKeys) {
        this.bands.set(key, (this.bands.get(key) ?? new Set()).add(article.articleId));
      }
    }
    return Promise.resolve(outcome);
  }
}
