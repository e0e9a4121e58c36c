import { isEmptySignature } from './compute-minhash-signature';
import { type NearDuplicateParams } from './near-duplicate-params.schema';

/**
 * Estimated Jaccard similarity of the two shingle sets: the share of slots where the signatures
 * agree. Signatures must come from the same parameters. Empty texts resemble nothing (0).
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length)
    throw new RangeError(`Signatures differ in length: ${a.length} and ${b.length}`);
  if (a.length === 0 || isEmptySignature(a) || isEmptySignature(b)) return 0;
  let agreeing = 0;
  for (let slot = 0; slot < a.length; slot += 1) if (a[slot] === b[slot]) agreeing += 1;
  return agreeing / a.length;
}

/** True when a candidate's estimated Jaccard reaches the threshold. */
export function isNearDuplicate(
  a: Uint32Array,
  b: Uint32Array,
  params: NearDuplicateParams,
): boolean {
  return estimateJaccard(a, b) >= params.threshold;
}
