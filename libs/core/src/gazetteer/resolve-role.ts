import type { OfficeRole, OfficeTitle } from './gazetteer.schema';
import {
  seatKey,
  widenPartialDate,
  type Gazetteer,
  type HeldOffice,
  type Office,
  type Person,
} from './load-gazetteer';

/** An office to look up: a role or title, in one country or one organisation. */
export interface RoleQuery {
  /** A role (head-of-state, foreign-minister …) or a title (president, emir, crown-prince …). */
  readonly role: OfficeRole | OfficeTitle;
  readonly country?: string;
  readonly organisation?: string;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/u;
const PERIOD_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/u;
const OPEN_END = '9999-12-31';

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

function nextDay(day: string): string {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (dayOfMonth ?? 1) + 1))
    .toISOString()
    .slice(0, 10);
}

function matchesQuery(office: Office, query: RoleQuery): boolean {
  return office.title === query.role || office.role === query.role;
}

// A month or a year: the one person whose terms cover all of it, or nobody when the office changed
// hands (or the gazetteer does not know its holder) on any day of it.
function holderThroughout(
  offices: readonly HeldOffice[],
  query: RoleQuery,
  period: string,
): HeldOffice | undefined {
  const start = widenPartialDate(period, 'start');
  const end = widenPartialDate(period, 'end');
  const terms = offices
    .filter(({ office }) => matchesQuery(office, query))
    .filter(({ office }) => office.from <= end && (office.to ?? OPEN_END) >= start)
    .sort((a, b) => a.office.from.localeCompare(b.office.from));
  const first = terms[0];
  if (first === undefined || terms.some(({ person }) => person !== first.person)) return undefined;
  let uncovered = start;
  for (const { office } of terms) {
    if (office.from > uncovered) return undefined;
    const to = office.to ?? OPEN_END;
    if (to >= uncovered) uncovered = to === OPEN_END ? OPEN_END : nextDay(to);
  }
  return uncovered > end ? first : undefined;
}

/**
 * Who held an office on a date, with the term that answers: `date` is a day (ISO date or RFC 3339
 * timestamp; its calendar day is used), a month (`2015-02`) or a year (`2015`). For a day, on a
 * handover day, or when an acting holder overlaps a suspended one, the term that began last wins.
 * For a month or a year, only a person who held the office on every day of it answers. Undefined
 * when the gazetteer knows no holder: never the current holder for a date outside its data.
 */
export function holderOf(
  gazetteer: Gazetteer,
  query: RoleQuery,
  date: string,
): HeldOffice | undefined {
  if (query.country === undefined && query.organisation === undefined) return undefined;
  const offices = gazetteer.offices.get(seatKey(query)) ?? [];
  if (PERIOD_PATTERN.test(date)) return holderThroughout(offices, query, date);
  const day = calendarDay(date);
  if (day === undefined) return undefined;
  let best: HeldOffice | undefined;
  for (const held of offices) {
    if (!matchesQuery(held.office, query) || !heldOn(held.office, day)) continue;
    if (best === undefined || held.office.from > best.office.from) best = held;
  }
  return best;
}

/** Whether a person held any office on `day` (an ISO date or RFC 3339 timestamp). */
export function isInOffice(person: Person, day: string): boolean {
  const date = calendarDay(day);
  return date !== undefined && person.offices.some((office) => heldOn(office, date));
}

/**
 * The person who held a role or title in a country or organisation on a date: `holderOf` without
 * the term. A title is matched before a role of the same name.
 */
export function resolveRole(
  gazetteer: Gazetteer,
  query: RoleQuery,
  date: string,
): Person | undefined {
  return holderOf(gazetteer, query, date)?.person;
}
