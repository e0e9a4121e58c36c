import type { SeenArticleIndex } from '@sijill/core';

/**
 * The behaviour every `SeenArticleIndex` adapter must show; run against the in-memory adapter in
 * unit tests and against Redis in integration tests.
 */
export function describeSeenArticleIndexContract(
  name: string,
  makeIndex: () => Promise<{ index: SeenArticleIndex; unique: string }>,
): void {
  describe(`${name} (SeenArticleIndex contract)`, () => {
    let index: SeenArticleIndex;
    let u: string;
    beforeEach(async () => {
      ({ index, unique: u } = await makeIndex());
    });
    const ttl = 3600;

    it('says first-seen for a new article', async () => {
      const outcome = await index.claim({ articleId: `${u}a`, contentHash: `${u}h1` }, 'o1', ttl);
      expect(outcome).toEqual({ kind: 'first-seen' });
    });

    it('finds a repeat by id, by URL and by content, naming the original', async () => {
      await index.claim(
        { articleId: `${u}a`, canonicalUrl: `${u}x.com/a`, contentHash: `${u}h1` },
        'o1',
        ttl,
      );
      expect(await index.claim({ articleId: `${u}a`, contentHash: `${u}h2` }, 'o2', ttl)).toEqual({
        kind: 'duplicate',
        of: `${u}a`,
        reason: 'same-id',
      });
      expect(
        await index.claim(
          { articleId: `${u}b`, canonicalUrl: `${u}x.com/a`, contentHash: `${u}h3` },
          'o3',
          ttl,
        ),
      ).toEqual({ kind: 'duplicate', of: `${u}a`, reason: 'same-url' });
      expect(await index.claim({ articleId: `${u}c`, contentHash: `${u}h1` }, 'o4', ttl)).toEqual({
        kind: 'duplicate',
        of: `${u}a`,
        reason: 'same-content',
      });
    });

    it('lets the same owner claim again (a redelivery is not its own duplicate)', async () => {
      const identity = { articleId: `${u}a`, canonicalUrl: `${u}x.com/a`, contentHash: `${u}h1` };
      await index.claim(identity, 'topic/0/7', ttl);
      expect(await index.claim(identity, 'topic/0/7', ttl)).toEqual({ kind: 'first-seen' });
      expect(await index.claim(identity, 'topic/0/8', ttl)).toMatchObject({ kind: 'duplicate' });
    });

    it('does not remember the identities of a duplicate', async () => {
      await index.claim({ articleId: `${u}a`, contentHash: `${u}h1` }, 'o1', ttl);
      await index.claim({ articleId: `${u}b`, contentHash: `${u}h1` }, 'o2', ttl);
      expect(await index.claim({ articleId: `${u}b`, contentHash: `${u}h9` }, 'o3', ttl)).toEqual({
        kind: 'first-seen',
      });
    });

    it('claims a batch in order: a later article of the batch repeats an earlier one', async () => {
      const outcomes = await index.claimMany(
        [
          { identity: { articleId: `${u}a`, contentHash: `${u}h1` }, owner: 'p/0/1' },
          { identity: { articleId: `${u}b`, contentHash: `${u}h2` }, owner: 'p/0/2' },
          { identity: { articleId: `${u}c`, contentHash: `${u}h1` }, owner: 'p/0/3' },
          { identity: { articleId: `${u}b`, contentHash: `${u}h4` }, owner: 'p/0/4' },
        ],
        ttl,
      );
      expect(outcomes).toEqual([
        { kind: 'first-seen' },
        { kind: 'first-seen' },
        { kind: 'duplicate', of: `${u}a`, reason: 'same-content' },
        { kind: 'duplicate', of: `${u}b`, reason: 'same-id' },
      ]);
      expect(
        await index.claimMany(
          [{ identity: { articleId: `${u}b`, contentHash: `${u}h2` }, owner: 'p/0/2' }],
          ttl,
        ),
      ).toEqual([{ kind: 'first-seen' }]);
    });

    it('lets exactly one of many concurrent claims on one article pass', async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          index.claim({ articleId: `${u}r${i}`, contentHash: `${u}same` }, `o${i}`, ttl),
        ),
      );
      expect(outcomes.filter((o) => o.kind === 'first-seen')).toHaveLength(1);
    });
  });
}
