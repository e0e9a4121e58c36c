/** What shapes anchors and how overlap between two articles' anchors is judged. */
export interface OverlapParams {
  /** Words per shingle. */
  readonly shingleSize: number;
  /** A shingle is an anchor when its hash is divisible by this: about one shingle in `sampling`. */
  readonly sampling: number;
  /** Seed of the shingle hash. */
  readonly seed: number;
  /** Share of the smaller article's anchors found in the other at or above which it is a copy. */
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
 * 5-word shingles, one in six an anchor (about 47 for the corpus's mean article of 336 words).
 */
export const DEFAULT_OVERLAP_PARAMS: OverlapParams = Object.freeze({
  shingleSize: 5,
  sampling: 6,
  seed: 0x5131_1c0d,
  copyContainment: 0.65,
  minSharedAnchors: 3,
  derivedContainment: 0.15,
  maxDistinctiveHolders: 3,
});

/** Identifies what shapes anchors (not the judging thresholds), e.g. "a5.6.51311c0d". */
export function overlapParamsFingerprint(params: OverlapParams): string {
  const seed = params.seed.toString(16).padStart(8, '0');
  return `a${params.shingleSize}.${params.sampling}.${seed}`;
}
