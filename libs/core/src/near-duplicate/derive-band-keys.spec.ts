import { minhashSignature } from './compute-minhash-signature';
import { lshBandKeys } from './derive-band-keys';
import { DEFAULT_NEAR_DUPLICATE_PARAMS } from './near-duplicate-params';

const params = DEFAULT_NEAR_DUPLICATE_PARAMS;
const TOKENS = ['وصل', 'الرئيس', 'الروسي', 'الى', 'استانا', 'اليوم'];

describe('lshBandKeys', () => {
  const keys = lshBandKeys(minhashSignature(TOKENS, params), params);

  it('gives one short key per band, prefixed by the band number', () => {
    expect(keys).toHaveLength(params.bands);
    keys.forEach((key, band) => {
      expect(key.startsWith(`${band.toString(36)}.`)).toBe(true);
      expect(key.length).toBeLessThanOrEqual(10);
    });
  });

  it('never changes for the same signature (stored keys depend on it)', () => {
    expect(keys.slice(0, 3)).toEqual(['0.ug4u4o', '1.10fbnye', '2.n6whvq']);
  });

  it('shares a key between signatures that agree on a whole band, and only then', () => {
    const a = new Uint32Array(params.permutations).fill(7);
    const b = Uint32Array.from(a);
    b[params.permutations - 1] = 8;
    const keysA = lshBandKeys(a, params);
    const keysB = lshBandKeys(b, params);
    expect(keysA.slice(0, -1)).toEqual(keysB.slice(0, -1));
    expect(keysA.at(-1)).not.toBe(keysB.at(-1));
  });

  it('gives an empty text no keys, so it is never a candidate', () => {
    expect(lshBandKeys(minhashSignature([], params), params)).toEqual([]);
  });

  it('refuses a signature made with other parameters', () => {
    expect(() => lshBandKeys(new Uint32Array(64), params)).toThrow(RangeError);
  });
});
