import { judgeCandidate, type CandidateVerdict, type OverlapJudging } from './judge-candidates';
import { type TextOverlapKeys } from './select-anchors';
import { measureFilterContainment } from './shingle-filter';
import { definedOnly } from '@sijill/contracts';

/**
 * One article judged against another alone in the window, as the index judges it (every shared
 * anchor distinctive, since no third article holds it): `stored` is remembered with its filter.
 */
export function judgeTextPair(
  query: TextOverlapKeys,
  stored: TextOverlapKeys,
  judging: OverlapJudging,
): CandidateVerdict {
  const inStored = new Set(stored.anchors);
  const shared = query.anchors.filter((anchor) => inStored.has(anchor)).length;
  const verified = measureFilterContainment(stored.filter, query.shingles);
  return judgeCandidate(
    query.anchors.length,
    {
      articleId: 'stored',
      anchors: stored.anchors.length,
      shared,
      distinctive: shared,
      ...definedOnly({ verified }),
    },
    judging,
  );
}
