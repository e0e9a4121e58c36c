import { intersects } from './people-sets';
import type { MentionProfile } from './profile-mention';

/**
 * A meeting that names no place, held by a visitor on a day of their visit (both days stated,
 * the same day, the visit's place stated): one person is in one place on one day, so it is held
 * where the visit is, during it, whoever else attends (a president meeting regional leaders in
 * the capital he is visiting). With a place of its own, a meeting with a third party stays apart (`meetingDuringVisit`).
 */
export function meetingWhereTheVisitorIs(
  visit: MentionProfile,
  meeting: MentionProfile,
  gap: number,
): boolean {
  return (
    visit.mention.type === 'visit' &&
    meeting.mention.type === 'meeting' &&
    meeting.place === undefined &&
    visit.place?.explicit === true &&
    visit.dateStated &&
    meeting.dateStated &&
    gap <= 0 &&
    visit.visitors !== undefined &&
    intersects(visit.visitors, meeting.people)
  );
}
