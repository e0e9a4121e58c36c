import { fmix32 } from './hash-murmur3';

/** Byte 0: hashes per shingle; bytes 1–2: the article's shingle count (capped at 65,535). */
const HEADER_BYTES = 3;
const MAX_COUNTED = 0xffff;
const MAX_HASHES = 8;
/** Seed the two hashes every bit position is derived from (anchors are all multiples of six). */
const FIRST_HASH_SEED = 0x2545_f491;
const SECOND_HASH_SEED = 0x9e37_79b9;
/**
 * Past this chance that a shingle the article lacks still tests present, the filter (a long
 * article's, at the byte cap) is too full to measure containment: it answers `undefined`.
 */
export const MAX_FALSE_HIT_RATE = 0.3;

/** How an article's shingle filter is sized. */
export interface ShingleFilterShape {
  /** Filter bits per shingle, up to `maxFilterBytes`. */
  readonly filterBitsPerShingle: number;
  /** Bit positions per shingle at full size; fewer when a long article meets the byte cap. */
  readonly filterHashes: number;
  /** Largest filter, in bytes (header excluded). */
  readonly maxFilterBytes: number;
}

/**
 * A Bloom filter of every shingle of an article (not only its anchors), headed by its hash count
 * and the article's shingle count, so that another article's shingles tested against it give the
 * overlap almost exactly: the anchors' sample of one in eight cannot tell 0.69 from 0.71 containment
 * (a rewrite from a copy with a new lead), the whole set can. A long article's filter is capped at
 * `maxFilterBytes` with fewer hashes, and the false hits it then gives are subtracted on reading
 * (`measureFilterContainment`).
 */
export function buildShingleFilter(shingles: Uint32Array, shape: ShingleFilterShape): Uint8Array {
  const bytes = Math.max(
    8,
    Math.min(shape.maxFilterBytes, Math.ceil((shingles.length * shape.filterBitsPerShingle) / 8)),
  );
  const bits = bytes * 8;
  // The count minimising false hits for these bits per shingle, never above the shape's.
  const perShingle = bits / Math.max(1, shingles.length);
  const hashes = Math.max(
    1,
    Math.min(shape.filterHashes, MAX_HASHES, Math.round(perShingle * Math.LN2)),
  );
  const filter = new Uint8Array(HEADER_BYTES + bytes);
  const counted = Math.min(shingles.length, MAX_COUNTED);
  filter[0] = hashes;
  filter[1] = counted >>> 8;
  filter[2] = counted & 0xff;
  for (const shingle of shingles) {
    const [first, step] = bitHashes(shingle);
    for (let i = 0; i < hashes; i++) {
      const bit = (first + Math.imul(i, step)) >>> 0;
      const at = bit % bits;
      const byte = HEADER_BYTES + (at >>> 3);
      filter[byte] = (filter[byte] ?? 0) | (1 << (at & 7));
    }
  }
  return filter;
}

/**
 * The share of the smaller of two articles found in the other: the stored one's filter against the
 * query's shingles. Shingles that test present by chance are expected at the filter's fill raised
 * to its hash count and are subtracted. `undefined` when the filter cannot tell (empty, malformed,
 * or fuller than `MAX_FALSE_HIT_RATE`).
 */
export function measureFilterContainment(
  filter: Uint8Array,
  queryShingles: Uint32Array,
): number | undefined {
  if (filter.length <= HEADER_BYTES || queryShingles.length === 0) return undefined;
  const hashes = filter[0] ?? 0;
  const stored = ((filter[1] ?? 0) << 8) | (filter[2] ?? 0);
  if (hashes < 1 || hashes > MAX_HASHES || stored === 0) return undefined;
  const bits = (filter.length - HEADER_BYTES) * 8;
  let set = 0;
  for (let i = HEADER_BYTES; i < filter.length; i++) set += popcount(filter[i] ?? 0);
  const falseHitRate = (set / bits) ** hashes;
  if (falseHitRate > MAX_FALSE_HIT_RATE) return undefined;
  let hits = 0;
  for (const shingle of queryShingles) {
    const [first, step] = bitHashes(shingle);
    let present = true;
    for (let i = 0; i < hashes && present; i++) {
      const at = ((first + Math.imul(i, step)) >>> 0) % bits;
      present = ((filter[HEADER_BYTES + (at >>> 3)] ?? 0) & (1 << (at & 7))) !== 0;
    }
    if (present) hits += 1;
  }
  const shared = Math.max(0, (hits - falseHitRate * queryShingles.length) / (1 - falseHitRate));
  return Math.min(1, shared / Math.min(stored, queryShingles.length));
}

/** The shingle count a filter was built from (capped at 65,535). */
export function filterShingleCount(filter: Uint8Array): number {
  return filter.length <= HEADER_BYTES ? 0 : ((filter[1] ?? 0) << 8) | (filter[2] ?? 0);
}

/** Two independent 32-bit hashes of a shingle hash; the second odd, so the bit steps cover the filter. */
function bitHashes(shingle: number): readonly [number, number] {
  return [
    fmix32((shingle ^ FIRST_HASH_SEED) >>> 0),
    (fmix32((shingle ^ SECOND_HASH_SEED) >>> 0) | 1) >>> 0,
  ];
}

function popcount(byte: number): number {
  let count = 0;
  for (let rest = byte; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}
