import { type ShingleFilterShape } from './shingle-filter';

/** What shapes anchors and shingle filters and how overlap between two articles is judged. */
export interface OverlapParams extends ShingleFilterShape {
  /** Words per shingle. */
  readonly shingleSize: number;
  /** A shingle is an anchor when its hash is divisible by this: about one shingle in `sampling`. */
  readonly sampling: number;
  /** Seed of the shingle hash. */
  readonly seed: number;
  /**
   * Share of the smaller article's anchors found in the other at or above which the stored
   * article's shingle filter is read: a suspected copy.
   */
  readonly suspectContainment: number;
  /**
   * Share of the smaller article's shingles found in the other (measured on the stored article's
   * shingle filter) at or above which a suspected copy is a copy.
   */
  readonly copyContainment: number;
  /** Fewest shared anchors for any relation (one or two shared phrases are boilerplate). */
  readonly minSharedAnchors: number;
  /** Share of the smaller article's anchors at or above which a rewrite derives from the other. */
  readonly derivedContainment: number;
  /**
   * An anchor held by more stored originals than this is boilerplate (titles, agency formulas): it
   * counts towards a copy but not towards a rewrite.
   */
  readonly maxDistinctiveHolders: number;
}

/**
 * Chosen on the labelled SaudiNewsNet pairs (docs/adr/0016-wire-copies-excerpts-and-rewrites.md):
 * 5-word shingles, one in eight an anchor (about 41 an article of the labelled days); a
 * copy when its anchors suggest one and the shingle filter measures 70 % of the smaller article
 * inside the other (0.695: the labels split at 0.70 exact, the filter errs by up to 0.01).
 */
export const DEFAULT_OVERLAP_PARAMS: OverlapParams = Object.freeze({
  shingleSize: 5,
  sampling: 8,
  seed: 0x5131_1c0d,
  suspectContainment: 0.45,
  copyContainment: 0.695,
  minSharedAnchors: 3,
  derivedContainment: 0.15,
  maxDistinctiveHolders: 3,
  filterBitsPerShingle: 8,
  filterHashes: 4,
  maxFilterBytes: 509,
});

/**
 * Identifies what shapes anchors and filters (not the judging thresholds), e.g.
 * "a5.8.51311c0d.f8.4.509".
 */
export function overlapParamsFingerprint(params: OverlapParams): string {
  const seed = params.seed.toString(16).padStart(8, '0');
  return `a${params.shingleSize}.${params.sampling}.${seed}.f${params.filterBitsPerShingle}.${params.filterHashes}.${params.maxFilterBytes}`;
}
