import fc from 'fast-check';

import {
  decodeSignature,
  encodeSignature,
  signatureFromBytes,
  signatureToBytes,
} from './encode-signature';

describe('signature encoding', () => {
  it.each<[number[], string]>([
    [[], ''],
    [[0x64636261], 'YWJjZA=='],
    [[0, 1, 0xffffffff], 'AAAAAAEAAAD/////'],
  ])('encodes %j as %j', (slots, encoded) => {
    expect(encodeSignature(Uint32Array.from(slots))).toBe(encoded);
    expect([...decodeSignature(encoded)]).toEqual(slots);
  });

  it('round-trips any signature through base64 and through bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 300 }), (slots) => {
        const signature = Uint32Array.from(slots);
        expect(decodeSignature(encodeSignature(signature))).toEqual(signature);
        expect(signatureFromBytes(signatureToBytes(signature))).toEqual(signature);
      }),
    );
  });

  it('takes 684 characters for 128 slots', () => {
    expect(encodeSignature(new Uint32Array(128))).toHaveLength(684);
  });

  it.each(['abc', 'YWJj*A==', 'YW=jZA==', 'YWJjZA=a'])('rejects %j', (encoded) => {
    expect(() => decodeSignature(encoded)).toThrow(RangeError);
  });

  it('rejects bytes that are not whole slots', () => {
    expect(() => signatureFromBytes(new Uint8Array(6))).toThrow(RangeError);
  });
});
