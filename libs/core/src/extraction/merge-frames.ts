import type { EventFrame, FrameAgreement, FrameDate } from './event-frame';
import type { Actor } from './find-actors';
import { addDays, compareDays, coveredDays } from './day-math';
import { countriesOf, sentencesOf } from './frame-index';

// A week: what is scheduled further ahead is not the days of an encounter already under way.
const SCHEDULED_AHEAD_DAYS = 7;

// Two reports of one encounter may date it a day apart (a visit's arrival and its talks).
const DAY_TOLERANCE = 1;
// Agreements with no event in their sentence belong to one told just before.
const ORPHAN_REACH = 2;
// Two day dates of one encounter span at most this (a state visit, a summit).
const LONGEST_UNION_DAYS = 7;
// Sentences apart that talks sharing no one with a visit may be talks within it (the lexicon's
// `reaches.talksSentences` when extraction passes it).
const DEFAULT_TALKS_REACH = 2;

function people(frame: EventFrame): Set<string> {
  return new Set(frame.actors.map((a) => a.actor.personId));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared += 1;
  return shared;
}

/** Whether two dates can be the same encounter's: within a day, or overlapping coarse periods. */
export function datesAgree(a: FrameDate | undefined, b: FrameDate | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  // "Before publication" agrees with whatever starts by then.
  if (a.rule === 'before-publication' || b.rule === 'before-publication') {
    const [bound, other] = a.rule === 'before-publication' ? [a, b] : [b, a];
    return compareDays(coveredDays(other.start, other.end).first, bound.start) <= 0;
  }
  const x = coveredDays(a.start, a.end);
  const y = coveredDays(b.start, b.end);
  const tolerance = a.precision === 'day' && b.precision === 'day' ? DAY_TOLERANCE : 0;
  return compareDays(y.first, x.last) <= tolerance && compareDays(x.first, y.last) <= tolerance;
}

function placesAgree(a: EventFrame, b: EventFrame): boolean {
  if (a.places.length === 0 || b.places.length === 0) return true;
  const countries = countriesOf(a);
  return b.places.some((p) => countries.has(p.country));
}

function destinations(frame: EventFrame): ReadonlySet<string> {
  return countriesOf(frame);
}

/** Who travelled: the actors from another country than the places named, else those told so. */
function visitors(frame: EventFrame): Set<string> {
  const places = destinations(frame);
  const foreign = frame.actors.filter(
    (a) => a.actor.country !== undefined && !places.has(a.actor.country),
  );
  const hinted = frame.actors.filter((a) => a.hint === 'visitor');
  const chosen =
    places.size > 0 && foreign.length > 0 ? foreign : hinted.length > 0 ? hinted : frame.actors;
  return new Set(chosen.map((a) => a.actor.personId));
}

/** Talks during a visit: everyone in them is of the visit, or from its host country. */
function withinVisit(visit: EventFrame, meeting: EventFrame): boolean {
  if (meeting.sideline) return false;
  const known = people(visit);
  const countries = new Set([
    ...destinations(visit),
    ...visit.actors.map((a) => a.actor.country).filter((c): c is string => c !== undefined),
  ]);
  return meeting.actors.every(
    (a) =>
      known.has(a.actor.personId) ||
      (a.actor.country !== undefined && countries.has(a.actor.country)),
  );
}

/**
 * "خلال اجتماع أحزاب الائتلاف مع رئيس الحكومة الحبيب الصيد" thirteen sentences before "على هامش
 * زيارة وزيرة الدفاع الألمانية لتونس": talks and a visit that share no one are talks within the
 * visit only when told within `reach` sentences of each other, or when one is a definite noun
 * (it refers back); further apart, the host's talks are another encounter and their
 * people are not the visit's.
 */
export function talksApart(event: EventFrame, frame: EventFrame, reach: number): boolean {
  const mine = people(event);
  const theirs = people(frame);
  if (overlap(mine, theirs) > 0) return false;
  // A definite noun (المباحثات التي أجراها الرئيس المصري, the talks) refers back to the encounter
  // told before.
  if (event.definite || frame.definite) return false;
  return event.sentences.every((s) => Math.abs(s - frame.sentence) > reach);
}

