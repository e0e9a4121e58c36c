import { deriveSeeds, fmix32, hashString, hashWords } from './hash-murmur3';

describe('MurmurHash3', () => {
  // Published MurmurHash3 x86_32 test vectors: stored signatures depend on these never changing.
  it.each<[number[], number, number]>([
    [[], 0, 0x00000000],
    [[], 1, 0x514e28b7],
    [[], 0xffffffff, 0x81f16f39],
    [[0xffffffff], 0, 0x76293b50],
    [[0x87654321], 0, 0xf55b516b],
    [[0x87654321], 0x5082edee, 0x2362f9de],
  ])('hashes words %j with seed %i to the reference value', (words, seed, expected) => {
    expect(hashWords(words, 0, words.length, seed)).toBe(expected);
  });

  it('hashes a string as its UTF-16LE bytes', () => {
    expect(hashString('ab', 7)).toBe(hashWords([0x00620061], 0, 1, 7));
    expect(hashString('بوتين', 0)).not.toBe(hashString('بوتن', 0));
  });

  it('returns unsigned 32-bit integers', () => {
    for (const value of [0, 1, 0x7fffffff, 0x80000000, 0xffffffff]) {
      const mixed = fmix32(value);
      expect(Number.isInteger(mixed) && mixed >= 0 && mixed <= 0xffffffff).toBe(true);
    }
  });

  it('derives distinct, repeatable seeds', () => {
    const seeds = deriveSeeds(42, 256);
    expect(new Set(seeds).size).toBe(256);
    expect(deriveSeeds(42, 256)).toEqual(seeds);
    expect(deriveSeeds(43, 4)).not.toEqual(seeds.slice(0, 4));
  });
});
