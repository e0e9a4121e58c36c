import { randomBytes } from 'node:crypto';
import { DEFAULT_OVERLAP_PARAMS, overlapParamsFingerprint } from '@sijill/core';
import {
  anchorArticle,
  CONTRACT_POLICY,
  describeNearDuplicateIndexContract,
  WIRE_STORY,
  TestRedisConnections,
} from '@sijill/testing';
import { RedisNearDuplicateIndex } from './redis-near-duplicate-index';

const redis = new TestRedisConnections();
const connect = (prefix: string) => redis.connect(prefix);
const fingerprint = overlapParamsFingerprint(DEFAULT_OVERLAP_PARAMS);

afterAll(() => redis.closeAll());

describeNearDuplicateIndexContract('RedisNearDuplicateIndex', async () => {
  const prefix = `nd-${randomBytes(4).toString('hex')}:`;
  const [one, two] = await Promise.all([connect(prefix), connect(prefix)]);
  return {
    index: new RedisNearDuplicateIndex(one, fingerprint),
    another: () => new RedisNearDuplicateIndex(two, fingerprint),
    unique: '',
  };
});

describe('RedisNearDuplicateIndex under concurrency', () => {
  it('lets exactly one of a near-duplicate pair pass, in each of 200 trials on two connections', async () => {
    const prefix = `nd-race-${randomBytes(4).toString('hex')}:`;
    const first = new RedisNearDuplicateIndex(await connect(prefix), fingerprint);
    const second = new RedisNearDuplicateIndex(await connect(prefix), fingerprint);
    const policy = { ...CONTRACT_POLICY, windowSeconds: 60 };
    const passedPerTrial: number[] = [];
    for (let trial = 0; trial < 200; trial++) {
      // Each trial is its own story (the words of every line shuffled), unlike any other trial's.
      const lines = WIRE_STORY.split('\n').map((line, i) => shuffleWords(line, trial * 7 + i));
      const story = lines.join('\n');
      // Its copy adds a dateline: unambiguously a copy (containment about 1).
      const copy = ['أستانا (وكالات) —', ...lines].join('\n');
      const outcomes = await Promise.all([
        first.checkAndInsert(anchorArticle(`t${trial}-a`, story), policy, Date.now()),
        second.checkAndInsert(anchorArticle(`t${trial}-b`, copy), policy, Date.now()),
      ]);
      passedPerTrial.push(outcomes.filter((o) => o.kind === 'unique').length);
    }
    expect(
      passedPerTrial.flatMap((passed, trial) => (passed === 1 ? [] : [{ trial, passed }])),
    ).toEqual([]);
  });
});

/** The words of a line in an order fixed by the seed (a small linear congruential shuffle). */
function shuffleWords(line: string, seed: number): string {
  const words = line.split(' ');
  let state = seed + 1;
  for (let i = words.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  return words.join(' ');
}
