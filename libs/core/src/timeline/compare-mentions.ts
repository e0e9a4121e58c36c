import type { EventMention } from '@sijill/contracts';
import { type MentionProfile, profileMention, sameOrganisation } from './profile-mention';
import { windowGapDays } from './read-date-window';

/** How two mentions relate, for the merge. */
export interface MentionPairVerdict {
  /** They report the same encounter: they may share an entry, and link entries they sit in. */
  readonly compatible: boolean;
  /** They cannot be one encounter: no chain of links ever puts them in one entry. */
  readonly conflicting: boolean;
  /** Strength of the agreement; stronger links are taken first. */
  readonly score: number;
}

// Day dates further apart than this are never one encounter, even through a chain of mentions a
// day apart each (a long state visit reported day by day stays one entry up to this length).
const LONGEST_CHAIN_DAYS = 7;

const UNRELATED: MentionPairVerdict = { compatible: false, conflicting: false, score: 0 };
const CONFLICTING: MentionPairVerdict = { compatible: false, conflicting: true, score: 0 };

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared;
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return overlap(a, b) === a.size;
}

/** Two lists of people that can describe one encounter: two in common, or one list within the other. */
function peopleConsistent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const shared = overlap(a, b);
  return shared >= 2 || (shared >= 1 && (isSubset(a, b) || isSubset(b, a)));
}

/**
 * Each side names a counterpart from a country the other side does not have: Putin–Tokayev and
 * Putin–Aliyev are two encounters, while Putin–Tokayev and Putin–Lavrov may be one (Lavrov is in
 * Putin's delegation). A person of unknown country counts as a new counterpart.
 */
function counterpartsDiffer(a: MentionProfile, b: MentionProfile): boolean {
  const newCounterpart = (x: MentionProfile, y: MentionProfile): boolean => {
    const countriesOfY = new Set(y.countries.values());
    return [...x.people].some(
      (key) => !y.people.has(key) && !countriesOfY.has(x.countries.get(key) ?? '\u0000'),
    );
  };
  return newCounterpart(a, b) && newCounterpart(b, a);
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return overlap(a, b) > 0;
}

/** A meeting held during a visit: the visitor meets someone from the host side, no third party. */
function meetingDuringVisit(visit: MentionProfile, meeting: MentionProfile): boolean {
  const visitors = visit.visitors;
  if (visitors === undefined) {
    return (
      peopleConsistent(visit.people, meeting.people) &&
      visit.place !== undefined &&
      visit.place.country === meeting.place?.country
    );
  }
  if (!intersects(visitors, meeting.people)) return false;
  const hostCountry = visit.place?.country ?? meeting.place?.country;
  const visitorCountries = new Set(
    [...visitors].map((key) => visit.countries.get(key) ?? meeting.countries.get(key)),
  );
  const others = [...meeting.people].filter((key) => !visitors.has(key));
  const countryOf = (key: string): string | undefined =>
    meeting.countries.get(key) ?? visit.countries.get(key);
  const hostSide = (key: string): boolean =>
    visit.hosts.has(key) || (hostCountry !== undefined && countryOf(key) === hostCountry);
  const thirdParty = (key: string): boolean => {
    const country = countryOf(key);
    return (
      !hostSide(key) &&
      country !== undefined &&
      country !== hostCountry &&
      !visitorCountries.has(country)
    );
  };
  return others.some(hostSide) && !others.some(thirdParty);
}

function typesAgree(a: MentionProfile, b: MentionProfile): boolean {
  const pair = new Set([a.mention.type, b.mention.type]);
  return pair.size === 1 || (pair.has('visit') && pair.has('meeting'));
}

function participantsConflict(a: MentionProfile, b: MentionProfile): boolean {
  const type = a.mention.type;
  if (type !== b.mention.type) return false;
  switch (type) {
    case 'visit':
      return (
        a.visitorsFirm &&
        b.visitorsFirm &&
        a.visitors !== undefined &&
        b.visitors !== undefined &&
        !intersects(a.visitors, b.visitors)
      );
    case 'meeting':
    case 'call':
      return counterpartsDiffer(a, b);
    case 'summit':
    case 'statement':
      return false;
  }
}