function typesAgree(event: EventFrame, frame: EventFrame, talksReach: number): boolean {
  if (event.type === frame.type) return true;
  if (frame.weak) return true;
  const visitAndTalks =
    (event.type === 'visit' && frame.type === 'meeting') ||
    (event.type === 'meeting' && frame.type === 'visit');
  if (visitAndTalks && talksApart(event, frame, talksReach)) return false;
  if (event.type === 'visit' && frame.type === 'meeting') return withinVisit(event, frame);
  if (event.type === 'meeting' && frame.type === 'visit') return withinVisit(frame, event);
  if (event.type === 'summit' && frame.type === 'visit')
    return !frame.actors.some((a) => a.hint === 'host');
  return false;
}

function actorsAgree(event: EventFrame, frame: EventFrame): boolean {
  const mine = people(event);
  const theirs = people(frame);
  if (theirs.size === 0 || mine.size === 0) return true;
  const shared = overlap(mine, theirs);
  if (frame.weak) return shared === theirs.size || shared >= 2;
  // Talks within a visit were checked in typesAgree: the host side may be new to it.
  const visitAndTalks = new Set([event.type, frame.type]);
  if (visitAndTalks.has('visit') && visitAndTalks.has('meeting')) return true;
  if (event.type !== frame.type) return shared > 0;
  switch (event.type) {
    case 'summit':
      // Organisations are compared in canMerge; without one, the date and place decide.
      return true;
    case 'visit': {
      // "X greeted him", "he was received by X": the receiving side of the visit told before.
      const places = destinations(event);
      const receiving = frame.actors.every(
        (a) => a.hint === 'host' || (a.actor.country !== undefined && places.has(a.actor.country)),
      );
      return overlap(visitors(event), visitors(frame)) > 0 || shared === theirs.size || receiving;
    }
    case 'meeting':
    case 'call':
      return shared > 0 && (shared === mine.size || shared === theirs.size || shared >= 2);
  }
}

/** Told only as scheduled, while the other is dated before the article: two encounters. */
function tenseClash(a: EventFrame, b: EventFrame, publishedDay: string | undefined): boolean {
  if (publishedDay === undefined || !a.announced || a.occurredTrigger) return false;
  if (scheduledFarAhead(a, b, publishedDay)) return true;
  if (b.date === undefined) return false;
  return compareDays(coveredDays(b.date.start, b.date.end).last, publishedDay) < 0;
}

/**
 * "المباحثات التي أجراها الصيد … وكان المسؤولان قد التقيا …، ومن المقرر أن تبدأ مفاوضات … اعتبارا
 * من أكتوبر المقبل": something scheduled to begin more than `SCHEDULED_AHEAD_DAYS` after the
 * article is not part of an encounter told as done, dated or not; it would carry its far date
 * onto the talks already held.
 */
export function scheduledFarAhead(
  scheduled: EventFrame,
  done: EventFrame,
  publishedDay: string,
): boolean {
  if (scheduled.date === undefined || !done.occurredTrigger || done.announced) return false;
  const first = coveredDays(scheduled.date.start, scheduled.date.end).first;
  return compareDays(first, addDays(publishedDay, SCHEDULED_AHEAD_DAYS)) > 0;
}

/** A frame whose own clause names people of whom none is a party: someone else's encounter. */
const othersOnly = (frame: EventFrame): boolean => frame.actors.length === 0 && frame.namesOthers;

function canMerge(
  event: EventFrame,
  frame: EventFrame,
  talksReach: number,
  publishedDay?: string,
): boolean {
  if (sentencesOf(event).set.has(frame.sentence)) return false;
  // "الزيارة الأخيرة التي قام بها وزير الدفاع الأميركي إلى بغداد": told of an official the
  // gazetteer cannot name, it is not the encounter of the people named elsewhere.
  if (othersOnly(frame) || othersOnly(event)) return false;
  if (!typesAgree(event, frame, talksReach)) return false;
  if (!datesAgree(event.date, frame.date)) return false;
  if (tenseClash(frame, event, publishedDay) || tenseClash(event, frame, publishedDay))
    return false;
  const referring = frame.definite && event.type === frame.type;
  // A summit "this year" is not the one on Thursday unless the text refers back to it.
  const coarse = (d: FrameDate | undefined): boolean => d !== undefined && d.precision !== 'day';
  const mixed =
    event.date !== undefined &&
    frame.date !== undefined &&
    coarse(event.date) !== coarse(frame.date);
  if (mixed && !referring && (frame.organisation !== undefined || frame.places.length > 0))
    return false;
  if (!referring && !placesAgree(event, frame)) return false;
  if (
    event.organisation !== undefined &&
    frame.organisation !== undefined &&
    event.organisation !== frame.organisation
  )
    return false;
  // "الزيارة", "the talks": a definite noun refers to the latest encounter of its type.
  if (referring) return true;
  return actorsAgree(event, frame);
}

