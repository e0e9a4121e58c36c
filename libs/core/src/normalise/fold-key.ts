import { foldForMatching } from './fold-for-matching';

/**
 * The comparison form of a name, city or title: the matching fold (case, accents, Arabic letter
 * variants) with punctuation and spacing reduced to single spaces, so "Erdoğan" and "erdogan"
 * or "Joint Statement." and "joint statement" compare equal.
 */
export function foldKey(text: string): string {
  return foldForMatching(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
