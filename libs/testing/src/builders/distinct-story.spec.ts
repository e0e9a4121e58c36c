import { InMemoryNearDuplicateIndex } from '@sijill/core';
import { anchorArticle, CONTRACT_POLICY } from '../contracts/near-duplicate-index.contract';
import { distinctStory } from './distinct-story';

const policy = CONTRACT_POLICY;

describe('distinctStory', () => {
  it('gives 200 stories no two of which read as copies or rewrites, each copied by its re-dated version', async () => {
    const index = new InMemoryNearDuplicateIndex();
    const outcomes: string[] = [];
    for (let i = 0; i < 200; i++) {
      const original = await index.checkAndInsert(
        anchorArticle(`p${i}-a`, distinctStory(i)),
        policy,
        1_000,
      );
      const copy = await index.checkAndInsert(
        anchorArticle(`p${i}-b`, `Tashkent (wires) —\n${distinctStory(i)}`),
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

  it('keeps them apart whichever of a story and its copy comes first', async () => {
    const index = new InMemoryNearDuplicateIndex();
    const outcomes: string[] = [];
    for (let i = 0; i < 200; i++) {
      const copy = await index.checkAndInsert(
        anchorArticle(`p${i}-b`, `Tashkent (wires) —\n${distinctStory(i)}`),
        policy,
        1_000,
      );
      outcomes.push(copy.kind === 'unique' ? 'unique' : `${copy.kind} of ${copy.of}`);
    }
    for (let i = 0; i < 200; i++) {
      const original = await index.checkAndInsert(
        anchorArticle(`p${i}-a`, distinctStory(i)),
        policy,
        1_000,
      );
      outcomes.push(original.kind === 'unique' ? 'unique' : `${original.kind} of ${original.of}`);
    }
    expect(outcomes).toEqual([
      ...Array.from({ length: 200 }, () => 'unique'),
      ...Array.from({ length: 200 }, (_, i) => `near-duplicate of p${i}-b`),
    ]);
  });

  it('keeps two stories of one place and topic apart when they are alone in the index, copies included', async () => {
    const related: string[] = [];
    const versions = (i: number) => [
      anchorArticle(`p${i}-a`, distinctStory(i)),
      anchorArticle(`p${i}-b`, `Tashkent (wires) —\n${distinctStory(i)}`),
    ];
    for (let i = 0; i < 200; i++) {
      for (let j = i % 48; j < 200; j += 48) {
        if (j === i) continue;
        for (const earlier of versions(j)) {
          for (const later of versions(i)) {
            const index = new InMemoryNearDuplicateIndex();
            await index.checkAndInsert(earlier, policy, 1_000);
            const outcome = await index.checkAndInsert(later, policy, 1_000);
            if (outcome.kind !== 'unique')
              related.push(`${later.articleId} ${outcome.kind} of ${earlier.articleId}`);
          }
        }
      }
    }
    expect(related).toEqual([]);
  });
});
