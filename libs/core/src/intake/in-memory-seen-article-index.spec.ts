import { describeSeenArticleIndexContract } from '@sijill/testing';
import { InMemorySeenArticleIndex } from './in-memory-seen-article-index';

describeSeenArticleIndexContract('InMemorySeenArticleIndex', () =>
  Promise.resolve({ index: new InMemorySeenArticleIndex(() => 0), unique: '' }),
);

describe('InMemorySeenArticleIndex window', () => {
  it('forgets an article once its TTL has passed', async () => {
    let now = 0;
    const index = new InMemorySeenArticleIndex(() => now);
    await index.claim({ articleId: 'a', contentHash: 'h' }, 'o1', 10);
    now = 9_999;
    expect((await index.claim({ articleId: 'b', contentHash: 'h' }, 'o2', 10)).kind).toBe(
      'duplicate',
    );
    now = 10_000;
    expect((await index.claim({ articleId: 'b', contentHash: 'h' }, 'o2', 10)).kind).toBe(
      'first-seen',
    );
  });
});

describe('InMemorySeenArticleIndex memory', () => {
  it('drops the identities of articles whose window has ended', async () => {
    let now = 0;
    const index = new InMemorySeenArticleIndex(() => now);
    await index.claim({ articleId: 'a', canonicalUrl: 'https://x/a', contentHash: 'ha' }, 'o1', 10);
    now = 5_000;
    await index.claim({ articleId: 'b', contentHash: 'hb' }, 'o2', 10);
    expect(index.size).toBe(5);
    now = 10_000;
    await index.claim({ articleId: 'c', contentHash: 'hc' }, 'o3', 10);
    expect(index.size).toBe(4);
    expect((await index.claim({ articleId: 'b', contentHash: 'hb' }, 'o4', 10)).kind).toBe(
      'duplicate',
    );
  });
});
