import {
  NearDuplicateIndex,
  type AnchoredArticle,
  type NearDuplicateOutcome,
  type NearDuplicatePolicy,
} from './near-duplicate-index.port';
import { judgeArticle, type StoredArticle } from './judge-candidates';

interface Remembered extends StoredArticle {
  readonly expiresAt: number;
  /** The anchors it is filed under, to take it out of their postings when it expires. */
  readonly filedUnder: Uint32Array;
}

/**
 * Who holds one anchor. Most anchors belong to one article: they are stored as its id alone (a
 * reference to the string the article map already holds); more holders, or the common mark, as a
 * list.
 */
type Posting = string | { ids: string[]; common: boolean };

/** Stored articles an anchor's posting list names at most; past that the anchor is common. */
export const MAX_POSTINGS = 6;

/**
 * The near-duplicate index in one process's memory: the offline mode and unit tests use it.
 * Articles leave it when their window ends (swept in the order they came, as the clock passes
 * their expiry), so it holds only the articles of one window, about 2 KB each.
 */
export class InMemoryNearDuplicateIndex extends NearDuplicateIndex {
  // Keyed by the anchor as a signed 32-bit integer, which V8 stores without a boxed number.
  private readonly postings = new Map<number, Posting>();
  private readonly articles = new Map<string, Remembered>();

  /** How many articles the window holds now. */
  get size(): number {
    return this.articles.size;
  }

  checkAndInsert(
    article: AnchoredArticle,
    policy: NearDuplicatePolicy,
    nowMs: number,
  ): Promise<NearDuplicateOutcome> {
    this.sweep(nowMs);
    if (article.anchors.length === 0) return Promise.resolve({ kind: 'unique' });
    const live = (id: string): boolean => (this.articles.get(id)?.expiresAt ?? 0) > nowMs;
    const read: [number, string[], boolean][] = [];
    for (const anchor of article.anchors) {
      const key = anchor | 0;
      const posting = this.postings.get(key);
      if (posting === undefined) continue;
      const ids = (typeof posting === 'string' ? [posting] : posting.ids).filter(live);
      const common = typeof posting !== 'string' && posting.common;
      this.setPosting(key, ids, common);
      if (ids.length > 0 || common) read.push([anchor, ids, common]);
    }
    const stored = new Map<string, StoredArticle>();
    for (const [, ids] of read)
      for (const id of ids) stored.set(id, this.articles.get(id) ?? { anchors: 0 });
    const verdict = judgeArticle(article, read, stored, policy);
    if (stored.has(article.articleId) || verdict.kind === 'near-duplicate') {
      return Promise.resolve(verdict);
    }
    // Originals and rewrites are remembered (a rewrite under its story's root), copies are not.
    this.forget(article.articleId);
    this.articles.set(article.articleId, {
      anchors: article.anchors.length,
      filter: article.filter,
      ...(verdict.kind === 'derived' ? { root: verdict.of } : {}),
      expiresAt: nowMs + policy.windowSeconds * 1000,
      filedUnder: article.anchors,
    });
    for (const anchor of article.anchors) {
      const key = anchor | 0;
      const posting = this.postings.get(key);
      if (posting === undefined) {
        this.postings.set(key, article.articleId);
        continue;
      }
      const ids = typeof posting === 'string' ? [posting] : posting.ids;
      const common = typeof posting !== 'string' && posting.common;
      if (ids.length < MAX_POSTINGS) this.setPosting(key, [...ids, article.articleId], common);
      else this.setPosting(key, ids, true);
    }
    return Promise.resolve(verdict);
  }

  /**
   * Takes out the articles whose window has ended, oldest first; it stops at the first one still
   * live, so with a clock that never goes back (the offline mode's) nothing expired stays.
   */
  private sweep(nowMs: number): void {
    for (const [id, remembered] of this.articles) {
      if (remembered.expiresAt > nowMs) return;
      this.forget(id);
    }
  }

  private forget(articleId: string): void {
    const remembered = this.articles.get(articleId);
    if (remembered === undefined) return;
    this.articles.delete(articleId);
    for (const anchor of remembered.filedUnder) {
      const key = anchor | 0;
      const posting = this.postings.get(key);
      if (posting === undefined) continue;
      const ids = typeof posting === 'string' ? [posting] : posting.ids;
      const common = typeof posting !== 'string' && posting.common;
      // A common mark goes with the last of its holders, as the Redis index's day postings expire.
      const kept = ids.filter((id) => id !== articleId);
      this.setPosting(key, kept, common && kept.length > 0);
    }
  }

  private setPosting(key: number, ids: string[], common: boolean): void {
    const [only] = ids;
    if (ids.length === 0 && !common) this.postings.delete(key);
    else if (ids.length === 1 && !common && only !== undefined) this.postings.set(key, only);
    else this.postings.set(key, { ids, common });
  }
}