function participantsAgree(a: MentionProfile, b: MentionProfile, sameOrg: boolean): boolean {
  const [ta, tb] = [a.mention.type, b.mention.type];
  if (ta !== tb) return ta === 'visit' ? meetingDuringVisit(a, b) : meetingDuringVisit(b, a);
  switch (ta) {
    case 'visit': {
      if (a.visitors !== undefined && b.visitors !== undefined) {
        return intersects(a.visitors, b.visitors);
      }
      if (a.visitors !== undefined) return intersects(a.visitors, b.people);
      if (b.visitors !== undefined) return intersects(b.visitors, a.people);
      return peopleConsistent(a.people, b.people);
    }
    case 'summit': {
      if (sameOrg) return true;
      const samePlace = a.place !== undefined && a.place.country === b.place?.country;
      const peopleFit =
        a.people.size === 0 || b.people.size === 0 || intersects(a.people, b.people);
      return samePlace && peopleFit;
    }
    case 'statement':
      if (a.people.size === 0 && b.people.size === 0) return sameOrg;
      return peopleConsistent(a.people, b.people);
    case 'meeting':
    case 'call':
      return peopleConsistent(a.people, b.people);
  }
}

/**
 * Compares two mentions (symmetric, pure). The rules, in order:
 * - Dates: day dates agree within a day (overlapping ranges, or neighbouring days); a month or
 *   year date agrees with what it overlaps. Day dates more than a week apart, or coarse dates
 *   that do not overlap, conflict.
 * - Types: a type agrees with itself; a visit agrees with a meeting held during it (the visitor
 *   meets the host side in the host country, no third party), because reports call the same
 *   encounter a visit or talks. A call, a summit (sideline meetings are their own entries) and a
 *   statement never share an entry with another type.
 * - Place: two explicit countries that differ conflict; any other country mismatch (one of them
 *   inferred from the host) only stops the link. Calls have no place.
 * - Organisation: two different organisations conflict.
 * - Participants: visits must share the visitor (different visitors conflict when stated or read
 *   from an explicit place's foreign participants, not from an inferred place); meetings and
 *   calls must share two people or one list must hold the other (different counterparts
 *   conflict); summits agree on the organisation, else on the country and a shared participant.
 */
export function compareMentions(a: EventMention, b: EventMention): MentionPairVerdict {
  const [pa, pb] = [profileMention(a), profileMention(b)];
  if (pa.window === undefined || pb.window === undefined) return UNRELATED;
  const gap = windowGapDays(pa.window, pb.window);
  const dayDates = pa.window.precision === 'day' && pb.window.precision === 'day';
  if (dayDates ? gap > LONGEST_CHAIN_DAYS : gap > 0) return CONFLICTING;
  if (!typesAgree(pa, pb)) return CONFLICTING;
  const placed = a.type !== 'call' && pa.place !== undefined && pb.place !== undefined;
  const samePlace = placed && pa.place?.country === pb.place?.country;
  if (placed && !samePlace && pa.place?.explicit === true && pb.place?.explicit === true) {
    return CONFLICTING;
  }
  const [orgA, orgB] = [a.organisation, b.organisation];
  const sameOrg = orgA !== undefined && orgB !== undefined && sameOrganisation(orgA, orgB);
  if (orgA !== undefined && orgB !== undefined && !sameOrg) return CONFLICTING;
  if (participantsConflict(pa, pb)) return CONFLICTING;
  const compatible =
    gap <= (dayDates ? 1 : 0) && (!placed || samePlace) && participantsAgree(pa, pb, sameOrg);
  if (!compatible) return UNRELATED;
  const sameCity = samePlace && pa.place?.city !== undefined && pa.place.city === pb.place?.city;
  const score =
    overlap(pa.people, pb.people) +
    (sameOrg ? 1 : 0) +
    (samePlace ? 1 : 0) +
    (sameCity ? 0.5 : 0) +
    (a.type === b.type ? 1 : 0) +
    (pa.window.startDay === pb.window.startDay ? 0.5 : 0);
  return { compatible: true, conflicting: false, score };
}

/** Whether two mentions report the same encounter (symmetric). */
export function mentionsCompatible(a: EventMention, b: EventMention): boolean {
  return compareMentions(a, b).compatible;
}
