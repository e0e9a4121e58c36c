import { tokenise } from '../normalise/tokenise-text';
import { deriveSeeds, fmix32, hashString, hashWords } from './hash-murmur3';
import { type NearDuplicateParams } from './near-duplicate-params.schema';

/** The value every slot of an empty text's signature holds; such signatures match nothing. */
export const EMPTY_SLOT = 0xffffffff;

const TOKEN_SEED = 0x9747b28c;
const seedCache = new Map<string, Uint32Array>();

function permutationSeeds(params: NearDuplicateParams): Uint32Array {
  const key = `${params.seed}:${params.permutations}`;
  let seeds = seedCache.get(key);
  if (seeds === undefined) {
    seeds = deriveSeeds(params.seed, params.permutations);
    seedCache.set(key, seeds);
  }
  return seeds;
}

/**
 * MinHash signature of a token sequence's word shingles (`shingleSize` consecutive tokens).
 * Each shingle is hashed once (MurmurHash3 over its tokens' hashes); permutation i maps it to
 * fmix32(hash XOR seed_i), a bijection per seed, and keeps the minimum. A text shorter than a
 * shingle is one shingle; an empty one gets all slots `EMPTY_SLOT`. Tokens should come from the
 * matching form (`tokenise(foldForMatching(text))`).
 */
export function minhashSignature(
  tokens: readonly string[],
  params: NearDuplicateParams,
): Uint32Array {
  const signature = new Uint32Array(params.permutations).fill(EMPTY_SLOT);
  if (tokens.length === 0) return signature;
  const seeds = permutationSeeds(params);
  const tokenHashes = new Uint32Array(tokens.length);
  tokens.forEach((token, index) => {
    tokenHashes[index] = hashString(token, TOKEN_SEED);
  });
  const width = Math.min(params.shingleSize, tokens.length);
  const shingles = tokens.length - width + 1;
  for (let start = 0; start < shingles; start += 1) {
    const shingle = hashWords(tokenHashes, start, width, params.seed);
    for (let slot = 0; slot < signature.length; slot += 1) {
      const value = fmix32(shingle ^ (seeds[slot] ?? 0));
      if (value < (signature[slot] ?? EMPTY_SLOT)) signature[slot] = value;
    }
  }
  return signature;
}

/** MinHash signature of a matching-form text: `minhashSignature(tokenise(matchingText), params)`. */
export function minhashSignatureOfText(
  matchingText: string,
  params: NearDuplicateParams,
): Uint32Array {
  return minhashSignature(tokenise(matchingText), params);
}

/** True when the signature is that of an empty text. */
export function isEmptySignature(signature: Uint32Array): boolean {
  return signature.every((slot) => slot === EMPTY_SLOT);
}
