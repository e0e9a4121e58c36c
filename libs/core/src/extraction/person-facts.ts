import type { EventMention } from '@sijill/contracts';
import {
  resolveRole,
  type Gazetteer,
  type GazetteerOffice,
  type GazetteerPerson,
} from '../gazetteer';
import { definedOnly } from '@sijill/contracts';

type Participant = EventMention['participants'][number];

const ROLE_RANK: Readonly<Record<string, number>> = {
  'head-of-state': 0,
  'head-of-government': 1,
  'head-of-organisation': 2,
  'foreign-minister': 3,
  'deputy-head-of-state': 4,
  'military-leader': 5,
  minister: 6,
};

function heldOn(office: GazetteerOffice, day: string): boolean {
  return office.from <= day && (office.to === undefined || day <= office.to);
}

/**
 * The office a person held on a day (the most senior if several); else the last one held before
 * it; else the first one. Undefined only for a person without offices.
 */
export function officeOn(person: GazetteerPerson, day: string): GazetteerOffice | undefined {
  const rank = (o: GazetteerOffice): number => ROLE_RANK[o.role] ?? 9;
  const held = person.offices.filter((o) => heldOn(o, day)).sort((a, b) => rank(a) - rank(b));
  if (held[0] !== undefined) return held[0];
  const before = person.offices
    .filter((o) => o.from <= day)
    .sort((a, b) => (a.from < b.from ? 1 : -1));
  return before[0] ?? person.offices[0];
}

/**
 * The office a person held on the day itself (the most senior if several), or none: a role is
 * shown only for the day it was held, so Mike Pompeo in 2015 is no foreign minister and Mohammed
 * bin Salman in 2015 is deputy crown prince, not crown prince.
 */
export function heldOfficeOn(person: GazetteerPerson, day: string): GazetteerOffice | undefined {
  const office = officeOn(person, day);
  return office !== undefined && heldOn(office, day) ? office : undefined;
}

/** The country a person acted for on a day (undefined for heads of organisations). */
export function countryOn(gazetteer: Gazetteer, personId: string, day: string): string | undefined {
  const person = gazetteer.people.get(personId);
  return person === undefined ? undefined : officeOn(person, day)?.country;
}

/** The holder of a title in a country or organisation on a day, as a person id. */
export function holderOn(
  gazetteer: Gazetteer,
  query: { readonly title: string; readonly country?: string; readonly organisation?: string },
  day: string,
): string | undefined {
  const role = query.title as Parameters<typeof resolveRole>[1]['role'];
  return resolveRole(
    gazetteer,
    {
      role,
      ...definedOnly({ country: query.country, organisation: query.organisation }),
    },
    day,
  )?.id;
}

/**
 * A person as a mention participant: English canonical name, names by language, the country of
 * the office held on the day (else of the nearest one listed), and the title only of an office
 * held on that day.
 */
export function toParticipant(
  gazetteer: Gazetteer,
  personId: string,
  day: string,
  side: 'visitor' | 'host' | undefined,
): Participant | undefined {
  const person = gazetteer.people.get(personId);
  if (person === undefined) return undefined;
  const office = officeOn(person, day);
  const held = heldOfficeOn(person, day);
  const names: Record<string, string> = {};
  for (const [language, list] of Object.entries(person.names)) {
    const first = (list as readonly string[] | undefined)?.[0];
    if (first !== undefined) names[language] = first;
  }
  names.en = person.name;
  return {
    name: person.name,
    ...definedOnly({ wikidata: person.wikidata, country: office?.country }),
    ...definedOnly({ role: held?.title, side }),
    names,
  };
}
