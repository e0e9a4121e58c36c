import type { EventFrame, FrameDate } from './event-frame';
import { cuesOf, type SentenceReading } from './read-sentence';

/**
 * The date an announced, undated encounter takes from the statement it is part of: a sentence
 * that goes on with the statement before it ("وأضافت أن لافروف سيعقد اجتماعات أيضا مع …" after
 * "… خلال زيارة عمل لقطر يومي الثاني والثالث من أغسطس") tells what is planned for the same
 * days. Only for a sentence opening on such a verb, only from the sentence just before, and only
 * a date of an announced encounter told there.
 */
export function dateFromStatement(
  reading: SentenceReading,
  frame: EventFrame,
  before: readonly EventFrame[],
): FrameDate | undefined {
  if (frame.date !== undefined || !frame.announced) return undefined;
  const goesOn = cuesOf(reading, 'statementGoesOn').some((c) => c.first === 0);
  if (!goesOn) return undefined;
  const told = before.find(
    (f) => f.sentence === reading.index - 1 && f.announced && f.date !== undefined,
  );
  return told?.date === undefined ? undefined : { ...told.date, rule: 'statement-date' };
}
