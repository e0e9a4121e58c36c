import type { NearDuplicatePolicy } from './near-duplicate-index.port';
import type { OverlapParams } from './overlap-params';

/** How an index judges overlap at `params`, remembering each article for `windowSeconds`. */
export function overlapPolicy(params: OverlapParams, windowSeconds: number): NearDuplicatePolicy {
  const { copyContainment, derivedContainment, minSharedAnchors, maxDistinctiveHolders } = params;
  return {
    copyContainment,
    derivedContainment,
    minSharedAnchors,
    maxDistinctiveHolders,
    windowSeconds,
  };
}
