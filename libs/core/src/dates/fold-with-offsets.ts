// The matching form used by date patterns, with a map from every folded character back to the
// original text so a match on the folded form reports offsets the user can highlight.

/** A folded text and, per folded UTF-16 unit, the span of the original code point it came from. */
export interface FoldedText {
  readonly source: string;
  readonly text: string;
  readonly sourceStarts: readonly number[];
  readonly sourceEnds: readonly number[];
}

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0671': '\u0627', // ٱ
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0649': '\u064A', // ى
  '\u06CC': '\u064A', // ی Persian yeh
  '\u06A9': '\u0643', // ک Persian kaf
  '\u0629': '\u0647', // ة
  '\u06C0': '\u0647',
  '\u066B': '.', // Arabic decimal separator
  '\u066C': ',', // Arabic thousands separator
  '\u066A': '%',
};

// Harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel, bidi and zero-width
// controls, soft hyphen: none of them changes which word is written.
const DROPPED =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF\u0640\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD\u180E]/u;

function foldCharacter(character: string): string {
  if (DROPPED.test(character)) return '';
  const code = character.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 0x30);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 0x30);
  return LETTER_FOLDS[character] ?? character.toLowerCase();
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
    for (const character of codePoint.normalize('NFKC')) {
      const out = foldCharacter(character);
      for (let i = 0; i < out.length; i += 1) {
        sourceStarts.push(offset);
        sourceEnds.push(end);
      }
      folded += out;
    }
    offset = end;
  }
  return { source: text, text: folded, sourceStarts, sourceEnds };
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
