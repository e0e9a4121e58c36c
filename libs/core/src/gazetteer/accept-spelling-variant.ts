import { LONG_SKELETON } from './build-name-index';
import { measureEditDistance, measureNameDistance } from './measure-name-distance';

// Names shorter than this (folded letters) must match exactly: مصر، قطر، رئيس.
const MINIMUM_FUZZY_LENGTH = 5;
const MINIMUM_FUZZY_SKELETON = 3;

function fullFormBound(longest: number): number {
  if (longest <= 6) return 0.5;
  if (longest <= 8) return 1;
  return 1.5;
}

/**
 * Whether a folded Arabic-script word is a spelling variant of a folded gazetteer word (توقايف of
 * توكاييف, قيرغيزستان of قرغيزستان, جوتيريش of غوتيريش). Never a blind fuzzy match: both words
 * need five letters or more and lengths within one (two from nine letters); their consonant
 * skeletons must start alike, have three consonants or more, and be equal (within one consonant
 * for skeletons of five or more); and the weighted edit distance of the full forms
 * (`measureNameDistance`) must stay within 0.5 up to six letters, 1 up to eight, 1.5 beyond.
 */
export function acceptSpellingVariant(
  word: string,
  wordSkeleton: string,
  name: string,
  nameSkeleton: string,
): boolean {
  if (word === name) return true;
  const shortest = Math.min(word.length, name.length);
  const longest = Math.max(word.length, name.length);
  if (shortest < MINIMUM_FUZZY_LENGTH || longest - shortest > (longest >= 9 ? 2 : 1)) return false;
  if (wordSkeleton.length < MINIMUM_FUZZY_SKELETON || nameSkeleton.length < MINIMUM_FUZZY_SKELETON)
    return false;
  if (wordSkeleton[0] !== nameSkeleton[0]) return false;
  if (Math.min(wordSkeleton.length, nameSkeleton.length) >= LONG_SKELETON) {
    if (measureEditDistance(wordSkeleton, nameSkeleton, 1) > 1) return false;
  } else if (wordSkeleton !== nameSkeleton) {
    return false;
  }
  const bound = fullFormBound(longest);
  return measureNameDistance(word, name, bound) <= bound;
}
