import {
  NearDuplicateIndex,
  type AnchoredArticle,
  type NearDuplicateOutcome,
  type NearDuplicatePolicy,
} from './near-duplicate-index.port';
import { judgeArticle, type StoredArticle } from './judge-candidates';

interface Remembered extends StoredArticle {
  readonly expiresAt: number;
}

/** Stored articles an anchor's posting list names at most; past that the anchor is common. */
export const MAX_POSTINGS = 6;

/** The near-duplicate index in one process's memory: the offline mode and unit tests use it. */
export class InMemoryNearDuplicateIndex extends NearDuplicateIndex {
  private readonly postings = new Map<number, { ids: string[]; common: boolean }>();
  private readonly articles = new Map<string, Remembered>();

  checkAndInsert(
    article: AnchoredArticle,
    policy: NearDuplicatePolicy,
    nowMs: number,
  ): Promise<NearDuplicateOutcome> {
    if (article.anchors.length === 0) return Promise.resolve({ kind: 'unique' });
    const live = (id: string): boolean => (this.articles.get(id)?.expiresAt ?? 0) > nowMs;
    const read: [number, string[], boolean][] = [];
    for (const anchor of article.anchors) {
      const posting = this.postings.get(anchor);
      if (posting === undefined) continue;
      posting.ids = posting.ids.filter(live);
      if (posting.ids.length > 0 || posting.common)
        read.push([anchor, posting.ids, posting.common]);
    }
    const stored = new Map<string, StoredArticle>();
    for (const [, ids] of read)
      for (const id of ids) stored.set(id, this.articles.get(id) ?? { anchors: 0 });
    const verdict = judgeArticle(article, read, stored, policy);
    if (stored.has(article.articleId) || verdict.kind === 'near-duplicate') {
      return Promise.resolve(verdict);
    }
    // Originals and rewrites are remembered (a rewrite under its story's root), copies are not.
    this.articles.set(article.articleId, {
      anchors: article.anchors.length,
      filter: article.filter,
      ...(verdict.kind === 'derived' ? { root: verdict.of } : {}),
      expiresAt: nowMs + policy.windowSeconds * 1000,
    });
    for (const anchor of article.anchors) {
      const posting = this.postings.get(anchor) ?? { ids: [], common: false };
      if (posting.ids.length < MAX_POSTINGS) posting.ids.push(article.articleId);
      else posting.common = true;
      this.postings.set(anchor, posting);
    }
    return Promise.resolve(verdict);
  }
}
