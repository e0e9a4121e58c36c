// MurmurHash3 (x86, 32-bit) pieces. Signatures are stored and compared across processes and
// releases, so these functions must never change output for the same input and seed.

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** MurmurHash3's finaliser: a bijection on 32-bit integers that mixes every input bit into every output bit. */
export function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mixBlock(state: number, block: number): number {
  let k = Math.imul(block, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  let h = state ^ k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function mixTail(state: number, tail: number): number {
  let k = Math.imul(tail, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  return state ^ k;
}

/**
 * MurmurHash3 x86_32 of a string's UTF-16LE bytes (two code units per block). Not the hash of its
 * UTF-8 bytes; only ever compared with hashes made here.
 */
export function hashString(text: string, seed: number): number {
  let h = seed | 0;
  const pairs = text.length >>> 1;
  for (let index = 0; index < pairs; index += 1) {
    const block = text.charCodeAt(2 * index) | (text.charCodeAt(2 * index + 1) << 16);
    h = mixBlock(h, block);
  }
  if ((text.length & 1) === 1) h = mixTail(h, text.charCodeAt(text.length - 1));
  return fmix32(h ^ (text.length * 2));
}

/** MurmurHash3 x86_32 of `count` 32-bit words of `words` starting at `start`. */
export function hashWords(
  words: ArrayLike<number>,
  start: number,
  count: number,
  seed: number,
): number {
  let h = seed | 0;
  for (let index = start; index < start + count; index += 1) h = mixBlock(h, words[index] ?? 0);
  return fmix32(h ^ (count * 4));
}

/** Deterministic 32-bit seeds from one seed (SplitMix32), one per MinHash permutation. */
export function deriveSeeds(seed: number, count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = seed >>> 0;
  for (let index = 0; index < count; index += 1) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[index] = fmix32(state);
  }
  return seeds;
}
