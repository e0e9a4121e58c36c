import { EMPTY_SLOT } from './compute-minhash-signature';
import { estimateJaccard, isNearDuplicate } from './estimate-jaccard';
import { DEFAULT_NEAR_DUPLICATE_PARAMS } from './near-duplicate-params';

describe('estimateJaccard', () => {
  it.each<[number[], number[], number]>([
    [[1, 2, 3, 4], [1, 2, 3, 4], 1],
    [[1, 2, 3, 4], [1, 2, 9, 9], 0.5],
    [[1, 2, 3, 4], [5, 6, 7, 8], 0],
    [[EMPTY_SLOT, EMPTY_SLOT], [EMPTY_SLOT, EMPTY_SLOT], 0],
    [[], [], 0],
  ])('of %j and %j is %d', (a, b, expected) => {
    expect(estimateJaccard(Uint32Array.from(a), Uint32Array.from(b))).toBe(expected);
  });

  it('refuses signatures of different lengths', () => {
    expect(() => estimateJaccard(new Uint32Array(4), new Uint32Array(8))).toThrow(RangeError);
  });

  it('calls a pair a near-duplicate from the threshold up', () => {
    const params = { ...DEFAULT_NEAR_DUPLICATE_PARAMS, threshold: 0.5 };
    expect(
      isNearDuplicate(Uint32Array.from([1, 2, 3, 4]), Uint32Array.from([1, 2, 0, 0]), params),
    ).toBe(true);
    expect(
      isNearDuplicate(Uint32Array.from([1, 2, 3, 4]), Uint32Array.from([1, 0, 0, 0]), params),
    ).toBe(false);
  });
});
