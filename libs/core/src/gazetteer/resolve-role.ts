import type { OfficeRole, OfficeTitle } from './gazetteer.schema';
import type { Gazetteer, Office, Person } from './load-gazetteer';

/** An office to look up: a role or title, in one country or one organisation. */
export interface RoleQuery {
  /** A role (head-of-state, foreign-minister …) or a title (president, emir, crown-prince …). */
  readonly role: OfficeRole | OfficeTitle;
  readonly country?: string;
  readonly organisation?: string;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}/u;

function heldOn(office: Office, day: string): boolean {
  return office.from <= day && (office.to === undefined || day <= office.to);
}

function sameSeat(office: Office, query: RoleQuery): boolean {
  if (query.country !== undefined) return office.country === query.country;
  if (query.organisation !== undefined) return office.organisation === query.organisation;
  return false;
}

/** Whether a person held any office on `day` (an ISO date or RFC 3339 timestamp). */
export function isInOffice(person: Person, day: string): boolean {
  const date = day.slice(0, 10);
  return person.offices.some((office) => heldOn(office, date));
}

/**
 * The person who held a role or title in a country or organisation on a date (an ISO date or an
 * RFC 3339 timestamp; its calendar day is used). A title is matched before a role of the same name.
 * On a handover day, or when an acting holder overlaps a suspended one, the office that began last
 * wins. Undefined when nobody in the gazetteer held it that day.
 */
export function resolveRole(gazetteer: Gazetteer, query: RoleQuery, date: string): Person | undefined {
  if (!DAY_PATTERN.test(date)) return undefined;
  const day = date.slice(0, 10);
  let best: { person: Person; from: string } | undefined;
  for (const person of gazetteer.people.values()) {
    for (const office of person.offices) {
      if (office.title !== query.role && office.role !== query.role) continue;
      if (!sameSeat(office, query) || !heldOn(office, day)) continue;
      if (best === undefined || office.from > best.from) best = { person, from: office.from };
    }
  }
  return best?.person;
}
