import { tokenise } from '../normalise/tokenise-text';
import { fmix32, hashString, hashWords } from './hash-murmur3';
import { type OverlapParams } from './overlap-params';
import { buildShingleFilter } from './shingle-filter';
import { stripInlineCode } from './strip-inline-code';

const TOKEN_SEED = 0x9747b28c;

/** The distinct hashes of a token sequence's word shingles, sorted. Tokens come from the matching form. */
export function selectShingles(tokens: readonly string[], params: OverlapParams): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const tokenHashes = new Uint32Array(tokens.length);
  tokens.forEach((token, index) => {
    tokenHashes[index] = hashString(token, TOKEN_SEED);
  });
  const width = Math.min(params.shingleSize, tokens.length);
  const shingles = new Set<number>();
  for (let start = 0; start + width <= tokens.length; start += 1) {
    shingles.add(fmix32(hashWords(tokenHashes, start, width, params.seed)));
  }
  return Uint32Array.from(shingles).sort();
}

/**
 * The anchors of a token sequence: the distinct hashes of its word shingles that are divisible by
 * `sampling`, sorted. The choice depends on the shingle alone, so an excerpt keeps exactly the
 * anchors of the passage it copies, and the share of one text's anchors found in another
 * estimates how much of it the other contains. A text of a few words may have no anchor: it is
 * never compared. Tokens come from the matching form.
 */
export function selectAnchors(tokens: readonly string[], params: OverlapParams): Uint32Array {
  return anchorsAmong(selectShingles(tokens, params), params);
}

/** Anchors of a matching-form text, inline page code left out (see `stripInlineCode`). */
export function selectAnchorsOfText(matchingText: string, params: OverlapParams): Uint32Array {
  return selectAnchors(tokenise(stripInlineCode(matchingText)), params);
}

/** What the near-duplicate index compares of one text: anchors, every shingle, and their filter. */
export interface TextOverlapKeys {
  /** Sorted, distinct; empty for a text too short to have any (never compared). */
  readonly anchors: Uint32Array;
  /** Every distinct shingle hash, sorted: tested against a stored article's filter. */
  readonly shingles: Uint32Array;
  /** The Bloom filter of `shingles` (see `buildShingleFilter`), remembered with the article. */
  readonly filter: Uint8Array;
}

/** Anchors, shingles and shingle filter of a matching-form text, inline page code left out. */
export function overlapKeysOfText(matchingText: string, params: OverlapParams): TextOverlapKeys {
  const shingles = selectShingles(tokenise(stripInlineCode(matchingText)), params);
  return {
    anchors: anchorsAmong(shingles, params),
    shingles,
    filter: buildShingleFilter(shingles, params),
  };
}

function anchorsAmong(shingles: Uint32Array, params: OverlapParams): Uint32Array {
  return shingles.filter((hash) => hash % params.sampling === 0);
}
