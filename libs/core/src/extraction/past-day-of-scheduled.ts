import { compareDays, coveredDays, dayOf } from './day-math';
import type { EventFrame, FrameDate } from './event-frame';

/**
 * "فتحت السفارة أبوابها أمس على أن يرفع العلم خلال زيارة مرتقبة لكيري": an encounter told only as
 * to come (an announced cue, no verb of a done act) is not dated by a day that is over before the
 * day the article is read from; that day dates another, past act of the sentence.
 */
export function pastDayOfScheduled(
  frame: EventFrame,
  date: FrameDate,
  anchor: string | undefined,
): boolean {
  if (!frame.announced || frame.occurredTrigger || anchor === undefined) return false;
  if (date.precision !== 'day') return false;
  const today = dayOf(anchor);
  if (today === undefined) return false;
  return compareDays(coveredDays(date.start, date.end).last, today) < 0;
}
