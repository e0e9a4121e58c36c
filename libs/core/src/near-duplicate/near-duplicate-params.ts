import { type NearDuplicateParams } from './near-duplicate-params.schema';

/**
 * Defaults chosen from measurements on the labelled pairs in `fixtures/`; see
 * docs/adr/0003-near-duplicate-parameters.md for the grid, the figures and the reasoning.
 */
export const DEFAULT_NEAR_DUPLICATE_PARAMS: NearDuplicateParams = Object.freeze({
  shingleSize: 4,
  permutations: 128,
  bands: 32,
  threshold: 0.6,
  seed: 0x5131_1c0d,
});

/**
 * Identifies everything that shapes signatures and band keys (not the threshold), e.g.
 * "k4.p128.b32.s51311c0d". Namespace stored keys with it so a parameter change never compares
 * signatures made under different parameters.
 */
export function nearDuplicateParamsFingerprint(params: NearDuplicateParams): string {
  const seed = params.seed.toString(16).padStart(8, '0');
  return `k${params.shingleSize}.p${params.permutations}.b${params.bands}.s${seed}`;
}
