import type { EventMention } from '@sijill/contracts';
import { type MentionProfile, profileMention, sameOrganisation } from './profile-mention';
import { gatheringOfItsGuest } from './gathering-of-its-guest';
import { meetingWhereTheVisitorIs } from './meeting-where-the-visitor-is';
import { officerMeetsHost } from './officer-meets-host';
import { oneVisitOverDays } from './one-visit-over-days';
import { intersects, isSubset, overlap } from './people-sets';
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

/** The countries of a visit's travellers, where known. */
function visitorCountries(visit: MentionProfile): Set<string> {
  const countries = new Set<string>();
  for (const key of visit.visitors ?? []) {
    const country = visit.countries.get(key);
    if (country !== undefined) countries.add(country);
  }
  return countries;
}

/**
 * Two reports naming different members of one country's delegation: their visitors share a
 * country. Only different countries' visitors are surely two visits.
 */
function sameSendingCountry(a: MentionProfile, b: MentionProfile): boolean {
  return intersects(visitorCountries(a), visitorCountries(b));
}

/**
 * One delegation reported by two of its members: on the same day, to the same stated host, the
 * visitors of one country (the crown prince in one report, the foreign minister in another).
 */
function oneDelegation(a: MentionProfile, b: MentionProfile, gap: number): boolean {
  return gap <= 0 && sameSendingCountry(a, b) && intersects(a.statedHosts, b.statedHosts);
}

/** Both places name a city explicitly, and not the same one. */
function citiesDiffer(a: MentionProfile, b: MentionProfile): boolean {
  const [pa, pb] = [a.place, b.place];
  if (pa?.explicit !== true || pb?.explicit !== true) return false;
  return pa.city !== undefined && pb.city !== undefined && pa.city !== pb.city;
}

/**
 * A meeting held during a visit: the visitor meets someone from the host side, no third party; or
 * the meeting is among people the visit report itself names (two visitors meeting at their host's).
 */
