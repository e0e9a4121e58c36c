import fc from 'fast-check';

import {
  EMPTY_SLOT,
  isEmptySignature,
  minhashSignature,
  minhashSignatureOfText,
} from './compute-minhash-signature';
import { estimateJaccard } from './estimate-jaccard';
import { exactJaccard } from '@sijill/testing';
import { DEFAULT_NEAR_DUPLICATE_PARAMS } from './near-duplicate-params';
import { type NearDuplicateParams } from './near-duplicate-params.schema';

const params = DEFAULT_NEAR_DUPLICATE_PARAMS;
const TOKENS = ['وصل', 'الرئيس', 'الروسي', 'الى', 'استانا', 'اليوم'];

describe('minhashSignature', () => {
  it('has one slot per permutation', () => {
    expect(minhashSignature(TOKENS, params)).toHaveLength(params.permutations);
  });

  it('never changes for the same tokens and parameters (stored signatures depend on it)', () => {
    expect([...minhashSignature(TOKENS, params).slice(0, 4)]).toEqual([
      108254193, 495417754, 359991693, 1231700185,
    ]);
  });

  it('depends on the seed', () => {
    const other: NearDuplicateParams = { ...params, seed: params.seed + 1 };
    expect(minhashSignature(TOKENS, other)).not.toEqual(minhashSignature(TOKENS, params));
  });

  it('gives an empty text the empty signature', () => {
    const signature = minhashSignature([], params);
    expect(signature.every((slot) => slot === EMPTY_SLOT)).toBe(true);
    expect(isEmptySignature(signature)).toBe(true);
  });

  it('treats a text shorter than a shingle as one shingle', () => {
    const short = minhashSignature(['بوتين', 'استانا'], params);
    expect(isEmptySignature(short)).toBe(false);
    expect(estimateJaccard(short, minhashSignature(['بوتين', 'استانا'], params))).toBe(1);
    expect(estimateJaccard(short, minhashSignature(['استانا', 'بوتين'], params))).toBe(0);
  });

  it('signs a matching-form text through tokenise', () => {
    expect(minhashSignatureOfText(TOKENS.join(' \n'), params)).toEqual(
      minhashSignature(TOKENS, params),
    );
  });

  it('estimates the Jaccard similarity of shingle sets', () => {
    const wide: NearDuplicateParams = { ...params, permutations: 256, bands: 64 };
    const vocabulary = Array.from({ length: 40 }, (_, index) => `w${index}`);
    const text = fc.array(fc.constantFrom(...vocabulary), { minLength: 30, maxLength: 120 });
    fc.assert(
      fc.property(
        text,
        fc.nat({ max: 60 }),
        fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 }),
        (tokens, cut, extra) => {
          const edited = [...tokens.slice(0, cut), ...extra, ...tokens.slice(cut)];
          const estimate = estimateJaccard(
            minhashSignature(tokens, wide),
            minhashSignature(edited, wide),
          );
          // Four standard deviations of the estimator at its widest (J = 0.5, 256 slots).
          expect(Math.abs(estimate - exactJaccard(tokens, edited, wide.shingleSize))).toBeLessThan(
            0.125,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
