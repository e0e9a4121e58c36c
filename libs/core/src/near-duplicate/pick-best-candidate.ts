import { estimateJaccard } from './estimate-jaccard';
import type { NearDuplicateOutcome } from './near-duplicate-index.port';

/**
 * The most similar earlier article at or above the threshold (ties go to the smaller id, so every
 * adapter answers alike), or unique.
 */
export function pickBestCandidate(
  signature: Uint32Array,
  candidates: ReadonlyMap<string, Uint32Array>,
  threshold: number,
): NearDuplicateOutcome {
  let best: { of: string; similarity: number } | undefined;
  for (const [id, other] of [...candidates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const similarity = estimateJaccard(signature, other);
    if (similarity >= threshold && (best === undefined || similarity > best.similarity)) {
      best = { of: id, similarity };
    }
  }
  return best === undefined ? { kind: 'unique' } : { kind: 'near-duplicate', ...best };
}
