import type { PhraseHit } from './find-phrases';
import { cuesOf, type SentenceReading } from './read-sentence';

/**
 * "يغادر – بمشيئة الله تعالى – … في زيارة عمل يلتقي خلالها": a formula said only of what is to come
 * (بمشيئة الله, إن شاء الله: God willing) tells every encounter after it in its sentence as to come,
 * across the dashes and parentheses that close its clause; a past verb after it (التقى) keeps its
 * own tense.
 */
export function announcedByFormula(
  reading: SentenceReading,
  hit: PhraseHit,
  pastVerb: boolean,
): boolean {
  if (pastVerb) return false;
  return cuesOf(reading, 'announcedSentence').some((c) => c.last < hit.first);
}
