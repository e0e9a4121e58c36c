import { DEFAULT_NEAR_DUPLICATE_PARAMS, InMemoryNearDuplicateIndex } from '@sijill/core';
import { signArticle } from '../contracts/near-duplicate-index.contract';

const policy = { threshold: DEFAULT_NEAR_DUPLICATE_PARAMS.threshold, windowSeconds: 3600 };
import { distinctStory } from './distinct-story';

describe('distinctStory', () => {
  it('gives 200 stories no two of which read as copies, each copied by its re-dated version', async () => {
    const index = new InMemoryNearDuplicateIndex();
    const outcomes: string[] = [];
    for (let i = 0; i < 200; i++) {
      const original = await index.checkAndInsert(
        signArticle(`p${i}-a`, distinctStory(i)),
        policy,
        1_000,
      );
      const copy = await index.checkAndInsert(
        signArticle(`p${i}-b`, `Tashkent (wires) —\n${distinctStory(i)}`),
        policy,
        1_000,
      );
      outcomes.push(
        `${original.kind}/${copy.kind === 'unique' ? 'unique' : `${copy.kind} of ${copy.of}`}`,
      );
    }
    const expected = Array.from({ length: 200 }, (_, i) => `unique/near-duplicate of p${i}-a`);
    expect(outcomes).toEqual(expected);
  });
});
