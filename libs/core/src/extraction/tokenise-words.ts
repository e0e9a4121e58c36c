import { foldGazetteerName } from '../gazetteer';

/** One way to read a word once proclitics are set aside: `stem` is what lexicon forms compare with. */
export interface WordReading {
  readonly stem: string;
  /** The folded proclitics removed (و, بال, لل …); empty for the word as written. */
  readonly prefix: string;
}

/** A word of a sentence with its folded form, readings and clause, offsets into the article text. */
export interface Word {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly fold: string;
  readonly readings: readonly WordReading[];
  /** Clauses are separated by punctuation (، , ; : ( ) — –) and clause-opening conjunctions. */
  readonly clause: number;
}

export const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+/gu;
const CLAUSE_PUNCTUATION = /[،,;؛:()[\]—–]/u;
/** Words that open a clause about something else (فيما, إذ, while): never a frame's stray detail. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  ['فيما', 'بينما', 'إذ', 'اذ', 'while', 'whereas', 'but', 'لكن', 'ولكن', 'mais', 'tandis'].map(
    (w) => foldGazetteerName(w),
  ),
);

/** Whether a folded word is a clause opener (فيما, while), bare or after و / ف. */
export function isClauseOpener(fold: string): boolean {
  return CLAUSE_OPENERS.has(fold) || CLAUSE_OPENERS.has(fold.replace(/^[وف]/u, ''));
}
// "غير أنها اكتشفت", "إلا أن الوزير": a contrast (however, but) opens a clause about something else
// at its complementiser; غير and إلا alone are no opener (زيارة غير معلنة, except).
const CONTRAST_HEADS: ReadonlySet<string> = new Set(['غير', 'إلا', 'الا'].map(foldGazetteerName));
const CONTRAST_COMPLEMENTS: ReadonlySet<string> = new Set(
  ['أن', 'أنه', 'أنها', 'أنهم', 'أنهما', 'أننا', 'أني', 'أنّ'].map(foldGazetteerName),
);

/** Whether a word is the أن of a contrast (غير أن, إلا أن) after the word before it. */
function opensContrast(previousFold: string | undefined, fold: string): boolean {
  return (
    previousFold !== undefined &&
    CONTRAST_COMPLEMENTS.has(fold) &&
    (CONTRAST_HEADS.has(previousFold) || CONTRAST_HEADS.has(previousFold.replace(/^[وف]/u, '')))
  );
}

/** Whether a word opens a clause: a clause opener (فيما, while), or the أن of a contrast (غير أن). */
export function opensClauseAfter(previousFold: string | undefined, fold: string): boolean {
  return isClauseOpener(fold) || opensContrast(previousFold, fold);
}
// A stem shorter than this is never read off a longer word (بوتين is not ب + وتين).
const SHORTEST_STEM = 2;

/** Every proclitic combination the layers allow, longest first; `ل` + `ال` is written `لل`. */
export function expandProclitics(layers: readonly (readonly string[])[]): string[] {
  let prefixes = [''];
  for (const layer of layers) {
    const next: string[] = [...prefixes];
    for (const prefix of prefixes) {
      for (const clitic of layer) {
        const folded = foldGazetteerName(clitic);
        const joined =
          prefix.endsWith('ل') && folded === 'ال' ? `${prefix}ل` : `${prefix}${folded}`;
        // The future sin only takes verbs, never the article.
        if (folded === 'ال' && prefix.endsWith('س')) continue;
        next.push(joined);
      }
    }
    prefixes = next;
  }
  return [...new Set(prefixes)].filter((p) => p !== '').sort((a, b) => b.length - a.length);
}

export function readingsOf(fold: string, prefixes: readonly string[]): WordReading[] {
  const readings: WordReading[] = [{ stem: fold, prefix: '' }];
  for (const prefix of prefixes) {
    if (fold.length - prefix.length < SHORTEST_STEM || !fold.startsWith(prefix)) continue;
    readings.push({ stem: fold.slice(prefix.length), prefix });
    // لل is ل + the article: للمجلس is also ل + المجلس.
    if (prefix.endsWith('لل'))
      readings.push({ stem: `ال${fold.slice(prefix.length)}`, prefix: prefix.slice(0, -1) });
  }
  return readings;
}

/** What a word's text alone decides: its fold, its readings and whether it opens a clause. */
export interface WordForm {
  readonly fold: string;
  readonly readings: readonly WordReading[];
  readonly opensClause: boolean;
}

// Texts repeat their words: a word's form is worked out once per proclitic list (the lexicon's),
// bounded and dropped whole when full.
const FORMS_LIMIT = 100_000;
const formsByPrefixes = new WeakMap<readonly string[], Map<string, WordForm>>();

/** The fold, readings and clause opening of a word as written (memoised per proclitic list). */
export function wordFormOf(raw: string, prefixes: readonly string[]): WordForm {
  let forms = formsByPrefixes.get(prefixes);
  if (forms === undefined) {
    forms = new Map();
    formsByPrefixes.set(prefixes, forms);
  }
  const known = forms.get(raw);
  if (known !== undefined) return known;
  if (forms.size >= FORMS_LIMIT) forms.clear();
  const fold = foldGazetteerName(raw);
  const form: WordForm = {
    fold,
    readings: readingsOf(fold, prefixes),
    opensClause: isClauseOpener(fold),
  };
  forms.set(raw, form);
  return form;
}

/**
 * Splits `text` (a sentence at `offset` in the article) into words: runs of letters, digits and
 * marks, never `\w`. Each word keeps its folded form and, for languages with proclitics, every
 * reading with a proclitic combination removed (والقمة → القمة, قمة).
 */
export function tokeniseWords(text: string, offset: number, prefixes: readonly string[]): Word[] {
  const words: Word[] = [];
  let clause = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    const { fold, readings, opensClause } = wordFormOf(raw, prefixes);
    if (words.length > 0 && CLAUSE_PUNCTUATION.test(text.slice(previousEnd, start))) clause += 1;
    else if (words.length > 0 && (opensClause || opensContrast(words.at(-1)?.fold, fold)))
      clause += 1;
    words.push({
      index: words.length,
      start: offset + start,
      end: offset + start + raw.length,
      raw,
      fold,
      readings,
      clause,
    });
    previousEnd = start + raw.length;
  }
  return words;
}

/** The folded words of a lexicon phrase, split as texts are. */
export function phraseWords(phrase: string): string[] {
  return [...phrase.matchAll(WORD_PATTERN)].map((m) => foldGazetteerName(m[0]));
}
