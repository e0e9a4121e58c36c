import type { PhraseHit } from './find-phrases';
import { cuesOf, type SentenceReading } from './read-sentence';

/**
 * Attendance cues (حضر الاستقبال, حضره) that tell someone attended: not inside a phrase listed as
 * no attendance. Folded, the Gulf honorific حضرة صاحب السمو is spelt حضره, "attended it", and
 * would otherwise turn the visitor or host it introduces into a mere attendee.
 */
export function attendancesOf(reading: SentenceReading): readonly PhraseHit[] {
  const attendances = cuesOf(reading, 'attendance');
  const not = cuesOf(reading, 'notAttendance');
  if (not.length === 0) return attendances;
  return attendances.filter((a) => !not.some((c) => c.first <= a.first && a.last <= c.last));
}
