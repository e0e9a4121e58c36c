import type { ExtractionLexicon } from './compile-lexicon';
import type { PhraseHit } from './find-phrases';
import type { EntityRef } from './entity-ref';
import type { Word } from './tokenise-words';
import { wordsOf } from './word-set';

// The most words a subject named between a verb and the rest of its phrase may take (a title, a
// nationality and a three-part name: "حل الرئيس الفلسطيني محمود عباس ضيفا").
export const SUBJECT_GAP = 8;

/** The words a kind of entity covers in a sentence. */
const covered = (entities: readonly EntityRef[], kinds: readonly string[]): Set<number> =>
  wordsOf(entities.filter((e) => kinds.includes(e.match.kind)));

/** How many words after `at` lie inside `words`, up to `reach`. */
function gapAfter(at: number, words: ReadonlySet<number>, reach: number): number {
  let gap = 0;
  while (gap < reach && words.has(at + 1 + gap)) gap += 1;
  return gap;
}

/**
 * Trigger phrases of two or more words that a sentence splits:
 * - with nationality adjectives: "الحوار المصري الأمريكي الاستراتيجي" is the strategic dialogue
 *   ("الحوار الاستراتيجي") between the two countries; up to `reach` words, each inside a country
 *   entity, may stand between the phrase's first word and the rest of it;
 * - with the subject of the verb that opens them, Arabic's verb-subject order: "حل الرئيس الفلسطيني
 *   محمود عباس ضيفا على الجزائر" is "حل ضيفا" (arrived as a guest) with its visitor inside; the
 *   words between are all a named person's or office's. Such a hit stands beside a noun trigger it
 *   holds ("يقوم … بزيارة دولة"), as the verb says who the subject is.
 * Hits the plain search found are not repeated.
 */
export function findSplitTriggers(
  words: readonly Word[],
  entities: readonly EntityRef[],
  lexicon: ExtractionLexicon,
  found: readonly PhraseHit[],
): PhraseHit[] {
  const country = covered(entities, ['country']);
  const named = covered(entities, ['person', 'role']);
  const hits: PhraseHit[] = [];
  for (const word of words) {
    for (const reading of word.readings) {
      for (const phrase of lexicon.byFirstWord.get(reading.stem) ?? []) {
        if (phrase.meaning.kind !== 'trigger' || phrase.words.length < 2) continue;
        const byNationality = gapAfter(word.index, country, lexicon.reaches.nationalityGap);
        const bySubject =
          phrase.meaning.subject === 'none' ? 0 : gapAfter(word.index, named, SUBJECT_GAP);
        const gap = [byNationality, bySubject].find(
          (g) => g > 0 && restFollows(words, word.index + g, phrase.words),
        );
        if (gap === undefined) continue;
        const last = word.index + gap + phrase.words.length - 1;
        const subjectGap = gap === bySubject && gap !== byNationality;
        const known = [...found, ...hits].some(
          (h) =>
            h.meaning.kind === 'trigger' &&
            h.first <= last &&
            word.index <= h.last &&
            // A noun inside the phrase's rest leaves the verb its subject.
            !(subjectGap && h.meaning.subject === 'none' && h.first > word.index + gap),
        );
        if (known) continue;
        hits.push({
          phrase,
          meaning: phrase.meaning,
          first: word.index,
          last,
          prefix: reading.prefix,
        });
      }
    }
  }
  return hits;
}

/** Whether the phrase's words after its first follow word `at` (its first word's place, shifted). */
function restFollows(words: readonly Word[], at: number, phraseWords: readonly string[]): boolean {
  for (let offset = 1; offset < phraseWords.length; offset += 1) {
    const word = words[at + offset];
    const expected = phraseWords[offset];
    if (word === undefined) return false;
    if (word.fold !== expected && !word.readings.some((r) => r.stem === expected)) return false;
  }
  return true;
}
