import { foldName, scriptOf, type NameScript } from './fold-name';

/** A word of a text or of a gazetteer name, with its UTF-16 range in the text it came from. */
export interface NameToken {
  /** The token as written. */
  readonly raw: string;
  /** `foldName(raw)`. */
  readonly fold: string;
  readonly script: NameScript;
  /** Half-open range `[start, end)` in the source text. */
  readonly start: number;
  readonly end: number;
  /** A Latin token followed by an English possessive (Iran's, Iran’s). */
  readonly possessive: boolean;
}

// Letters, digits, marks and the joiners Persian writes inside words; `\w` is ASCII-only in JS.
const WORD_PATTERN = /[\p{L}\p{N}\p{M}\u200C\u200D]+/gu;
const POSSESSIVE_PATTERN = /^['’ʼ]s(?![\p{L}\p{N}])/u;
// عبد الله / عبدالله, أبو الغيط / أبوالغيط: written both ways, so the two words are read as one.
const JOINING_HEAD_PATTERN = /^(?:[وف]?[بلك]?)(?:عبد|ابو)$/u;
const SPACE_ONLY_PATTERN = /^[^\S\n]+$/u;

function merge(first: NameToken, second: NameToken, text: string): NameToken {
  const raw = text.slice(first.start, second.end);
  return {
    raw,
    fold: first.fold + second.fold,
    script: first.script,
    start: first.start,
    end: second.end,
    possessive: false,
  };
}

/**
 * Splits a text into name tokens: runs of letters, digits and marks. An English possessive ('s)
 * marks the word before it instead of becoming a token; Arabic compound heads (عبد، أبو) are joined
 * to a following word that starts with the article, so spaced and unspaced spellings tokenise alike.
 */
export function splitNameTokens(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  let skipUntil = -1;
  for (const match of text.matchAll(WORD_PATTERN)) {
    const start = match.index;
    if (start < skipUntil) continue;
    const raw = match[0];
    const end = start + raw.length;
    const script = scriptOf(raw);
    const possessiveMatch =
      script === 'latin' ? POSSESSIVE_PATTERN.exec(text.slice(end, end + 3)) : null;
    if (possessiveMatch !== null) skipUntil = end + possessiveMatch[0].length;
    const token: NameToken = {
      raw,
      fold: foldName(raw),
      script,
      start,
      end,
      possessive: possessiveMatch !== null,
    };
    const previous = tokens[tokens.length - 1];
    if (
      previous !== undefined &&
      script === 'arabic' &&
      previous.script === 'arabic' &&
      JOINING_HEAD_PATTERN.test(previous.fold) &&
      token.fold.startsWith('ال') &&
      SPACE_ONLY_PATTERN.test(text.slice(previous.end, start))
    ) {
      tokens[tokens.length - 1] = merge(previous, token, text);
      continue;
    }
    tokens.push(token);
  }
  return tokens;
}
