import type { Gazetteer } from '../gazetteer';
import { countryOn } from './person-facts';

/**
 * "يلتقي كارتر … رئيس الوزراء حيدر العبادي ونظيره العراقي": a counterpart is of another country
 * than its owner, so who holds an office of the counterpart's own country owns none of it.
 */
export function counterpartOwners<T extends { readonly personId: string }>(
  gazetteer: Gazetteer,
  drafts: readonly T[],
  counterpartCountry: string,
  day: string,
): T[] {
  return drafts.filter((d) => countryOn(gazetteer, d.personId, day) !== counterpartCountry);
}
