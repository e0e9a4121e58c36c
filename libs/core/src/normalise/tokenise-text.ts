// Letters, digits and combining marks; `\w` would split every Arabic word into nothing.
const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+/gu;

// Scripts written without spaces between words: only the ICU segmenter finds their words.
const UNSPACED_SCRIPT_PATTERN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let wordSegmenter: Intl.Segmenter | undefined;

function segmentWords(text: string): string[] {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const words: string[] = [];
  for (const segment of wordSegmenter.segment(text)) {
    if (segment.isWordLike === true) words.push(segment.segment);
  }
  return words;
}

/**
 * Splits a text into words: runs of Unicode letters, digits and marks, so Arabic, Cyrillic and
 * accented Latin words stay whole and punctuation never becomes a token. Texts in scripts written
 * without spaces (Chinese, Japanese, Thai …) go through `Intl.Segmenter`. Apply it to the matching
 * form (`foldForMatching`) when the tokens are compared.
 */
export function tokenise(text: string): string[] {
  if (UNSPACED_SCRIPT_PATTERN.test(text)) return segmentWords(text);
  return text.match(WORD_PATTERN) ?? [];
}