/** The finer of two agreeing dates; two day dates become the span they cover together. */
function finer(a: FrameDate | undefined, b: FrameDate | undefined): FrameDate | undefined {
  if (a === undefined || a.rule === 'before-publication') return b ?? a;
  if (b === undefined || b.rule === 'before-publication') return a;
  const rank = { day: 0, month: 1, year: 2 } as const;
  if (a.precision !== 'day' || b.precision !== 'day')
    return rank[b.precision] < rank[a.precision] ? b : a;
  // A week ("this week") says less than a day; keep the day.
  if (a.rule === 'relative-week' && b.rule !== 'relative-week') return b;
  if (b.rule === 'relative-week') return a;
  const start = compareDays(b.start, a.start) < 0 ? b : a;
  const endOf = (d: FrameDate): string => d.end ?? d.start;
  const end = compareDays(endOf(b), endOf(a)) > 0 ? endOf(b) : endOf(a);
  if (compareDays(end, start.start) > LONGEST_UNION_DAYS) return a;
  if (end !== start.start) return { ...start, end };
  const { end: _single, ...day } = start;
  return day;
}

function addAgreements(into: FrameAgreement[], more: readonly FrameAgreement[]): void {
  for (const agreement of more)
    if (!into.some((a) => a.title === agreement.title)) into.push(agreement);
}

/**
 * Whether a frame joining an event brings its places: not a weak frame (بحث, discussed) to an
 * encounter placed already, and not a frame with no people of its own that refers back to nothing
 * ("وتلتقي المساعي الروسية مع التوجهات الأميركية … مؤسسة بحثية في نيويورك"): its sentence tells
 * no one's encounter, so its places are no encounter's.
 */
export function placesJoin(event: EventFrame, frame: EventFrame): boolean {
  if (frame.weak && event.places.length > 0) return false;
  return frame.actors.length > 0 || frame.definite || frame.anaphoric || frame.pairAnaphor;
}

function absorb(event: EventFrame, frame: EventFrame): void {
  if (!sentencesOf(event).set.has(frame.sentence)) event.sentences.push(frame.sentence);
  if (event.type === 'meeting' && frame.type === 'visit' && !frame.weak) event.type = 'visit';
  for (const a of frame.actors) {
    const existing = event.actors.find((e) => e.actor.personId === a.actor.personId);
    if (existing === undefined) event.actors.push(a);
    else if (existing.hint === undefined && a.hint !== undefined)
      event.actors[event.actors.indexOf(existing)] = { ...existing, hint: a.hint };
  }
  if (placesJoin(event, frame)) event.places.push(...frame.places);
  // A trip made to attend a summit does not move the summit's days (Xi arrived the day before).
  if (!(event.type === 'summit' && frame.type === 'visit' && event.date !== undefined))
    event.date = finer(event.date, frame.date);
  event.durationDays ??= frame.durationDays;
  event.organisation ??= frame.organisation;
  event.announced = event.announced && frame.announced;
  event.announcedCue = event.announcedCue || frame.announcedCue;
  event.occurredTrigger = event.occurredTrigger || frame.occurredTrigger;
  event.weak = event.weak && frame.weak;
  event.background = event.background && frame.background;
  event.sideline = event.sideline || frame.sideline;
  event.purpose = event.purpose || frame.purpose;
  event.multilateral = event.multilateral || frame.multilateral;
  event.leaders = event.leaders || frame.leaders;
  event.strongTriggers += frame.strongTriggers;
  event.mediated = event.mediated || frame.mediated;
  event.partyCountries = [...new Set([...event.partyCountries, ...frame.partyCountries])].sort();
  addAgreements(event.agreements, frame.agreements);
}

/**
 * Dates a frame told against another ("a week after Macron's visit there") from that event's day
 * date, when the sentence gives the distance, and places it there when it says "there".
 */
