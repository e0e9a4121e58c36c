import { foldGazetteerName } from '../gazetteer';
import type { ExtractionLexicon, LexiconPhrase } from './compile-lexicon';
import { readingsOf, WORD_PATTERN } from './tokenise-words';
import { SUBJECT_GAP } from './find-split-triggers';

interface TriggerIndex {
  /** Trigger phrases by their first folded word. */
  readonly byHead: ReadonlyMap<string, readonly LexiconPhrase[]>;
  /** A folded word's stems with and without each proclitic combination. */
  readonly stems: Map<string, readonly string[]>;
}

// Texts repeat their words; stems are memoised per lexicon (bounded, dropped whole when full).
const STEMS_LIMIT = 100_000;
const indexByLexicon = new WeakMap<ExtractionLexicon, TriggerIndex>();

function triggerIndexOf(lexicon: ExtractionLexicon): TriggerIndex {
  let index = indexByLexicon.get(lexicon);
  if (index === undefined) {
    const byHead = new Map<string, LexiconPhrase[]>();
    for (const [first, phrases] of lexicon.byFirstWord) {
      const triggers = phrases.filter((p) => p.meaning.kind === 'trigger');
      if (triggers.length > 0) byHead.set(first, triggers);
    }
    index = { byHead, stems: new Map() };
    indexByLexicon.set(lexicon, index);
  }
  if (index.stems.size >= STEMS_LIMIT) index.stems.clear();
  return index;
}

function stemsOf(fold: string, lexicon: ExtractionLexicon, index: TriggerIndex): readonly string[] {
  let stems = index.stems.get(fold);
  if (stems === undefined) {
    stems = readingsOf(fold, lexicon.prefixes).map((r) => r.stem);
    index.stems.set(fold, stems);
  }
  return stems;
}

/** Whether a trigger phrase starts at word `at`, compared as `findPhrases` compares. */
function triggerAt(
  folds: readonly string[],
  at: number,
  lexicon: ExtractionLexicon,
  index: TriggerIndex,
): boolean {
  for (const stem of stemsOf(folds[at] ?? '', lexicon, index)) {
    for (const phrase of index.byHead.get(stem) ?? []) {
      const rest = phrase.words.slice(1);
      // A verb's subject may stand inside its phrase ("حل الرئيس … ضيفا", see findSplitTriggers):
      // the rest is looked for that far on, whatever the words between.
      const gaps =
        rest.length > 0 && phrase.meaning.kind === 'trigger' && phrase.meaning.subject !== 'none'
          ? SUBJECT_GAP
          : 0;
      for (let gap = 0; gap <= gaps; gap += 1) {
        const matches = rest.every((expected, offset) => {
          const fold = folds[at + gap + offset + 1];
          return (
            fold !== undefined &&
            (fold === expected || stemsOf(fold, lexicon, index).includes(expected))
          );
        });
        if (matches) return true;
      }
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
    const folds = Array.from(text.slice(span.start, span.end).matchAll(WORD_PATTERN), (m) =>
      foldGazetteerName(m[0]),
    );
    if (folds.some((_, at) => triggerAt(folds, at, lexicon, index))) found.push(sentence);
  });
  return found;
}