function meetingDuringVisit(visit: MentionProfile, meeting: MentionProfile): boolean {
  if (meeting.people.size >= 2 && isSubset(meeting.people, visit.people)) return true;
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

// A gathering of this many leaders or more is a summit even when no organisation holds it.
const SUMMIT_SIZE = 3;

/**
 * A summit and a meeting that are one gathering: no organisation holds the summit, and both name
 * the same leaders (a three-way summit one outlet calls a meeting). A meeting on a summit's
 * sidelines names fewer people, or the summit is an organisation's: two entries.
 */
function sameGathering(a: MentionProfile, b: MentionProfile): boolean {
  return (
    a.organisation === undefined &&
    b.organisation === undefined &&
    a.people.size >= SUMMIT_SIZE &&
    a.people.size === b.people.size &&
    isSubset(a.people, b.people)
  );
}

/** The summit of a pair of mentions of which one is a summit and the other a visit or meeting. */
function summitBeside(a: MentionProfile, b: MentionProfile): [MentionProfile, MentionProfile] {
  return a.mention.type === 'summit' ? [a, b] : [b, a];
}

/**
 * One type family: a visit holds its meetings; a summit is a meeting of the same leaders, or the
 * encounter of the one guest it names. A summit that names no one may be any of them, so it
 * conflicts with none (it links to none either: only a guest's report can tie it to one).
 */
function typesAgree(a: MentionProfile, b: MentionProfile): boolean {
  const pair = new Set([a.mention.type, b.mention.type]);
  if (pair.size === 1) return true;
  if (pair.has('meeting') && pair.has('visit')) return true;
  if (!pair.has('summit') || !(pair.has('meeting') || pair.has('visit'))) return false;
  const [summit, other] = summitBeside(a, b);
  if (summit.people.size === 0) return true;
  return summitHoldsEncounter(summit, other);
}

/**
 * A summit that is the same encounter as a visit or meeting: the encounter of the one guest it
 * names, its officer meeting its host, or (for a meeting) a meeting of exactly its leaders.
 */
function summitHoldsEncounter(summit: MentionProfile, other: MentionProfile): boolean {
  return (
    gatheringOfItsGuest(summit, other) ||
    officerMeetsHost(summit, other) ||
    (other.mention.type === 'meeting' && sameGathering(summit, other))
  );
}

/** The countries a visit's stated hosts and its explicit place belong to. */
function hostCountries(visit: MentionProfile): Set<string> {
  const countries = new Set<string>();
  for (const key of visit.statedHosts) {
    const country = visit.countries.get(key);
    if (country !== undefined) countries.add(country);
  }
  if (visit.place?.explicit === true) countries.add(visit.place.country);
  return countries;
}

/**
 * Two visits with different hosts: the receiving countries they state differ, or one's stated
 * visitor is the other's stated host (Sisi in Ankara, Erdogan in Cairo).
 */
function hostsDiffer(a: MentionProfile, b: MentionProfile): boolean {
  const [ca, cb] = [hostCountries(a), hostCountries(b)];
  if (ca.size > 0 && cb.size > 0 && !intersects(ca, cb)) return true;
  return intersects(a.statedVisitors, b.statedHosts) || intersects(b.statedVisitors, a.statedHosts);
}

function participantsConflict(a: MentionProfile, b: MentionProfile): boolean {
  const type = a.mention.type;
  if (type !== b.mention.type) return false;
  switch (type) {
    case 'visit':
      return (
        hostsDiffer(a, b) ||
        (a.visitorsFirm &&
          b.visitorsFirm &&
          a.visitors !== undefined &&
          b.visitors !== undefined &&
          !intersects(a.visitors, b.visitors) &&
          !sameSendingCountry(a, b))
      );
    case 'meeting':
    case 'call':
      return counterpartsDiffer(a, b);
    case 'summit':
    case 'statement':
      return false;
  }
}

function participantsAgree(
  a: MentionProfile,
  b: MentionProfile,
  sameOrg: boolean,
  gap: number,
): boolean {
  const [ta, tb] = [a.mention.type, b.mention.type];
  if (ta === 'visit' && tb === 'meeting')
    return meetingDuringVisit(a, b) || meetingWhereTheVisitorIs(a, b, gap);
  if (tb === 'visit' && ta === 'meeting')
    return meetingDuringVisit(b, a) || meetingWhereTheVisitorIs(b, a, gap);
  if (ta !== tb) return summitHoldsEncounter(...summitBeside(a, b));
  switch (ta) {
    case 'visit': {
      if (a.visitors !== undefined && b.visitors !== undefined) {
        return intersects(a.visitors, b.visitors) || oneDelegation(a, b, gap);
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
 * Compares two mentions (symmetric, pure): they are one encounter when the same principal people
 * meet in the same roles, on dates that can be the same, in places that fit, in one type family.
 * The rules, in order:
 * - Dates: a date the article does not state (the news day) may be two days off either way, and
 *   its window is widened by as much. Day windows agree within a day (overlapping, or neighbouring
 *   days), and two stated days of one visit (same visitor, same country) within three days; a
 *   month or year date agrees with what it overlaps. Day windows more than a week apart,
 *   or coarse dates that do not overlap, conflict; so do two stated days more than a day apart
 *   when neither is a visit (a visit may last days, a meeting or call does not).
 * - Types: a type agrees with itself; a visit agrees with a meeting held during it (the visitor
 *   meets the host side, no third party, or people the visit report names), because reports call
 *   the same encounter a visit or talks; a summit agrees with a meeting of exactly its leaders
 *   (three or more, no organisation). Any other pair of types conflicts: a call, a statement, and
 *   a summit's sideline meetings are their own entries.
 * - Place: two explicit countries that differ conflict; any other country mismatch (one of them
 *   inferred from the host) only stops the link. Two explicit cities of one country conflict on
 *   the same day, and between meetings on any day (a visit may move between cities). Calls have
 *   no place.
 * - Organisation: two different organisations conflict.
 * - Participants: visits must share the visitor, or be one country's delegation received by the
 *   same stated host on the same day (reports name different members); visitors of different
 *   countries conflict when stated or read from an explicit place's foreign participants (not
 *   from an inferred place), and so do
 *   different hosts (the receiving countries stated differ, or one's visitor is the other's
 *   host). Meetings and calls must share two people or one list must hold the other (different
 *   counterparts conflict); summits agree on the organisation, else on the country and a shared
 *   participant.
 */
export function compareMentions(a: EventMention, b: EventMention): MentionPairVerdict {
  const [pa, pb] = [profileMention(a), profileMention(b)];
  if (pa.window === undefined || pb.window === undefined) return UNRELATED;
  const gap = windowGapDays(pa.window, pb.window);
  const dayDates = pa.window.precision === 'day' && pb.window.precision === 'day';
  if (dayDates ? gap > LONGEST_CHAIN_DAYS : gap > 0) return CONFLICTING;
  // A meeting, call or summit takes a day or a stated few: two stated days further apart than a
  // misread "yesterday" are two encounters, whatever reports lie between them.
  const oneSitting = a.type !== 'visit' && b.type !== 'visit';
  if (dayDates && oneSitting && pa.dateStated && pb.dateStated && gap > 1) return CONFLICTING;
  if (!typesAgree(pa, pb)) return CONFLICTING;
  const placed = a.type !== 'call' && pa.place !== undefined && pb.place !== undefined;
  const samePlace = placed && pa.place?.country === pb.place?.country;
  if (placed && !samePlace && pa.place?.explicit === true && pb.place?.explicit === true) {
    return CONFLICTING;
  }
  // A visit may move between cities from one day to the next; a meeting is held in one city.
  const oneCity = gap <= 0 || (a.type !== 'visit' && b.type !== 'visit');
  if (samePlace && oneCity && citiesDiffer(pa, pb)) return CONFLICTING;
  const [orgA, orgB] = [a.organisation, b.organisation];
  const sameOrg = orgA !== undefined && orgB !== undefined && sameOrganisation(orgA, orgB);
  if (orgA !== undefined && orgB !== undefined && !sameOrg) return CONFLICTING;
  if (participantsConflict(pa, pb)) return CONFLICTING;
  const closeEnough = gap <= (dayDates ? 1 : 0) || (dayDates && oneVisitOverDays(pa, pb, gap));
  const compatible =
    closeEnough && (!placed || samePlace) && participantsAgree(pa, pb, sameOrg, gap);
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
