import { isOnwardWord } from './onward-words';
import type { PhraseHit } from './find-phrases';
import { isTrigger } from './read-triggers';
import { cuesOf, type SentenceReading } from './read-sentence';

// How many words after the onward word its stop and its day may lie.
export const ONWARD_REACH = 8;

/**
 * Whether `word` tells the traveller's next stop or its day: an onward word comes before it, within
 * reach, with no trigger between them. Such a place or date is no stray detail of an encounter told
 * in another clause of the sentence (Kerry meets Shoukry in Cairo today, then moves on to Doha).
 */
export function onwardStop(reading: SentenceReading, word: number): boolean {
  const triggerAt = (index: number): boolean =>
    reading.hits.some((h) => isTrigger(h) && h.first <= index && index <= h.last);
  if (leavingFor(reading, word) !== undefined) return true;
  for (let w = word - 1; w >= 0 && word - w <= ONWARD_REACH; w -= 1) {
    if (triggerAt(w)) return false;
    if (isOnwardWord(reading.words[w]?.fold ?? '')) return true;
  }
  return false;
}

/**
 * The lexicon's words of leaving for a next stop (قبل أن يغادر إلى سنغافورة, before heading to
 * Addis Ababa, next stop) that `word` follows within reach, with no trigger after them: `word` is
 * the next encounter's place, in whatever clause it is told.
 */
export function leavingFor(reading: SentenceReading, word: number): PhraseHit | undefined {
  return cuesOf(reading, 'onward').find(
    (cue) =>
      cue.last < word &&
      word - cue.last <= ONWARD_REACH &&
      !reading.hits.some((h) => isTrigger(h) && h.first > cue.last && h.first < word),
  );
}
