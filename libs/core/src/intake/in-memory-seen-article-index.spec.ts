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
