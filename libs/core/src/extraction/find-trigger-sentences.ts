import type { ExtractionLexicon, LexiconPhrase } from './compile-lexicon';
import { SUBJECT_GAP } from './find-split-triggers';
import { WORD_PATTERN, wordFormOf, type WordForm } from './tokenise-words';

interface TriggerIndex {
  /** Trigger phrases by their first folded word. */
  readonly byHead: ReadonlyMap<string, readonly LexiconPhrase[]>;
  /** The trigger phrases a word as written may open (any of its readings is a phrase's head). */
  readonly opened: Map<string, readonly LexiconPhrase[]>;
}

// Texts repeat their words: what a word opens is memoised per lexicon (bounded, dropped whole
// when full).
const OPENED_LIMIT = 100_000;
const NONE: readonly LexiconPhrase[] = [];
const indexByLexicon = new WeakMap<ExtractionLexicon, TriggerIndex>();

function triggerIndexOf(lexicon: ExtractionLexicon): TriggerIndex {
  let index = indexByLexicon.get(lexicon);
  if (index === undefined) {
    const byHead = new Map<string, LexiconPhrase[]>();
    for (const [first, phrases] of lexicon.byFirstWord) {
      const triggers = phrases.filter((p) => p.meaning.kind === 'trigger');
      if (triggers.length > 0) byHead.set(first, triggers);
    }
    index = { byHead, opened: new Map() };
    indexByLexicon.set(lexicon, index);
  }
  if (index.opened.size >= OPENED_LIMIT) index.opened.clear();
  return index;
}

/** The trigger phrases whose first word is one of the word's readings, in reading order. */
function openedBy(raw: string, lexicon: ExtractionLexicon, index: TriggerIndex) {
  const known = index.opened.get(raw);
  if (known !== undefined) return known;
  const phrases: LexiconPhrase[] = [];
  for (const reading of wordFormOf(raw, lexicon.prefixes).readings)
    phrases.push(...(index.byHead.get(reading.stem) ?? NONE));
  const opened = phrases.length === 0 ? NONE : phrases;
  index.opened.set(raw, opened);
  return opened;
}

/**
 * Whether the words `gap` words after `at` are the rest of `phrase`, compared as `findPhrases`
 * compares.
 */
function restMatches(
  words: readonly string[],
  at: number,
  gap: number,
  phrase: LexiconPhrase,
  prefixes: readonly string[],
): boolean {
  for (let offset = 1; offset < phrase.words.length; offset += 1) {
    const raw = words[at + gap + offset];
    if (raw === undefined) return false;
    const expected = phrase.words[offset];
    const form: WordForm = wordFormOf(raw, prefixes);
    if (form.fold !== expected && !form.readings.some((r) => r.stem === expected)) return false;
  }
  return true;
}

/** Whether a sentence's words hold a trigger phrase. */
function holdsTrigger(
  words: readonly string[],
  lexicon: ExtractionLexicon,
  index: TriggerIndex,
): boolean {
  for (let at = 0; at < words.length; at += 1) {
    for (const phrase of openedBy(words[at] ?? '', lexicon, index)) {
      // A verb's subject may stand inside its phrase ("حل الرئيس … ضيفا", see findSplitTriggers):
      // the rest is looked for that far on, whatever the words between.
      const gaps =
        phrase.words.length > 1 &&
        phrase.meaning.kind === 'trigger' &&
        phrase.meaning.subject !== 'none'
          ? SUBJECT_GAP
          : 0;
      for (let gap = 0; gap <= gaps; gap += 1)
        if (restMatches(words, at, gap, phrase, lexicon.prefixes)) return true;
    }
  }
  return false;
}

/**
 * The sentences (indices into `sentences`) that hold one of the lexicon's trigger phrases, read
 * as `findPhrases` reads them (words folded, with and without each proclitic combination). A sentence outside the list holds no trigger, so it opens no event: an article
 * with none reports no encounter and needs no further reading. Built from the lexicon itself, so
 * a trigger added to a lexicon file is found here with no other change.
 */
export function findTriggerSentences(
  text: string,
  sentences: readonly { readonly start: number; readonly end: number }[],
  lexicon: ExtractionLexicon,
): number[] {
  const index = triggerIndexOf(lexicon);
  const found: number[] = [];
  sentences.forEach((span, sentence) => {
    const words = text.slice(span.start, span.end).match(WORD_PATTERN) ?? [];
    if (holdsTrigger(words, lexicon, index)) found.push(sentence);
  });
  return found;
}
