import {
  DEFAULT_NEAR_DUPLICATE_PARAMS,
  nearDuplicateParamsFingerprint,
} from './near-duplicate-params';
import { nearDuplicateParamsSchema } from './near-duplicate-params.schema';

describe('near-duplicate parameters', () => {
  it('accepts the defaults', () => {
    expect(nearDuplicateParamsSchema.parse(DEFAULT_NEAR_DUPLICATE_PARAMS)).toEqual(
      DEFAULT_NEAR_DUPLICATE_PARAMS,
    );
  });

  it.each([
    ['permutations not a multiple of bands', { bands: 30 }],
    ['a threshold of zero', { threshold: 0 }],
    ['a threshold above one', { threshold: 1.2 }],
    ['a shingle of no words', { shingleSize: 0 }],
    ['a negative seed', { seed: -1 }],
    ['an unknown field', { extra: true }],
  ])('rejects %s', (_name, change) => {
    expect(
      nearDuplicateParamsSchema.safeParse({ ...DEFAULT_NEAR_DUPLICATE_PARAMS, ...change }).success,
    ).toBe(false);
  });

  it('fingerprints what shapes signatures and keys, not the threshold', () => {
    expect(nearDuplicateParamsFingerprint(DEFAULT_NEAR_DUPLICATE_PARAMS)).toBe(
      'k4.p128.b32.s51311c0d',
    );
    expect(
      nearDuplicateParamsFingerprint({ ...DEFAULT_NEAR_DUPLICATE_PARAMS, threshold: 0.9 }),
    ).toBe('k4.p128.b32.s51311c0d');
  });
});
