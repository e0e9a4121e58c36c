/** A sentence as a half-open range `[start, end)` of UTF-16 offsets into the text it came from. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

// Full stop, question and exclamation marks (Latin and Arabic), ellipsis, Urdu full stop. The Arabic
// comma and semicolon join clauses of one sentence and are deliberately not boundaries.
const TERMINATOR_PATTERN = /[.!?\u061F\u2026\u06D4]+/gu;
const CLOSING_PATTERN = /^["'”’»›)\]}]*/u;
const SPACE_PATTERN = /\s/u;
const WORD_BEFORE_PATTERN = /([\p{L}.]+)$/u;
const LOWERCASE_START_PATTERN = /^\s*\p{Ll}/u;

// Abbreviations after which a full stop rarely ends an English sentence.
// prettier-ignore
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'sen',
  'rep', 'gov', 'pres', 'amb', 'st', 'mt', 'ft', 'jr', 'sr', 'vs', 'no', 'nos', 'vol', 'pp', 'fig',
  'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
]);

function isAbbreviation(text: string, terminatorIndex: number): boolean {
  if (text[terminatorIndex] !== '.') return false;
  const before = WORD_BEFORE_PATTERN.exec(
    text.slice(Math.max(0, terminatorIndex - 12), terminatorIndex),
  );
  if (before === null) return false;
  const word = (before[1] ?? '').toLowerCase();
  // A single letter before a full stop is an initial (J. Smith, د. محمد), not the end of a sentence.
  if ([...word.replace(/\./gu, '')].length === 1) return true;
  return ABBREVIATIONS.has(word);
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && SPACE_PATTERN.test(text.charAt(from))) from += 1;
  while (to > from && SPACE_PATTERN.test(text.charAt(to - 1))) to -= 1;
  if (to > from) spans.push({ start: from, end: to });
}

function segmentLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  spans: SentenceSpan[],
): void {
  const line = text.slice(lineStart, lineEnd);
  let sentenceStart = 0;
  for (const match of line.matchAll(TERMINATOR_PATTERN)) {
    const terminatorEnd = match.index + match[0].length;
    const closing = CLOSING_PATTERN.exec(line.slice(terminatorEnd))?.[0] ?? '';
    const boundary = terminatorEnd + closing.length;
    if (boundary >= line.length || !SPACE_PATTERN.test(line.charAt(boundary))) continue;
    if (isAbbreviation(line, match.index)) continue;
    if (match[0] === '.' && LOWERCASE_START_PATTERN.test(line.slice(boundary))) continue;
    pushTrimmed(spans, text, lineStart + sentenceStart, lineStart + boundary);
    sentenceStart = boundary;
  }
  pushTrimmed(spans, text, lineStart + sentenceStart, lineEnd);
}

/**
 * Splits a display text into sentences, as offsets into that text so an extractor's evidence can
 * point back at what users see. A line break always ends a sentence; inside a line a sentence ends
 * at . ! ? ؟ … followed by a space, except after common English abbreviations, single-letter
 * initials, or before a lower-case word.
 */
export function segmentSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    segmentLine(text, lineStart, lineEnd, spans);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return spans;
}
