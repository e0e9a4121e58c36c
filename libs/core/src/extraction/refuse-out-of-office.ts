import { isInOffice, type Gazetteer } from '../gazetteer';

/**
 * A person named (not an office resolved to its holder) whose every office the gazetteer lists
 * had ended before the encounter's day: Abdul Kalam in 2015, Sarkozy in 2016, a king after his
 * death. Such a match is a namesake, a look back or a former official, never a state party to the
 * encounter. Someone whose listed offices begin later is not judged: the gazetteer may not list
 * what they held before (a defence minister who became crown prince).
 */
export function outOfOffice(gazetteer: Gazetteer, personId: string, day: string): boolean {
  const person = gazetteer.people.get(personId);
  if (person === undefined || person.offices.length === 0 || isInOffice(person, day)) return false;
  return person.offices.every((o) => o.to !== undefined && o.from <= day);
}
