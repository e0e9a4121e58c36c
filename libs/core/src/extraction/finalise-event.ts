import { addDays, compareDays, coveredDays, dayOf } from './day-math';
import type { EncounterType, EventFrame, FrameDate, FramePlace } from './event-frame';
import { earlyCrawlToday } from './early-crawl-today';
import { capitalOf } from './find-capital';
import { ministerAside } from './minister-party';
import { countryOn, heldOfficeOn, holderOn } from './person-facts';
import { refuseDraft } from './refuse-draft';
import { signedAtHeld } from './signed-at-held';
import { outOfOffice } from './refuse-out-of-office';
import type { ArticleFacts, DraftLocation, DraftParticipant, MentionDraft } from './mention-draft';
import { definedOnly } from '@sijill/contracts';

export type { ArticleFacts, DraftLocation, DraftParticipant, MentionDraft } from './mention-draft';

/** The day roles are resolved on: the event's first day (mid-year for a year). */
function resolutionDay(date: FrameDate): string {
  if (date.precision === 'year') return `${date.start.slice(0, 4)}-07-01`;
  return coveredDays(date.start).first;
}

// Words that count back from the anchor: أمس, أول أمس, قبل يومين.
const PAST_DAY_RULES: ReadonlySet<string> = new Set([
  'relative-yesterday',
  'relative-yesterday-weekday',
  'relative-day-before-yesterday',
  'relative-day-before-yesterday-weekday',
  'relative-days-ago',
]);
// Periods counted from the anchor: past when they end before it (الأسبوع الماضي, last month).
const RELATIVE_PERIOD_RULES: ReadonlySet<string> = new Set([
  'relative-week',
  'relative-month',
  'relative-year',
]);

/** A date read from a word that counts back from the anchor (أمس, الأسبوع الماضي). */
function announcementDay(date: FrameDate | undefined): boolean {
  if (date?.anchor === undefined) return false;
  if (PAST_DAY_RULES.has(date.rule)) return true;
  const anchorDay = dayOf(date.anchor);
  return (
    RELATIVE_PERIOD_RULES.has(date.rule) &&
    anchorDay !== undefined &&
    compareDays(coveredDays(date.start, date.end).last, anchorDay) < 0
  );
}

function settleDate(
  event: EventFrame,
  facts: ArticleFacts,
): { date: FrameDate; fallback: boolean } | undefined {
  let date = event.date;
  let fallback = false;
  // Placed before publication without a day ("hours after …"): no day to give, left out.
  if (date?.rule === 'before-publication') return undefined;
  // Something still to come cannot have happened "last week": a past word dates the announcement
  // ("أعلن الأسبوع الماضي عن اللقاء المرتقب"), so the event keeps no day and is left out.
  if (event.announced && announcementDay(date)) return undefined;
  if (date === undefined) {
    if (
      event.weak ||
      event.announced ||
      event.background ||
      event.recalledBySpeaker === true ||
      facts.newsDay === undefined
    )
      return undefined;
    date = { start: facts.newsDay, precision: 'day', rule: 'fallback-news-day' };
    fallback = true;
  }
  date = earlyCrawlToday(event, date);
  if (date.precision === 'day' && date.end === undefined && event.durationDays !== undefined) {
    date = { ...date, end: addDays(date.start, event.durationDays - 1) };
  }
  return { date, fallback };
}

interface Resolved {
  readonly personId: string;
  readonly country?: string;
  readonly hint?: 'visitor' | 'host';
}

function resolveActors(
  event: EventFrame,
  facts: ArticleFacts,
  day: string,
): { resolved: Resolved[]; outOfOffice: number } {
  const resolved: Resolved[] = [];
  let dropped = 0;
  for (const frameActor of event.actors) {
    const { actor, hint } = frameActor;
    if (ministerAside(frameActor, event, facts.gazetteer, day)) continue;
    if (actor.query === undefined && outOfOffice(facts.gazetteer, actor.personId, day)) {
      dropped += 1;
      continue;
    }
    const personId =
      actor.query === undefined
        ? actor.personId
        : (holderOn(facts.gazetteer, actor.query, day) ?? actor.personId);
    const existing = resolved.findIndex((r) => r.personId === personId);
    const country = countryOn(facts.gazetteer, personId, day);
    const entry: Resolved = {
      personId,
      ...definedOnly({ country, hint }),
    };
    if (existing === -1) resolved.push(entry);
    else if (resolved[existing]?.hint === undefined && hint !== undefined)
      resolved[existing] = entry;
  }
  return { resolved, outOfOffice: dropped };
}

