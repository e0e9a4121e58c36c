import type { PhraseHit } from './find-phrases';
import { cuesOf, type SentenceReading } from './read-sentence';

/**
 * Whether a past verb stands in a relative clause opened after a cue of what is to come, and so
 * tells its own time: "وسيعقد اجتماع طارئ اليوم برئاسة الوزيرة ماي، التي استقبلت أمس نظيرها" — the
 * meeting is to come, the reception took place. `pastVerb` is whether the trigger is a tensed past
 * form; a noun or a present form takes the cue's time as before.
 */
export function pastActInRelativeClause(
  reading: SentenceReading,
  cue: PhraseHit,
  trigger: PhraseHit,
  pastVerb: boolean,
): boolean {
  return (
    pastVerb &&
    cue.last < trigger.first &&
    cuesOf(reading, 'relative').some((r) => r.first > cue.last && r.last < trigger.first)
  );
}
