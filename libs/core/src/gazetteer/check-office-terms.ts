import type { OfficeData, OfficeRole } from './gazetteer.schema';
import { widenPartialDate } from './widen-partial-date';

/** Roles one person holds at a time in a seat, unless the data marks the office `shared`. */
const SINGLE_HOLDER_ROLES: ReadonlySet<OfficeRole> = new Set([
  'head-of-state',
  'head-of-government',
  'foreign-minister',
  'head-of-organisation',
]);

const OPEN_END = '9999-12-31';

interface Term {
  readonly personId: string;
  readonly office: OfficeData;
  /** The first day the term can have begun and the last day it can have ended. */
  readonly from: string;
  readonly to: string;
}

function officeKey(office: OfficeData): string {
  return `${office.country ?? office.organisation ?? ''} ${office.role} ${office.title}`;
}

function describeTerm(term: Term): string {
  return `${term.personId} (${term.office.from}..${term.office.to ?? ''})`;
}

// Two terms may touch on the handover day (the one that began last wins it) or meet inside a
// month or year given without its day (the handover is somewhere in it), and an acting holder may
// stand in for a suspended one; anything else held by two people at once is a data error.
function conflicts(earlier: Term, later: Term): boolean {
  if (earlier.personId === later.personId) return false;
  if (earlier.office.shared === true || later.office.shared === true) return false;
  if ((earlier.office.acting ?? false) !== (later.office.acting ?? false)) return false;
  const earliestEnd =
    earlier.office.to === undefined ? OPEN_END : widenPartialDate(earlier.office.to, 'start');
  const latestStart = widenPartialDate(later.office.from, 'end');
  return latestStart < earliestEnd;
}

/**
 * Terms of one single-holder office (same seat, role and title) held by two people on the same
 * day, as problem strings; days are inclusive and the handover day is allowed. Offices marked
 * `shared` (co-presidents, a presidential council) are exempt, and so is an acting holder
 * overlapping a holder who is not acting (a suspended president).
 */
export function findOverlappingTerms(
  people: Iterable<{ readonly id: string; readonly offices: readonly OfficeData[] }>,
): string[] {
  const byOffice = new Map<string, Term[]>();
  for (const person of people) {
    for (const office of person.offices) {
      if (!SINGLE_HOLDER_ROLES.has(office.role)) continue;
      const key = officeKey(office);
      const terms = byOffice.get(key) ?? [];
      terms.push({
        personId: person.id,
        office,
        from: widenPartialDate(office.from, 'start'),
        to: office.to === undefined ? OPEN_END : widenPartialDate(office.to, 'end'),
      });
      byOffice.set(key, terms);
    }
  }
  const problems: string[] = [];
  for (const [key, terms] of byOffice) {
    terms.sort((a, b) => a.from.localeCompare(b.from));
    for (let i = 0; i < terms.length; i += 1) {
      const earlier = terms[i];
      if (earlier === undefined) continue;
      for (let j = i + 1; j < terms.length; j += 1) {
        const later = terms[j];
        if (later === undefined || later.from > earlier.to) break;
        if (conflicts(earlier, later))
          problems.push(
            `overlapping terms of ${key}: ${describeTerm(earlier)} and ${describeTerm(later)}`,
          );
      }
    }
  }
  return problems;
}
