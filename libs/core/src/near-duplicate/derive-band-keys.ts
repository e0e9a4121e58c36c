import { isEmptySignature } from './compute-minhash-signature';
import { hashWords } from './hash-murmur3';
import { type NearDuplicateParams } from './near-duplicate-params.schema';

/**
 * LSH band keys of a signature: band i's rows hashed to 32 bits, as "<i>.<hash base 36>"
 * (e.g. "7.1k3x9q"), at most ~10 characters. Two signatures are candidates when they share any
 * key. The keys carry no parameter identity: prefix them with `nearDuplicateParamsFingerprint`
 * when storing. An empty text has no keys, so it is never a candidate.
 */
export function lshBandKeys(signature: Uint32Array, params: NearDuplicateParams): string[] {
  if (signature.length !== params.permutations) {
    throw new RangeError(
      `Signature has ${signature.length} slots, parameters say ${params.permutations}`,
    );
  }
  if (isEmptySignature(signature)) return [];
  const rows = params.permutations / params.bands;
  const keys: string[] = [];
  for (let band = 0; band < params.bands; band += 1) {
    keys.push(`${band.toString(36)}.${hashWords(signature, band * rows, rows, band).toString(36)}`);
  }
  return keys;
}
