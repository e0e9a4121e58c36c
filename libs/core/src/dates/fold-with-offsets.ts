// The matching form used by date patterns, with a map from every folded character back to the
// original text so a match on the folded form reports offsets the user can highlight.
import { foldMatchingCharacter } from '../normalise';

/** A folded text and, per folded UTF-16 unit, the span of the original code point it came from. */
export interface FoldedText {
  readonly source: string;
  readonly text: string;
  readonly sourceStarts: readonly number[];
  readonly sourceEnds: readonly number[];
}

/**
 * Folds text for date matching (NFKC per code point, Arabic marks and tatweel dropped, alef/yeh/teh
 * marbuta variants unified, Arabic-Indic and Persian digits to ASCII, lower case) and keeps, for
 * each folded unit, the original span it came from.
 */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const sourceStarts: number[] = [];
  const sourceEnds: number[] = [];
  let offset = 0;
  for (const codePoint of text) {
    const end = offset + codePoint.length;
    const out = foldCodePoint(codePoint);
    for (let i = 0; i < out.length; i += 1) {
      sourceStarts.push(offset);
      sourceEnds.push(end);
    }
    folded += out;
    offset = end;
  }
  return { source: text, text: folded, sourceStarts, sourceEnds };
}

// A code point always folds the same way, and texts use a few hundred of them: each is folded once
// (NFKC and the matching form of each character it gives). Bounded, dropped whole when full.
const CODE_POINT_MEMO_LIMIT = 10_000;
const codePointFolds = new Map<string, string>();

function foldCodePoint(codePoint: string): string {
  const memoised = codePointFolds.get(codePoint);
  if (memoised !== undefined) return memoised;
  let out = '';
  for (const character of codePoint.normalize('NFKC')) out += foldMatchingCharacter(character);
  if (codePointFolds.size >= CODE_POINT_MEMO_LIMIT) codePointFolds.clear();
  codePointFolds.set(codePoint, out);
  return out;
}

/** The folded form alone, for building lexicons that are compared against folded text. */
export function foldWord(word: string): string {
  return foldWithOffsets(word).text;
}

const TRAILING_MARK = /[\p{M}\u0640]/u;

/**
 * Maps a half-open span of the folded text back to a half-open span of the original, taking in
 * the marks that folding dropped after the last letter (the tanween of غداً).
 */
export function toSourceSpan(
  folded: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const sourceStart = folded.sourceStarts[start] ?? folded.sourceEnds.at(-1) ?? 0;
  let sourceEnd = end > start ? (folded.sourceEnds[end - 1] ?? sourceStart) : sourceStart;
  while (sourceEnd < folded.source.length && TRAILING_MARK.test(folded.source[sourceEnd] ?? '')) {
    sourceEnd += 1;
  }
  return { start: sourceStart, end: sourceEnd };
}
