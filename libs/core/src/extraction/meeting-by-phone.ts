import { clauseOf, type SentenceReading } from './read-sentence';
import type { TriggerInfo } from './trigger-info';

/**
 * "s'est entretenu mardi par téléphone avec", "held talks by phone with": a meeting verb whose
 * own clause says, a few words on, that it was by phone reports the call, not a second encounter
 * in person. A call told in another clause (and later phoned) stays apart.
 */
export function meetingByPhone(
  reading: SentenceReading,
  meetings: readonly TriggerInfo[],
  calls: readonly TriggerInfo[],
): boolean {
  if (meetings.length === 0 || calls.length === 0) return false;
  return meetings.every((m) =>
    calls.some(
      (c) =>
        c.first > m.hit.last &&
        c.first - m.hit.last <= reading.reaches.byPhone &&
        clauseOf(reading, c.first) === clauseOf(reading, m.hit.last),
    ),
  );
}
