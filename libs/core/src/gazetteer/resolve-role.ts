import type { OfficeRole, OfficeTitle } from './gazetteer.schema';
import { seatKey, type Gazetteer, type Office, type Person } from './load-gazetteer';

/** An office to look up: a role or title, in one country or one organisation. */
export interface RoleQuery {
  /** A role (head-of-state, foreign-minister …) or a title (president, emir, crown-prince …). */
  readonly role: OfficeRole | OfficeTitle;
  readonly country?: string;
  readonly organisation?: string;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/u;

/** The calendar day of an ISO date or RFC 3339 timestamp, or undefined when it is not a real day. */
function calendarDay(date: string): string | undefined {
  const match = DAY_PATTERN.exec(date);
  if (match === null) return undefined;
  const [day, year, month, dayOfMonth] = match;
  const parsed = new Date(Date.UTC(Number(year), Number(month) - 1, Number(dayOfMonth)));
  const valid =
    parsed.getUTCFullYear() === Number(year) &&
    parsed.getUTCMonth() === Number(month) - 1 &&
    parsed.getUTCDate() === Number(dayOfMonth);
  return valid ? day : undefined;
}

function heldOn(office: Office, day: string): boolean {
  return office.from <= day && (office.to === undefined || day <= office.to);
}

/** Whether a person held any office on `day` (an ISO date or RFC 3339 timestamp). */
export function isInOffice(person: Person, day: string): boolean {
  const date = calendarDay(day);
  return date !== undefined && person.offices.some((office) => heldOn(office, date));
}

/**
 * The person who held a role or title in a country or organisation on a date (an ISO date or an
 * RFC 3339 timestamp; its calendar day is used). A title is matched before a role of the same name.
 * On a handover day, or when an acting holder overlaps a suspended one, the office that began last
 * wins. Undefined when nobody in the gazetteer held it that day.
 */
export function resolveRole(
  gazetteer: Gazetteer,
  query: RoleQuery,
  date: string,
): Person | undefined {
  const day = calendarDay(date);
  if (day === undefined) return undefined;
  if (query.country === undefined && query.organisation === undefined) return undefined;
  let best: { person: Person; from: string } | undefined;
  for (const { person, office } of gazetteer.offices.get(seatKey(query)) ?? []) {
    if (office.title !== query.role && office.role !== query.role) continue;
    if (!heldOn(office, day)) continue;
    if (best === undefined || office.from > best.from) best = { person, from: office.from };
  }
  return best?.person;
}
