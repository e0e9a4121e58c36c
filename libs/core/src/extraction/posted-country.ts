import type { PhraseHit } from './find-phrases';
import { cuesOf, type SentenceReading } from './read-sentence';

/**
 * Whether a country named after an official or a delegation with a locative word before it is
 * where they are sent, not whose they are: "المبعوث الدولي إلى سورية" (the envoy to Syria),
 * "السفير لدى قطر" (the ambassador to Qatar), "وفد إلى موسكو" (a delegation to Moscow). Such a
 * country is no party of an encounter of that official; "المبعوث السوري" and "وفد سوري" are.
 */
export function postedCountry(
  reading: SentenceReading,
  cue: Pick<PhraseHit, 'last'>,
  country: { readonly first: number },
): boolean {
  if (country.first <= cue.last) return false;
  return cuesOf(reading, 'locative').some(
    (l) => l.last === country.first - 1 && l.first > cue.last,
  );
}
