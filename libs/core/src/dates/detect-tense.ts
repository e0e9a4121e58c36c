import { type Tense } from './date-expression';
import { type DateLexicon } from './date-lexicon.schema';
import { foldWithOffsets, foldWord } from './fold-with-offsets';
import { loadDefaultDateLexicons } from './load-date-lexicons';

// Tense cues from the date lexicons (`lexicon/*.json`, `tense`). "Strong" cues name the event's
// own time (سيزور, met, will); "weak" ones are reporting verbs, present tense and guesses (قال,
// said, يزور, visits, -ed).

const CLAUSE_PUNCTUATION = new Set([',', '،', ';', '؛', ':', '«', '»', '"', '(', ')']);
const SENTENCE_PUNCTUATION = new Set(['.', '!', '?', '؟', '\n', '…']);

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldWord));

// Every language's cues in one table: a text's words are read against all of them, as quoted
// foreign phrases and mixed wire copy need.
const cues = (key: keyof DateLexicon['tense']): ReadonlySet<string> =>
  folded(loadDefaultDateLexicons().flatMap((lexicon) => lexicon.tense[key]));
const futureStrong = cues('futureStrong');
const futureWeak = cues('futureWeak');
const pastStrong = cues('pastStrong');
const pastWeak = cues('pastWeak');
const arabicImperfect = cues('imperfect');
const notFuture = cues('notFuture');
const notPast = cues('notPast');
const clauseWords = cues('clauseWords');

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface Cue {
  readonly tense: Exclude<Tense, 'unknown'>;
  readonly strong: boolean;
}

const TOKEN_PATTERN = /[\p{L}\p{M}]+|\p{N}+|\n|[^\s\p{L}\p{M}\p{N}]/gu;
const GENERIC_FUTURE = /^س[يتن][\p{L}]{3,6}$/u;
const GENERIC_PAST_EN = /^[a-z]{3,}ed$/u;

function tokenise(text: string): Token[] {
  return [...text.matchAll(TOKEN_PATTERN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function stripArabicSuffix(word: string): string[] {
  const stems = [word];
  for (const suffix of ['ون', 'ان', 'ين', 'وا']) {
    if (word.endsWith(suffix) && word.length > suffix.length + 2)
      stems.push(word.slice(0, -suffix.length));
  }
  return stems;
}

function arabicCue(word: string): Cue | undefined {
  if (futureStrong.has(word)) return { tense: 'future', strong: true };
  if (pastStrong.has(word)) return { tense: 'past', strong: true };
  if (pastWeak.has(word)) return { tense: 'past', strong: false };
  for (const stem of stripArabicSuffix(word)) {
    if (stem.startsWith('س') && arabicImperfect.has(stem.slice(1)))
      return { tense: 'future', strong: true };
    if (arabicImperfect.has(stem)) return { tense: 'future', strong: false };
  }
  if (GENERIC_FUTURE.test(word) && !notFuture.has(word)) return { tense: 'future', strong: false };
  return undefined;
}

function cueAt(tokens: readonly Token[], index: number): Cue | undefined {
  const word = tokens[index]?.text ?? '';
  const previous = tokens[index - 1]?.text ?? '';
  const next = tokens[index + 1]?.text ?? '';
  if (/^\p{Script=Arabic}+$/u.test(word)) {
    const direct = arabicCue(word);
    if (direct) return direct;
    // Conjunction clitics: وسيزور، فالتقى.
    return /^[وف]/u.test(word) && word.length > 3 ? arabicCue(word.slice(1)) : undefined;
  }
  if (word === 'll' && (previous === "'" || previous === '’'))
    return { tense: 'future', strong: true };
  if ((word === 'is' || word === 'are' || word === 'set' || word === 'going') && next === 'to') {
    return { tense: 'future', strong: true };
  }
  if (word === 'due' && (previous === 'is' || previous === 'are'))
    return { tense: 'future', strong: true };
  if (futureStrong.has(word)) return { tense: 'future', strong: true };
  if (pastStrong.has(word)) return { tense: 'past', strong: true };
  if (futureWeak.has(word)) return { tense: 'future', strong: false };
  if (pastWeak.has(word)) return { tense: 'past', strong: false };
  if (GENERIC_PAST_EN.test(word) && !notPast.has(word)) return { tense: 'past', strong: false };
  return undefined;
}

function isSentenceBreak(tokens: readonly Token[], index: number, text: string): boolean {
  const token = tokens[index];
  if (!token || !SENTENCE_PUNCTUATION.has(token.text)) return false;
  // "3.5" and "U.S." are not sentence ends; a full stop followed by a space or the end is.
  return token.text !== '.' || token.end >= text.length || /\s/u.test(text[token.end] ?? '');
}

/** Complementisers and pronouns open a new clause; punctuation may only set off a phrase. */
function isClauseBreak(token: Token | undefined, punctuationToo: boolean): boolean {
  if (token === undefined) return false;
  return clauseWords.has(token.text) || (punctuationToo && CLAUSE_PUNCTUATION.has(token.text));
}

function nearest(
  tokens: readonly Token[],
  from: number,
  to: number,
  first: number,
  last: number,
  strong: boolean,
): TenseReading | undefined {
  let best: { distance: number; tense: Tense } | undefined;
  for (let i = from; i < to; i += 1) {
    if (i >= first && i <= last) continue;
    const cue = cueAt(tokens, i);
    if (!cue || cue.strong !== strong) continue;
    const distance = i < first ? first - i : i - last;
    // On equal distance the cue before the date wins: verbs precede their time adverbs.
    if (!best || distance < best.distance) best = { distance, tense: cue.tense };
  }
  return best && { tense: best.tense, strong };
}

/** The first index whose token passes `test`, -1 when none; tokens are in text order. */
function firstFrom(tokens: readonly Token[], test: (token: Token) => boolean): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(tokens[middle] as Token)) high = middle;
    else low = middle + 1;
  }
  return low < tokens.length ? low : -1;
}