const partyOf = (r: Resolved): string => r.country ?? `person:${r.personId}`;

/** Parties to an encounter: the actors' countries (or the actors) and delegations' countries. */
function distinctParties(actors: readonly Resolved[], event: EventFrame): number {
  return new Set([...actors.map(partyOf), ...event.partyCountries]).size;
}

/**
 * A frame place as a location. A visit to a country goes to its capital, marked inferred; any
 * other encounter named only with its country keeps the country alone.
 */
function toLocation(place: FramePlace, facts: ArticleFacts, visit: boolean): DraftLocation {
  if (place.how === 'country') {
    const capital = visit ? capitalOf(facts.gazetteer, place.country) : undefined;
    return {
      country: place.country,
      ...definedOnly({ placeId: capital?.id }),
      inferred: capital !== undefined,
    };
  }
  return {
    country: place.country,
    ...definedOnly({ placeId: place.placeId }),
    inferred: false,
  };
}

/** The most specific place: a named city or seat over a capital phrase over a bare country. */
function bestPlace(places: readonly FramePlace[], country?: string): FramePlace | undefined {
  const rank = { named: 0, seat: 1, capital: 2, country: 3 } as const;
  return [...places]
    .filter((p) => country === undefined || p.country === country)
    .sort((a, b) => rank[a.how] - rank[b.how] || a.sentence - b.sentence || a.word - b.word)[0];
}

function datelineFor(
  event: EventFrame,
  facts: ArticleFacts,
  date: FrameDate,
): FramePlace | undefined {
  if (facts.dateline === undefined || event.background || facts.newsDay === undefined)
    return undefined;
  if (date.precision !== 'day' || Math.abs(compareDays(date.start, facts.newsDay)) > 1)
    return undefined;
  return facts.dateline;
}

/**
 * Announced when it starts after the publication day, or when the article only tells it as
 * scheduled (من المقرر, will) and never with a past verb; else occurred.
 */
function lifecycleOf(
  event: EventFrame,
  date: FrameDate,
  facts: ArticleFacts,
): 'announced' | 'occurred' {
  const first = coveredDays(date.start, date.end).first;
  if (facts.publishedDay !== undefined && compareDays(first, facts.publishedDay) > 0)
    return 'announced';
  if (event.occurredTrigger) return 'occurred';
  return event.announced || event.announcedCue ? 'announced' : 'occurred';
}

interface Common {
  readonly event: EventFrame;
  /** The day office holders are resolved on. */
  readonly day: string;
  readonly date: FrameDate;
  readonly fallback: boolean;
  readonly facts: ArticleFacts;
  readonly actors: readonly Resolved[];
}

function draft(
  common: Common,
  type: EncounterType,
  participants: readonly DraftParticipant[],
  location: DraftLocation | undefined,
): MentionDraft {
  const { event, date, facts } = common;
  const lifecycle = lifecycleOf(event, date, facts);
  return {
    type,
    lifecycle,
    date,
    ...definedOnly({ location }),
    participants,
    ...(event.organisation === undefined || type !== 'summit'
      ? {}
      : { organisation: event.organisation }),
    agreements: signedAtHeld(
      lifecycle,
      event.agreements.map((a) => a.title),
    ),
    sentences: [...event.sentences].sort((a, b) => a - b),
    event,
    dateFromFallback: common.fallback,
  };
}

const plain = (actors: readonly Resolved[]): DraftParticipant[] =>
  actors.map((a) => ({
    personId: a.personId,
    ...definedOnly({ country: a.country }),
  }));

/** Drafts an event settles into, or the rule that refused it. */
export interface Settled {
  readonly drafts: MentionDraft[];
  readonly refusedBy?: string;
}

const refuse = (rule: string): Settled => ({ drafts: [], refusedBy: rule });
const keep = (drafts: MentionDraft[], rule: string): Settled =>
  drafts.length > 0 ? { drafts } : refuse(rule);

