import { foldGazetteerName } from '../gazetteer';

/**
 * Words of moving on to a next stop that tell no encounter of their own ("وينتقل كيري، غدا
 * الإثنين، إلى الدوحة", "قبل التوجه غدا لقطر", "then moves on to Doha"). Visit verbs (يتوجه,
 * heads to) are triggers and open their own frame; these do not.
 */
const ONWARD_WORDS: ReadonlySet<string> = new Set(
  [
    'ينتقل',
    'سينتقل',
    'تنتقل',
    'ستنتقل',
    'انتقل',
    'انتقلت',
    'الانتقال',
    'التوجه',
    'moves',
    'proceeds',
  ].map((w) => foldGazetteerName(w)),
);

/** Whether a folded word (with or without و/ف) is an onward word. */
export function isOnwardWord(fold: string): boolean {
  return ONWARD_WORDS.has(fold) || ONWARD_WORDS.has(fold.replace(/^[وف]/u, ''));
}