/**
 * The tokens overlapping `[start, end)` as an index range, found by bisection so that reading
 * every date of a long text stays linear in its length.
 */
function tokensWithin(
  tokens: readonly Token[],
  start: number,
  end: number,
): { first: number; last: number } | undefined {
  const first = firstFrom(tokens, (token) => token.end > start);
  if (first < 0 || (tokens[first]?.start ?? end) >= end) return undefined;
  let last = first;
  while ((tokens[last + 1]?.start ?? end) < end) last += 1;
  return { first, last };
}

/** A detected tense and whether a strong cue (not a reporting verb or a present) decided it. */
export interface TenseReading {
  readonly tense: Tense;
  readonly strong: boolean;
}

const UNKNOWN: TenseReading = { tense: 'unknown', strong: false };

/**
 * Reads the tense of the clause, then the sentence, around spans of an already folded text: the
 * nearest strong cue (سيزور، من المقرر، التقى، will, met, ago) decides, else the nearest weak one
 * (قال، يزور، said, visits). Clauses split at commas and at complementisers (إن/أن, that), so
 * "قال … الخميس إن الرئيس سيزور" reads the Thursday as past and the visit as future.
 */
export function createTenseReader(text: string): (start: number, end: number) => TenseReading {
  const tokens = tokenise(text);
  return (start, end) => {
    const inside = tokensWithin(tokens, start, end);
    const first = inside?.first ?? firstFrom(tokens, (token) => token.start >= start);
    if (first < 0) return UNKNOWN;
    const last = inside?.last ?? first - 1;

    let sentenceStart = first;
    while (sentenceStart > 0 && !isSentenceBreak(tokens, sentenceStart - 1, text))
      sentenceStart -= 1;
    let sentenceEnd = last + 1;
    while (sentenceEnd < tokens.length && !isSentenceBreak(tokens, sentenceEnd, text))
      sentenceEnd += 1;

    const scope = (punctuationToo: boolean): [number, number] => {
      let from = first;
      while (from > sentenceStart && !isClauseBreak(tokens[from - 1], punctuationToo)) from -= 1;
      let to = last + 1;
      while (to < sentenceEnd && !isClauseBreak(tokens[to], punctuationToo)) to += 1;
      return [from, to];
    };
    // Narrowest first: the phrase between commas, the clause, then the whole sentence.
    const scopes = [scope(true), scope(false), [sentenceStart, sentenceEnd] as const];
    for (const [from, to] of scopes) {
      const reading =
        nearest(tokens, from, to, first, last, true) ??
        nearest(tokens, from, to, first, last, false);
      if (reading) return reading;
    }
    return UNKNOWN;
  };
}

/**
 * The tense of the sentence around `text.slice(start, end)` (offsets into the original text), from
 * Arabic and English cues; the span's own words are not counted.
 */
export function detectTense(text: string, start: number, end: number): Tense {
  const folded = foldWithOffsets(text);
  const foldedStart = folded.sourceStarts.findIndex((offset) => offset >= start);
  if (foldedStart < 0) return 'unknown';
  let foldedEnd = foldedStart;
  while (foldedEnd < folded.text.length && (folded.sourceStarts[foldedEnd] ?? end) < end)
    foldedEnd += 1;
  return createTenseReader(folded.text)(foldedStart, foldedEnd).tense;
}
