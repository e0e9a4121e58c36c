import { isInOffice, type Gazetteer } from '../gazetteer';
import type { EntityRef } from './read-sentence';

/**
 * Whether a person the gazetteer matched by name may stand for that person on `day`: a name of
 * two words or more written as the gazetteer spells it always may; one word (السوداني is also
 * "Sudanese", سلمان a given name) or a respelt name (عبد الكريم read as Abdul Kalam) only for
 * someone in office that day.
 */
export function acceptNameMatch(gazetteer: Gazetteer, entity: EntityRef, day: string): boolean {
  const match = entity.match;
  if (match.kind !== 'person') return false;
  const oneWord = match.tokenEnd - match.tokenStart <= 1;
  if (!oneWord && !match.fuzzy) return true;
  const person = gazetteer.people.get(match.id);
  return person !== undefined && isInOffice(person, day);
}
