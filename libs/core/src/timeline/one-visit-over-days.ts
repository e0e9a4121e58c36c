import { intersects } from './people-sets';
import type { MentionProfile } from './profile-mention';

// A visit lasts days: one report dates its arrival, another its talks, a gathering it was for or
// its end ("concluded his visit yesterday"). Kept within the reads of the date blocks (three days
// either side).
export const VISIT_REPORT_SPREAD_DAYS = 3;

/**
 * Two reports of one visit dated days apart, both dates stated, in the same country with one
 * place explicit (an inferred capital alone never ties them): two visits of the same stated
 * visitor, or a visit and a meeting or gathering that names its stated visitor. Whether the
 * meeting or gathering belongs to the visit is the type family's rule; this one only lets their
 * dates lie a few days apart.
 */
export function oneVisitOverDays(a: MentionProfile, b: MentionProfile, gap: number): boolean {
  if (gap > VISIT_REPORT_SPREAD_DAYS || !a.dateStated || !b.dateStated) return false;
  const [visit, other] = a.mention.type === 'visit' ? [a, b] : [b, a];
  if (visit.mention.type !== 'visit') return false;
  if (other.mention.type === 'call' || other.mention.type === 'statement') return false;
  if (visit.place === undefined || visit.place.country !== other.place?.country) return false;
  if (!visit.place.explicit && other.place.explicit !== true) return false;
  const travellers = other.mention.type === 'visit' ? other.statedVisitors : other.people;
  return intersects(visit.statedVisitors, travellers);
}
