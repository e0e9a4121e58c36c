import type { ExtractionLexicon, LexiconPhrase, PhraseMeaning } from './compile-lexicon';
import type { Word } from './tokenise-words';

/** A lexicon phrase found in a sentence: words `[first, last]`, with the proclitics on the first. */
export interface PhraseHit {
  readonly phrase: LexiconPhrase;
  readonly meaning: PhraseMeaning;
  readonly first: number;
  readonly last: number;
  readonly prefix: string;
}

function matchesRest(words: readonly Word[], at: number, phrase: LexiconPhrase): boolean {
  for (let offset = 1; offset < phrase.words.length; offset += 1) {
    const word = words[at + offset];
    if (word === undefined) return false;
    const expected = phrase.words[offset];
    // Later words of a phrase may carry only a conjunction-free reading (في المقرر, أجرى اتصالا).
    if (word.fold !== expected && !word.readings.some((r) => r.stem === expected)) return false;
  }
  return true;
}

const categoryOf = (meaning: PhraseMeaning): string =>
  meaning.kind === 'cue' ? `cue:${meaning.cue}` : meaning.kind;

/**
 * Finds every lexicon phrase in a sentence's words. Within one category (triggers, one cue kind,
 * durations …) overlapping hits keep the longest, then the earliest listed, so "جولة محادثات" is a
 * meeting and not a tour, and "من المقرر" is one cue.
 */
export function findPhrases(words: readonly Word[], lexicon: ExtractionLexicon): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const word of words) {
    for (const reading of word.readings) {
      for (const phrase of lexicon.byFirstWord.get(reading.stem) ?? []) {
        if (!matchesRest(words, word.index, phrase)) continue;
        // Lengths and distances are never written with the article (اليوم is not يوم).
        const counted = phrase.meaning.kind === 'offset' || phrase.meaning.kind === 'duration';
        if (counted && /ال$|لل$/u.test(reading.prefix)) continue;
        hits.push({
          phrase,
          meaning: phrase.meaning,
          first: word.index,
          last: word.index + phrase.words.length - 1,
          prefix: reading.prefix,
        });
      }
    }
  }
  const ranked = [...hits].sort(
    (a, b) =>
      b.last - b.first - (a.last - a.first) ||
      a.prefix.length - b.prefix.length ||
      a.phrase.order - b.phrase.order ||
      a.first - b.first,
  );
  const kept: PhraseHit[] = [];
  for (const hit of ranked) {
    const category = categoryOf(hit.meaning);
    const clash = kept.some(
      (other) =>
        categoryOf(other.meaning) === category &&
        hit.first <= other.last &&
        other.first <= hit.last,
    );
    if (!clash) kept.push(hit);
  }
  return kept.sort((a, b) => a.first - b.first || a.phrase.order - b.phrase.order);
}
