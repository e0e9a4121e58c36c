// Base64 by hand: core runs without Buffer, and btoa wants a binary string we would build anyway.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map([...ALPHABET].map((character, index) => [character, index]));

/** A signature as little-endian bytes (4 per slot): what a store keeps when it holds binary values. */
export function signatureToBytes(signature: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(signature.length * 4);
  signature.forEach((slot, index) => {
    bytes[4 * index] = slot & 0xff;
    bytes[4 * index + 1] = (slot >>> 8) & 0xff;
    bytes[4 * index + 2] = (slot >>> 16) & 0xff;
    bytes[4 * index + 3] = slot >>> 24;
  });
  return bytes;
}

/** The inverse of `signatureToBytes`. */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  if (bytes.length % 4 !== 0)
    throw new RangeError(`A signature has 4 bytes per slot, got ${bytes.length} bytes`);
  const signature = new Uint32Array(bytes.length / 4);
  for (let index = 0; index < signature.length; index += 1) {
    const at = 4 * index;
    signature[index] =
      ((bytes[at] ?? 0) |
        ((bytes[at + 1] ?? 0) << 8) |
        ((bytes[at + 2] ?? 0) << 16) |
        ((bytes[at + 3] ?? 0) << 24)) >>>
      0;
  }
  return signature;
}

/** A signature as standard base64 of its little-endian bytes (128 slots → 684 characters). */
export function encodeSignature(signature: Uint32Array): string {
  const bytes = signatureToBytes(signature);
  let encoded = '';
  for (let at = 0; at < bytes.length; at += 3) {
    const b0 = bytes[at] ?? 0;
    const b1 = bytes[at + 1];
    const b2 = bytes[at + 2];
    const triple = (b0 << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    encoded += ALPHABET[(triple >>> 18) & 63] ?? '';
    encoded += ALPHABET[(triple >>> 12) & 63] ?? '';
    encoded += b1 === undefined ? '=' : (ALPHABET[(triple >>> 6) & 63] ?? '');
    encoded += b2 === undefined ? '=' : (ALPHABET[triple & 63] ?? '');
  }
  return encoded;
}

/** The inverse of `encodeSignature`; throws a RangeError on anything that is not such a string. */
export function decodeSignature(encoded: string): Uint32Array {
  if (encoded.length % 4 !== 0)
    throw new RangeError('Not a base64 signature: length is not a multiple of 4');
  const padding = encoded.endsWith('==') ? 2 : encoded.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((encoded.length / 4) * 3 - padding);
  for (let at = 0, out = 0; at < encoded.length; at += 4) {
    let triple = 0;
    for (let offset = 0; offset < 4; offset += 1) {
      const character = encoded.charAt(at + offset);
      const value =
        character === '=' && at + 4 === encoded.length && offset >= 4 - padding
          ? 0
          : LOOKUP.get(character);
      if (value === undefined)
        throw new RangeError(`Not a base64 signature: unexpected "${character}"`);
      triple = (triple << 6) | value;
    }
    for (let shift = 16; shift >= 0 && out < bytes.length; shift -= 8, out += 1)
      bytes[out] = (triple >>> shift) & 0xff;
  }
  return signatureFromBytes(bytes);
}
