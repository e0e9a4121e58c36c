import type { ExtractionLexicon } from './compile-lexicon';
import type { PhraseHit } from './find-phrases';
import type { EntityRef } from './entity-ref';
import type { Word } from './tokenise-words';

/**
 * Trigger phrases of two or more words that a sentence splits with nationality adjectives: "الحوار
 * المصري الأمريكي الاستراتيجي" is the strategic dialogue ("الحوار الاستراتيجي") between the two
 * countries. Up to `reach` words, each inside a country entity, may stand between the phrase's first
 * word and the rest of it. Hits the plain search found are not repeated.
 */
export function findSplitTriggers(
  words: readonly Word[],
  entities: readonly EntityRef[],
  lexicon: ExtractionLexicon,
  found: readonly PhraseHit[],
): PhraseHit[] {
  const reach = lexicon.reaches.nationalityGap;
  const country = new Set<number>();
  for (const e of entities)
    if (e.match.kind === 'country') for (let i = e.first; i <= e.last; i += 1) country.add(i);
  const hits: PhraseHit[] = [];
  for (const word of words) {
    for (const reading of word.readings) {
      for (const phrase of lexicon.byFirstWord.get(reading.stem) ?? []) {
        if (phrase.meaning.kind !== 'trigger' || phrase.words.length < 2) continue;
        let gap = 0;
        while (gap < reach && country.has(word.index + 1 + gap)) gap += 1;
        if (gap === 0 || !restFollows(words, word.index + gap, phrase.words)) continue;
        const last = word.index + gap + phrase.words.length - 1;
        const known = [...found, ...hits].some(
          (h) => h.meaning.kind === 'trigger' && h.first <= last && word.index <= h.last,
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
