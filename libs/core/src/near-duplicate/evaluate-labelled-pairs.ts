import { normaliseArticle } from '../normalise/normalise-article';
import { tokenise } from '../normalise/tokenise-text';
import { minhashSignature } from './compute-minhash-signature';
import { lshBandKeys } from './derive-band-keys';
import { estimateJaccard } from './estimate-jaccard';
import { hashString } from './hash-murmur3';
import { type LabelledPair } from './labelled-pair.schema';
import { type NearDuplicateParams } from './near-duplicate-params.schema';

/** A labelled pair after normalisation: the matching-form tokens of both articles. */
export interface PreparedPair {
  readonly pair: LabelledPair;
  readonly tokensA: readonly string[];
  readonly tokensB: readonly string[];
}

/** How one pair fared under one parameter set. */
export interface PairOutcome {
  readonly id: string;
  readonly label: LabelledPair['label'];
  /** True Jaccard of the two shingle sets. */
  readonly exact: number;
  readonly estimated: number;
  /** The pair shares at least one LSH band key. */
  readonly candidate: boolean;
  /** Candidate and estimated Jaccard at or above the threshold. */
  readonly predicted: boolean;
}

/** Confusion counts and rates of one parameter set over the labelled pairs. */
export interface PairEvaluation {
  readonly params: NearDuplicateParams;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly outcomes: readonly PairOutcome[];
}

/** Normalises both articles of every pair once, so many parameter sets can be evaluated cheaply. */
export function prepareLabelledPairs(pairs: readonly LabelledPair[]): PreparedPair[] {
  return pairs.map((pair) => ({
    pair,
    tokensA: tokenise(normaliseArticle(pair.a).matchingText),
    tokensB: tokenise(normaliseArticle(pair.b).matchingText),
  }));
}

function shingleSet(tokens: readonly string[], size: number): Set<number> {
  const hashes = new Set<number>();
  const width = Math.min(size, tokens.length);
  for (let start = 0; start + width <= tokens.length && tokens.length > 0; start += 1) {
    hashes.add(hashString(tokens.slice(start, start + width).join(' '), 0));
  }
  return hashes;
}

/** Exact Jaccard similarity of two token sequences' shingle sets; the reference MinHash estimates. */
export function exactJaccard(
  tokensA: readonly string[],
  tokensB: readonly string[],
  shingleSize: number,
): number {
  const a = shingleSet(tokensA, shingleSize);
  const b = shingleSet(tokensB, shingleSize);
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

/** A prepared pair with both signatures made under one set of shingle size, permutations and seed. */
export interface SignedPair {
  readonly pair: LabelledPair;
  readonly exact: number;
  readonly a: Uint32Array;
  readonly b: Uint32Array;
}

/** Signs every prepared pair; signatures depend only on shingle size, permutations and seed. */
export function signPreparedPairs(
  prepared: readonly PreparedPair[],
  params: NearDuplicateParams,
): SignedPair[] {
  return prepared.map(({ pair, tokensA, tokensB }) => ({
    pair,
    exact: exactJaccard(tokensA, tokensB, params.shingleSize),
    a: minhashSignature(tokensA, params),
    b: minhashSignature(tokensB, params),
  }));
}

/**
 * Runs near-duplicate detection as the ingestor will (LSH candidates, then estimated Jaccard
 * against the threshold) on signed pairs, and counts hits and misses against the labels. The
 * signatures must have been made with the same shingle size, permutations and seed as `params`.
 */
export function judgeSignedPairs(
  signed: readonly SignedPair[],
  params: NearDuplicateParams,
): PairEvaluation {
  const outcomes = signed.map(({ pair, exact, a, b }): PairOutcome => {
    const keysA = new Set(lshBandKeys(a, params));
    const candidate = lshBandKeys(b, params).some((key) => keysA.has(key));
    const estimated = estimateJaccard(a, b);
    return {
      id: pair.id,
      label: pair.label,
      exact,
      estimated,
      candidate,
      predicted: candidate && estimated >= params.threshold,
    };
  });
  const count = (label: PairOutcome['label'], predicted: boolean): number =>
    outcomes.filter((outcome) => outcome.label === label && outcome.predicted === predicted).length;
  const truePositives = count('duplicate', true);
  const falsePositives = count('distinct', true);
  const falseNegatives = count('duplicate', false);
  return {
    params,
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives: count('distinct', false),
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
    outcomes,
  };
}

/** `judgeSignedPairs(signPreparedPairs(prepared, params), params)`. */
export function evaluateLabelledPairs(
  prepared: readonly PreparedPair[],
  params: NearDuplicateParams,
): PairEvaluation {
  return judgeSignedPairs(signPreparedPairs(prepared, params), params);
}