function relate(frame: EventFrame, referent: EventFrame): void {
  const days = frame.relativeTo?.days;
  if (frame.date === undefined && days !== undefined && referent.date?.precision === 'day') {
    const start = addDays(referent.date.start, days);
    frame.date = {
      start,
      precision: 'day',
      rule: 'relative-to-event',
      raw: `${days} days from ${referent.date.start}`,
    };
  }
  if (frame.placeFromReferent && frame.places.length === 0)
    frame.places = referent.places.map((p) => ({ ...p, sentence: frame.sentence }));
}

/** Frames of one sentence, in reading order, and what it adds to the event told before it. */
export interface SentenceOutput {
  readonly sentence: number;
  readonly frames: readonly EventFrame[];
  readonly orphanAgreements: readonly FrameAgreement[];
  readonly orphanActors: readonly Actor[];
  readonly orphanParties: readonly string[];
}

/**
 * Merges the frames of an article into events, in reading order: a frame joins the latest event
 * it agrees with (type, or talks within a visit; dates within a day; places; organisation; shared
 * actors, or none of its own when it refers back), else it opens an event. "The two sides" with
 * nobody to refer to takes the people of the latest event with two or more. Agreements signed in
 * a sentence without an event go to the event told just before.
 */
export function mergeFrames(
  outputs: readonly SentenceOutput[],
  publishedDay?: string,
  talksReach = DEFAULT_TALKS_REACH,
): EventFrame[] {
  const events: EventFrame[] = [];
  const eventOf = new Map<EventFrame, EventFrame>();
  for (const output of outputs) {
    for (const frame of output.frames) {
      const referent =
        frame.relativeTo === undefined ? undefined : eventOf.get(frame.relativeTo.frame);
      if (referent !== undefined) relate(frame, referent);
      // "الرئيسين الأميركي والتركي بحثا": the two of the latest encounter of two or more, told
      // again; it joins that encounter when it can.
      if (frame.actors.length === 0 && frame.pairAnaphor) {
        const pair = [...events].reverse().find((e) => people(e).size >= 2);
        if (pair !== undefined)
          frame.actors = pair.actors.map((a) => ({ actor: a.actor, sentence: a.sentence }));
      }
      const open = (e: EventFrame): boolean =>
        e !== referent && canMerge(e, frame, talksReach, publishedDay);
      // A definite noun refers to the story's encounter before one recalled in passing.
      const told = frame.definite
        ? [...events].reverse().find((e) => e.type === frame.type && !e.background && open(e))
        : undefined;
      const sameType = told ?? [...events].reverse().find((e) => e.type === frame.type && open(e));
      // "الاجتماع", "the meeting" after a summit held as a meeting of leaders: that summit.
      const summitMeeting =
        frame.definite && frame.type === 'meeting' && sameType === undefined
          ? [...events]
              .reverse()
              .find(
                (e) =>
                  e.type === 'summit' &&
                  !e.background &&
                  e !== referent &&
                  !sentencesOf(e).set.has(frame.sentence) &&
                  datesAgree(e.date, frame.date),
              )
          : undefined;
      const target = sameType ?? summitMeeting ?? [...events].reverse().find(open);
      if (target !== undefined) {
        absorb(target, frame);
        eventOf.set(frame, target);
        continue;
      }
      const opened: EventFrame = {
        ...frame,
        sentences: [...frame.sentences],
        actors: [...frame.actors],
        places: [...frame.places],
        agreements: [...frame.agreements],
      };
      events.push(opened);
      eventOf.set(frame, opened);
    }
    const last = events.at(-1);
    const lastSentence = last === undefined ? -Infinity : sentencesOf(last).last;
    if (last === undefined) continue;
    if (output.orphanAgreements.length > 0 && output.sentence - lastSentence <= ORPHAN_REACH) {
      addAgreements(last.agreements, output.orphanAgreements);
      if (!sentencesOf(last).set.has(output.sentence)) last.sentences.push(output.sentence);
    }
    // "وترأس الوفد السعودي …": the heads of delegation of the talks just told.
    if (
      (output.orphanActors.length > 0 || output.orphanParties.length > 0) &&
      output.sentence - lastSentence <= 1 &&
      (last.type === 'meeting' || last.type === 'summit')
    ) {
      for (const actor of output.orphanActors)
        if (!last.actors.some((a) => a.actor.personId === actor.personId))
          last.actors.push({ actor, sentence: output.sentence });
      last.partyCountries = [...new Set([...last.partyCountries, ...output.orphanParties])].sort();
      if (!sentencesOf(last).set.has(output.sentence)) last.sentences.push(output.sentence);
    }
  }
  return events;
}
