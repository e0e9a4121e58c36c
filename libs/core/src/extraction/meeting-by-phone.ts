import type { PhraseHit } from './find-phrases';
import { clauseOf, type SentenceReading } from './read-sentence';
import type { TriggerInfo } from './trigger-info';
import { wordsOf } from './word-set';

/**
 * The words between two spans of a sentence that are neither a name (person, office, country), a
 * date, nor a trigger's own words: "تباحث الرئيس عبد الفتاح السيسي، اليوم الأحد، عبر الهاتف"
 * has none between the talks verb and its means.
 */
function freeWordsBetween(reading: SentenceReading, from: number, to: number): number {
  const covered = wordsOf([
    ...reading.entities.filter(
      (e) => e.match.kind === 'person' || e.match.kind === 'role' || e.match.kind === 'country',
    ),
    ...reading.dates,
  ]);
  let free = 0;
  for (let i = from + 1; i < to; i += 1) if (!covered.has(i)) free += 1;
  return free;
}

/**
 * A means ("by phone", "عبر الهاتف", "en visioconférence") tells how the meeting before it was
 * held: a few words on in its clause, or, for a means that is no verb of its own, past the
 * subject's name and a date set off by commas, with no other trigger between.
 */
function tellsMeansOf(
  reading: SentenceReading,
  meeting: PhraseHit,
  means: PhraseHit,
  adverbial: boolean,
): boolean {
  if (means.first <= meeting.last) return false;
  const near =
    means.first - meeting.last <= reading.reaches.byPhone &&
    clauseOf(reading, means.first) === clauseOf(reading, meeting.last);
  if (near) return true;
  if (!adverbial) return false;
  const between = reading.hits.some(
    (h) => h.meaning.kind === 'trigger' && h.first > meeting.last && h.last < means.first,
  );
  return (
    !between && freeWordsBetween(reading, meeting.last, means.first) <= reading.reaches.byPhone
  );
}

/**
 * "s'est entretenu mardi par téléphone avec", "held talks by phone with", "تباحث … عبر الهاتف
 * مع": a meeting verb whose own clause says, a few words on, that it was by phone reports the
 * call, not a second encounter in person. A call told in another clause (and later phoned) stays
 * apart.
 */
export function meetingByPhone(
  reading: SentenceReading,
  meetings: readonly TriggerInfo[],
  calls: readonly TriggerInfo[],
): boolean {
  if (meetings.length === 0 || calls.length === 0) return false;
  return meetings.every((m) =>
    calls.some((c) => tellsMeansOf(reading, m.hit, c.hit, !c.occurred && c.subject !== 'visitor')),
  );
}

/** The meeting trigger, if any, that a remote cue ("via video link", "عبر تقنية الفيديو") tells the means of. */
export function meetingHeldBy(reading: SentenceReading, remote: PhraseHit): PhraseHit | undefined {
  return reading.hits.find(
    (h) =>
      h.meaning.kind === 'trigger' &&
      h.meaning.trigger === 'meeting' &&
      tellsMeansOf(reading, h, remote, true),
  );
}

/**
 * "held talks via video link", "s'est entretenu mercredi en visioconférence avec", "عقدا اجتماعا
 * عبر تقنية الفيديو كونفرانس": talks held entirely by video are a call between their parties, not
 * a meeting in person; a leader joining a summit by video stays a remote attendee (no meeting
 * trigger before the cue).
 */
export function meetingByVideo(
  reading: SentenceReading,
  meetings: readonly TriggerInfo[],
  remotes: readonly PhraseHit[],
): boolean {
  if (meetings.length === 0 || remotes.length === 0) return false;
  return meetings.every((m) => remotes.some((r) => tellsMeansOf(reading, m.hit, r, true)));
}