function finaliseVisit(common: Common): Settled {
  const { event, facts, actors } = common;
  const foreignTo = (country: string): boolean => actors.some((a) => a.country !== country);
  let destinations = [...new Set(event.places.map((p) => p.country))].filter(foreignTo);
  // "استقبل X … Y", "X hosted Y": the visit is to the receiving side's country, whatever other
  // country a title names (وزير الخارجية بجمهورية مصر العربية).
  const receiving = actors.find((a) => a.hint === 'host' && a.country !== undefined)?.country;
  const onlyCountries = event.places.every((p) => p.how === 'country');
  if (receiving !== undefined && onlyCountries && foreignTo(receiving)) destinations = [receiving];
  // "وصل X إلى الدوحة … سفارة المملكة لدى قطر": the visitor's own country, named only as a
  // country (no city of it), is where they came from when everyone of it named is a visitor.
  const home = new Set(
    actors
      .filter((a) => a.hint === 'visitor')
      .map((a) => a.country)
      .filter(
        (c) =>
          actors.every((a) => a.country !== c || a.hint === 'visitor') &&
          event.places.every((p) => p.country !== c || p.how === 'country'),
      ),
  );
  const abroad = destinations.filter((d) => !home.has(d));
  if (abroad.length > 0) destinations = abroad;
  if (destinations.length === 0) {
    const host = actors.find((a) => a.hint === 'host' && a.country !== undefined);
    const visitor = actors.find((a) => a.hint === 'visitor');
    const others =
      visitor === undefined
        ? []
        : actors.filter((a) => a.country !== visitor.country && a.country !== undefined);
    const inferred =
      host?.country ??
      (new Set(others.map((a) => a.country)).size === 1 ? others[0]?.country : undefined);
    if (inferred === undefined || !foreignTo(inferred)) return refuse('visit-without-destination');
    destinations = [inferred];
  }
  // One trip to several countries is one visit per country (أبوظبي ثم الرياض).
  if (destinations.length > 1) {
    const withHosts = destinations.filter((d) => actors.some((a) => a.country === d));
    destinations = withHosts.length > 0 ? withHosts : destinations.slice(0, 1);
  }
  const drafts: MentionDraft[] = [];
  for (const destination of destinations) {
    const hosts = actors.filter((a) => a.country === destination);
    const visitors = actors.filter(
      (a) =>
        a.country !== destination && !destinations.includes(a.country ?? '') && a.hint !== 'host',
    );
    if (visitors.length === 0) continue;
    const place = bestPlace(event.places, destination);
    const capital = capitalOf(facts.gazetteer, destination);
    const location: DraftLocation =
      place === undefined
        ? {
            country: destination,
            ...definedOnly({ placeId: capital?.id }),
            inferred: true,
          }
        : toLocation(place, facts, true);
    // A visit to a seat of power (the Kremlin, the White House) is received by the head of state.
    const seatHost =
      hosts.length === 0 && place?.how === 'seat'
        ? holderOn(facts.gazetteer, { title: 'head-of-state', country: destination }, common.day)
        : undefined;
    const participants: DraftParticipant[] = [
      ...visitors.map((a) => ({
        personId: a.personId,
        ...definedOnly({ country: a.country }),
        side: 'visitor' as const,
      })),
      ...hosts.map((a) => ({ personId: a.personId, country: destination, side: 'host' as const })),
      ...(seatHost === undefined
        ? []
        : [{ personId: seatHost, country: destination, side: 'host' as const }]),
    ];
    const visitorParties = new Set(visitors.filter((v) => v.country !== undefined).map(partyOf));
    // Leaders of two countries received together by a third, in one sentence: a summit of three.
    const together = event.sentences.length === 1;
    const type: EncounterType =
      together && visitorParties.size >= 2 && hosts.length > 0 ? 'summit' : 'visit';
    drafts.push(
      draft(
        common,
        type,
        type === 'summit' ? plain([...visitors, ...hosts]) : participants,
        location,
      ),
    );
  }
  return keep(drafts, 'visit-without-visitor');
}

const DIPLOMATIC_ROLES: ReadonlySet<string> = new Set([
  'head-of-state',
  'head-of-government',
  'foreign-minister',
]);

/**
 * "الاجتماع المقبل لأوبك في فيينا": a meeting of an economic, technical or sport body (the
 * gazetteer marks it `diplomatic: false`) is a diplomatic encounter only with a head of state or
 * government or a foreign minister named at it.
 */
function diplomaticGathering(common: Common, organisationId: string): boolean {
  const { facts, actors, day } = common;
  if (facts.gazetteer.organisations.get(organisationId)?.diplomatic !== false) return true;
  return actors.some((a) => {
    const person = facts.gazetteer.people.get(a.personId);
    const role = person === undefined ? undefined : heldOfficeOn(person, day)?.role;
    return role !== undefined && DIPLOMATIC_ROLES.has(role);
  });
}

