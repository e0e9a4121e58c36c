import { overlapJudgingOf } from './judge-candidates';
import type { NearDuplicatePolicy } from './near-duplicate-index.port';
import type { OverlapParams } from './overlap-params';

/** How an index judges overlap at `params`, remembering each article for `windowSeconds`. */
export function overlapPolicy(params: OverlapParams, windowSeconds: number): NearDuplicatePolicy {
  return { ...overlapJudgingOf(params), windowSeconds };
}
