import type { PhraseHit } from './find-phrases';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';

/**
 * "وكانت قد مددت ثلاث مرات خلال أسبوعين" (had been extended three times within two weeks): a
 * horizon ("within two weeks") after a pluperfect in its own clause measures a span already past;
 * it dates nothing to come.
 */
export function pastSpan(reading: SentenceReading, horizon: PhraseHit): boolean {
  const clause = clauseOf(reading, horizon.first);
  return cuesOf(reading, 'pastSpan').some(
    (c) => c.last < horizon.first && clauseOf(reading, c.first) === clause,
  );
}