function finaliseGathering(common: Common): Settled {
  const { event, facts, actors, date } = common;
  const place = bestPlace(event.places) ?? datelineFor(event, facts, date);
  const location = place === undefined ? undefined : toLocation(place, facts, false);
  const parties = distinctParties(actors, event);
  if (event.type === 'summit') {
    if (event.organisation !== undefined && !diplomaticGathering(common, event.organisation))
      return refuse('organisation-not-diplomatic');
    if (event.organisation !== undefined)
      return { drafts: [draft(common, 'summit', plain(actors), location)] };
    if (parties >= 3 || (event.multilateral && parties >= 2))
      return { drafts: [draft(common, 'summit', plain(actors), location)] };
    if (parties === 2) return finaliseMeeting(common, location);
    // A summit named with its host city, its own date and a leader attending (the G20 in Rio).
    const named =
      location?.placeId !== undefined &&
      !location.inferred &&
      !common.fallback &&
      !event.background;
    if (named && actors.length >= 1)
      return { drafts: [draft(common, 'summit', plain(actors), location)] };
    return refuse('summit-without-parties');
  }
  return finaliseMeeting(common, location);
}

function finaliseMeeting(common: Common, location: DraftLocation | undefined): Settled {
  const { event, facts, actors } = common;
  if (actors.length === 0 || distinctParties(actors, event) < 2)
    return refuse('fewer-than-two-parties');
  if (actors.length < 2 && event.partyCountries.length === 0)
    return refuse('fewer-than-two-parties');
  const countries = new Set([
    ...actors.map((a) => a.country).filter((c): c is string => c !== undefined),
    ...event.partyCountries,
  ]);
  // Talks in one party's capital are that party receiving the other: a visit.
  if (
    !event.sideline &&
    !event.mediated &&
    location !== undefined &&
    !location.inferred &&
    countries.size === 2 &&
    countries.has(location.country) &&
    actors.every((a) => a.country !== undefined) &&
    location.placeId !== undefined &&
    capitalOf(facts.gazetteer, location.country)?.id === location.placeId
  ) {
    const participants: DraftParticipant[] = actors.map((a) => ({
      personId: a.personId,
      ...definedOnly({ country: a.country }),
      side: a.country === location.country ? ('host' as const) : ('visitor' as const),
    }));
    return { drafts: [draft(common, 'visit', participants, location)] };
  }
  return { drafts: [draft(common, 'meeting', plain(actors), location)] };
}

function finaliseCall(common: Common): Settled {
  const { actors, event } = common;
  if (actors.length < 2 || distinctParties(actors, event) < 2)
    return refuse('fewer-than-two-parties');
  return { drafts: [draft(common, 'call', plain(actors), undefined)] };
}

/**
 * Settles an event into mention drafts: its date (or the news day for an undated, non-background
 * report of something that happened), the office holders on that date, and per type: a visit's
 * destination (the place named, else the host's country with its capital inferred) and sides,
 * one visit per country for a tour, leaders of two countries received by a third as a summit; a
 * summit needs an organisation or three parties (two make a bilateral meeting); meetings and
 * calls need two parties, and talks in one party's capital are a visit. Returns none when the
 * event does not hold up.
 */
export function finaliseEvent(event: EventFrame, facts: ArticleFacts): MentionDraft[] {
  return settleEvent(event, facts).drafts;
}

/** `finaliseEvent`, with the name of the rule that refused the event when none is kept. */
export function settleEvent(event: EventFrame, facts: ArticleFacts): Settled {
  const settled = settleDate(event, facts);
  if (settled === undefined) return refuse('no-date');
  const day = dayOf(resolutionDay(settled.date)) ?? settled.date.start;
  const { resolved: actors, outOfOffice: dropped } = resolveActors(event, facts, day);
  const common: Common = {
    event,
    day,
    date: settled.date,
    fallback: settled.fallback,
    facts,
    actors,
  };
  const outcome = ((): Settled => {
    switch (event.type) {
      case 'visit':
        return finaliseVisit(common);
      case 'summit':
      case 'meeting':
        return finaliseGathering(common);
      case 'call':
        return finaliseCall(common);
    }
  })();
  // Refused once the people out of office on its day were set aside: say so.
  if (outcome.drafts.length === 0)
    return dropped > 0 && outcome.refusedBy !== undefined
      ? refuse(`out-of-office:${outcome.refusedBy}`)
      : outcome;
  const refusals = outcome.drafts.map((d) => refuseDraft(d, facts));
  const kept = outcome.drafts.filter((_, i) => refusals[i] === undefined);
  if (kept.length > 0) return { drafts: kept };
  return refuse(refusals.find((r) => r !== undefined) ?? 'refused');
}
