import type { Gazetteer } from '../gazetteer';
import { addDays, compareDays, dayOf, weekdayOf } from './day-math';
import type { EncounterType, EventFrame, FrameAgreement, FrameDate, FramePlace } from './event-frame';
import type { TriggerKind, TriggerSubject } from './extraction-lexicon.schema';
import type { Actor } from './find-actors';
import type { PhraseHit } from './find-phrases';
import { findPlaces } from './find-places';
import { CLAUSE_OPENERS } from './tokenise-words';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';

interface TriggerInfo {
  readonly hit: PhraseHit;
  readonly kind: TriggerKind;
  readonly clause: number;
  readonly first: number;
  readonly negated: boolean;
  readonly qualifier: boolean;
  readonly definite: boolean;
  readonly announced: boolean;
  readonly occurred: boolean;
  readonly weak: boolean;
  readonly subject: TriggerSubject;
  readonly passive: boolean;
}

/** What a sentence yields: its frames, and what it adds to the event told before it. */
export interface SentenceFrames {
  readonly frames: EventFrame[];
  readonly orphanAgreements: FrameAgreement[];
  /** Delegation heads named in a sentence with no event of its own ("وترأس الوفد …"). */
  readonly orphanActors: Actor[];
  readonly orphanParties: string[];
}

const ENCOUNTERS: readonly EncounterType[] = ['visit', 'summit', 'meeting', 'call'];
const NOUN_QUALIFIER_REACH = 3;
const PURPOSE_REACH = 4;
const OFFSET_REACH = 3;
// A place or date in a clause with no trigger of its own belongs to a frame this close.
const STRAY_PLACE_REACH = 10;
const STRAY_DATE_REACH = 6;
const ORGANISATION_AFTER = 5;
const ORGANISATION_BEFORE = 3;
const PARTY_REACH = 3;
const AGREEMENT_REACH = 10;
const AGREEMENT_TITLE_WORDS = 12;
const LONGEST_RANGE_DAYS = 14;
const RANGE_GAP = 3;
const NUMBER = /^[\p{N}]+$/u;

function isTrigger(hit: PhraseHit, kind?: TriggerKind): boolean {
  return hit.meaning.kind === 'trigger' && (kind === undefined || hit.meaning.trigger === kind);
}

function readTrigger(reading: SentenceReading, hit: PhraseHit): TriggerInfo | undefined {
  if (hit.meaning.kind !== 'trigger') return undefined;
  const meaning = hit.meaning;
  const clause = clauseOf(reading, hit.first);
  const before = (cue: PhraseHit): boolean => cue.last < hit.first;
  const sameClause = (cue: PhraseHit): boolean => clauseOf(reading, cue.first) === clause;
  const negated =
    cuesOf(reading, 'cancellation').some((c) => sameClause(c) || before(c)) ||
    cuesOf(reading, 'negation').some((c) => sameClause(c) && before(c));
  // "first visit", "أول زيارة": the visit qualifies the event the sentence is about; so does "أول
  // قمة بين الرئيسين", but not "the second China-Central Asia summit", an edition of a format.
  const edition = reading.entities.some(
    (e) =>
      e.match.kind === 'organisation' &&
      ((e.first > hit.last && e.first - hit.last <= 4) || (e.last < hit.first && hit.first - e.last <= 3)),
  );
  const qualifier =
    (meaning.trigger === 'visit' || (meaning.trigger === 'summit' && !edition)) &&
    meaning.lifecycle === 'context' &&
    cuesOf(reading, 'qualifier').some(
      (q) => q.last < hit.first && hit.first - q.last <= NOUN_QUALIFIER_REACH && sameClause(q),
    );
  const firstWord = hit.phrase.words[0] ?? '';
  const definite =
    /ال$|لل$/u.test(hit.prefix) ||
    firstWord.startsWith('ال') ||
    cuesOf(reading, 'definite').some((d) => d.last === hit.first - 1) ||
    cuesOf(reading, 'pairAnaphor').some((p) => p.last === hit.first - 1);
  const announced =
    meaning.lifecycle === 'announced' ||
    cuesOf(reading, 'announced').some(
      (c) => c.first < hit.first && (sameClause(c) || c.first <= 1),
    );
  return {
    hit,
    kind: meaning.trigger,
    clause,
    first: hit.first,
    negated,
    qualifier,
    definite,
    announced,
    occurred: meaning.lifecycle === 'occurred',
    weak: meaning.weak,
    subject: meaning.subject,
    passive: meaning.passive,
  };
}

/** A stretch of a sentence between sequence cues (… بعد …): its own events. */
interface Group {
  readonly from: number;
  readonly to: number;
  readonly cue?: PhraseHit;
}

/**
 * Splits a sentence at sequence cues that follow an encounter trigger: "The visit comes three
 * days after Orban held talks with Putin" tells two events, the second dated from the first.
 */
function splitGroups(reading: SentenceReading, triggers: readonly TriggerInfo[]): Group[] {
  const encounters = triggers.filter((t) => t.kind !== 'signing');
  const adverbs = cuesOf(reading, 'notSequence');
  const cues = [...cuesOf(reading, 'sequence'), ...cuesOf(reading, 'sequenceBefore')]
    .filter(
      (c) =>
        !adverbs.some((a) => a.first <= c.last && c.first <= a.last) &&
        encounters.some((t) => t.first < c.first) &&
        encounters.some((t) => t.first > c.last),
    )
    .sort((a, b) => a.first - b.first);
  const groups: Group[] = [];
  let from = 0;
  let cue: PhraseHit | undefined;
  for (const next of cues) {
    groups.push({ from, to: next.first - 1, ...(cue === undefined ? {} : { cue }) });
    from = next.last + 1;
    cue = next;
  }
  groups.push({ from, to: reading.words.length - 1, ...(cue === undefined ? {} : { cue }) });
  return groups;
}

function offsetDays(reading: SentenceReading, cue: PhraseHit): number | undefined {
  const direction = cuesOf(reading, 'sequenceBefore').includes(cue) ? 1 : -1;
  const offset = reading.hits.find(
    (h) =>
      h.meaning.kind === 'offset' &&
      ((h.last < cue.first && cue.first - h.last <= OFFSET_REACH) ||
        (h.first >= cue.first && h.first - cue.last <= OFFSET_REACH)),
  );
  return offset?.meaning.kind === 'offset' ? direction * offset.meaning.days : undefined;
}

/** Countries taking part through a delegation or an unnamed official (الوفد السعودي, U.S. envoy). */
function partiesIn(reading: SentenceReading, from: number, to: number): string[] {
  const cues = [...cuesOf(reading, 'delegation'), ...cuesOf(reading, 'officialNoun')];
  const parties = new Set<string>();
  for (const e of reading.entities) {
    if (e.match.kind !== 'country' || e.first < from || e.last > to) continue;
    const near = cues.some(
      (c) =>
        (e.first > c.last && e.first - c.last <= PARTY_REACH) ||
        (e.last < c.first && c.first - e.last <= PARTY_REACH),
    );
    if (near) parties.add(e.match.id);
  }
  return [...parties].sort();
}

function newFrame(
  reading: SentenceReading,
  group: Group,
  type: EncounterType,
  triggers: readonly TriggerInfo[],
): EventFrame {
  const main = triggers.find((t) => !t.weak) ?? triggers[0];
  const first = main?.first ?? 0;
  const clause = clauseOf(reading, first);
  const inGroup = (cue: PhraseHit): boolean => cue.first >= group.from && cue.last <= group.to;
  const inClauseBefore = (cue: PhraseHit): boolean =>
    cue.last < first && (clauseOf(reading, cue.first) === clause || cue.first <= 1);
  const summitTriggers = reading.hits.filter((h) => isTrigger(h, 'summit'));
  return {
    type,
    sentences: [reading.index],
    sentence: reading.index,
    trigger: first,
    announced: main?.announced === true,
    occurredTrigger: triggers.some((t) => t.occurred && !t.weak && !t.announced),
    weak: triggers.every((t) => t.weak),
    anaphoric: triggers.every((t) => t.definite),
    definite: triggers.filter((t) => t.kind === type).every((t) => t.definite),
    pairAnaphor: cuesOf(reading, 'pairAnaphor').some(inGroup),
    background: group.cue !== undefined || cuesOf(reading, 'background').some(inClauseBefore),
    sideline: cuesOf(reading, 'sideline').length > 0,
    purpose: cuesOf(reading, 'purpose').some((p) =>
      summitTriggers.some((h) => h.first > p.last && h.first - p.last <= PURPOSE_REACH),
    ),
    multilateral: cuesOf(reading, 'multilateral').length > 0,
    leaders: cuesOf(reading, 'leaders').length > 0,
    actors: [],
    places: [],
    agreements: [],
    strongTriggers: triggers.filter((t) => !t.weak).length,
    placeFromReferent: cuesOf(reading, 'placeAnaphor').some(inGroup),
    mediated: cuesOf(reading, 'mediation').length > 0,
    partyCountries: partiesIn(reading, group.from, group.to),
  };
}

/** A frame with where its triggers are, for assigning what lies near them. */
interface Anchored {
  readonly frame: EventFrame;
  readonly group: Group;
  readonly groupIndex: number;
  readonly positions: number[];
  readonly clauses: Set<number>;
}

function distanceTo(a: Anchored, word: number): number {
  return Math.min(...a.positions.map((p) => Math.abs(p - word)));
}

/**
 * The frame a word belongs to: in its stretch of the sentence, with a trigger in its clause
 * (nearest first), else, when its clause has no trigger, the nearest frame within reach; a
 * relative clause (الذي, which) only describes what comes before it.
 */
function homeOf(
  reading: SentenceReading,
  anchored: readonly Anchored[],
  word: number,
  reach: number,
  accepts: (a: Anchored) => boolean = () => true,
): Anchored | undefined {
  return placement(reading, anchored, word, reach, accepts)?.home;
}

/**
 * Where a word's place or date goes, and whether it is a stray (from a clause without a trigger,
 * used only when the frame has none of its own). Words in what a speaker says after the trigger
 * ("…, قائلا إن … في غزة") describe the speech, not the event.
 */
function placement(
  reading: SentenceReading,
  anchored: readonly Anchored[],
  word: number,
  reach: number,
  accepts: (a: Anchored) => boolean = () => true,
): { home: Anchored; stray: boolean } | undefined {
  const clause = clauseOf(reading, word);
  const candidates = anchored.filter(
    (a) =>
      accepts(a) && word >= a.group.from && word <= a.group.to && !reportedAfter(reading, a.frame.trigger, word),
  );
  const byDistance = (list: readonly Anchored[]): Anchored | undefined =>
    [...list].sort((x, y) => distanceTo(x, word) - distanceTo(y, word))[0];
  const sameClause = byDistance(candidates.filter((a) => a.clauses.has(clause)));
  if (sameClause !== undefined) return { home: sameClause, stray: false };
  const clauseHasTrigger = reading.hits.some((h) => isTrigger(h) && clauseOf(reading, h.first) === clause);
  if (clauseHasTrigger) return undefined;
  const clauseStart = reading.words.find((w) => w.clause === clause)?.index ?? word;
  const opener = reading.words[clauseStart]?.fold ?? '';
  // "إذ أطلقت روسيا …", "while …": a clause about something else.
  if (CLAUSE_OPENERS.has(opener) || CLAUSE_OPENERS.has(opener.replace(/^[وف]/u, ''))) return undefined;
  const relative = cuesOf(reading, 'relative').some((r) => r.first === clauseStart);
  const inGroup = candidates.filter((a) => !relative || a.positions.some((p) => p < clauseStart));
  // Alone in its stretch of the sentence, a frame owns every trigger-less clause of it; else a
  // clause right after a trigger's clause ("التقى X Y، أمس الأحد، …") belongs to that trigger.
  const alone = inGroup.length === 1 && anchored.filter((a) => a.group === inGroup[0]?.group).length === 1;
  const following = inGroup.filter((a) => a.clauses.has(clause - 1));
  const near = alone
    ? inGroup
    : following.length > 0
      ? following
      : inGroup.filter((a) => distanceTo(a, word) <= reach);
  const home = byDistance(near);
  return home === undefined ? undefined : { home, stray: true };
}

function toFrameDate(expression: SentenceReading['dates'][number]['expression']): FrameDate {
  return {
    start: expression.value.start,
    ...(expression.value.end === undefined ? {} : { end: expression.value.end }),
    precision: expression.value.precision,
    raw: expression.raw,
    ...(expression.anchor === undefined ? {} : { anchor: expression.anchor }),
    rule: expression.rule,
  };
}

interface PlacedDate {
  readonly date: FrameDate;
  readonly first: number;
  /** Dates the report was made on (أعلن … اليوم أن …): they date only what already happened. */
  readonly speech: boolean;
}

/** Where what a reporting verb reports begins: after its complementiser (أن, that), else after it. */
function reportStart(reading: SentenceReading, verb: PhraseHit): number {
  const opener = [...cuesOf(reading, 'complementisers'), ...cuesOf(reading, 'selfReference')]
    .filter((c) => c.first > verb.last)
    .sort((a, b) => a.first - b.first)[0];
  return opener === undefined ? verb.last + 1 : opener.last + 1;
}

/** Whether `word` lies in what a speaker says after `trigger` ("…, قائلا إن … في غزة"). */
function reportedAfter(reading: SentenceReading, trigger: number, word: number): boolean {
  return cuesOf(reading, 'reporting').some((r) => r.first > trigger && reportStart(reading, r) <= word);
}

function sinceScope(reading: SentenceReading, word: number): boolean {
  return cuesOf(reading, 'since').some(
    (s) => s.last < word && clauseOf(reading, s.first) === clauseOf(reading, word),
  );
}

function inReportingSpan(reading: SentenceReading, word: number): boolean {
  return cuesOf(reading, 'reporting').some((verb) => {
    const start = reportStart(reading, verb);
    return start > verb.last + 1 && word > verb.last && word < start;
  });
}

/** Dates of a sentence that can date an event: not after منذ/since, ranges joined (الأربعاء والخميس). */
function findDates(reading: SentenceReading, anchor: string | undefined): PlacedDate[] {
  const joins = new Set(cuesOf(reading, 'rangeJoin').flatMap((j) => [j.first, j.last]));
  const usable = reading.dates.filter((d) => !sinceScope(reading, d.first));
  const placed: PlacedDate[] = [];
  for (let i = 0; i < usable.length; i += 1) {
    const current = usable[i];
    if (current === undefined) continue;
    let date = toFrameDate(current.expression);
    const next = usable[i + 1];
    if (next !== undefined && date.precision === 'day' && next.expression.value.precision === 'day') {
      const gap = next.first - current.last - 1;
      const joined = gap === 0 || (gap <= RANGE_GAP && joins.has(next.first - 1));
      const startDay = date.start;
      let endDay = next.expression.value.end ?? next.expression.value.start;
      if (joined && compareDays(endDay, startDay) <= 0 && next.expression.rule === 'relative-weekday') {
        const weekday = weekdayOf(endDay);
        endDay = addDays(startDay, 1);
        while (weekdayOf(endDay) !== weekday) endDay = addDays(endDay, 1);
      }
      const span = compareDays(endDay, startDay);
      if (joined && span > 0 && span <= LONGEST_RANGE_DAYS) {
        date = { ...date, end: endDay, raw: `${date.raw ?? ''} … ${next.expression.raw}` };
        i += 1;
      } else if (joined && span === 0) {
        i += 1;
      }
    }
    placed.push({ date, first: current.first, speech: inReportingSpan(reading, current.first) });
  }
  // "within two weeks": a month-precision date for something announced.
  const day = anchor === undefined ? undefined : dayOf(anchor);
  for (const hit of reading.hits) {
    if (hit.meaning.kind !== 'horizon' || day === undefined) continue;
    if (placed.some((p) => Math.abs(p.first - hit.first) <= 2)) continue;
    const month = addDays(day, hit.meaning.days).slice(0, 7);
    placed.push({
      date: { start: month, precision: 'month', raw: hit.phrase.text, rule: 'horizon' },
      first: hit.first,
      speech: false,
    });
  }
  return placed;
}

function agreementsOf(reading: SentenceReading, signing: readonly TriggerInfo[]): FrameAgreement[] {
  const nouns = cuesOf(reading, 'agreementNouns');
  const found: FrameAgreement[] = [];
  for (const sign of signing) {
    for (const noun of nouns) {
      const after = noun.first > sign.first && noun.first - sign.hit.last <= AGREEMENT_REACH;
      const before = noun.last < sign.first && sign.first - noun.last <= 4;
      if (!after && !before) continue;
      if (found.some((f) => f.start === noun.first)) continue;
      let from = noun.first;
      const previous = reading.words[from - 1];
      if (previous !== undefined && NUMBER.test(previous.raw)) from -= 1;
      const clause = clauseOf(reading, noun.first);
      let to = noun.last;
      while (
        to + 1 < reading.words.length &&
        to - from < AGREEMENT_TITLE_WORDS &&
        clauseOf(reading, to + 1) === clause &&
        !nouns.some((n) => n.first === to + 1) &&
        !signing.some((s) => s.first === to + 1)
      )
        to += 1;
      const start = reading.words[from]?.start ?? reading.start;
      const end = reading.words[to]?.end ?? reading.end;
      found.push({ title: reading.text.slice(start - reading.start, end - reading.start), start: noun.first, end: to });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function hintFor(
  actors: readonly Actor[],
  trigger: TriggerInfo,
): { actor: Actor; side: 'visitor' | 'host' } | undefined {
  if (trigger.kind !== 'visit' || (trigger.subject !== 'visitor' && trigger.subject !== 'host'))
    return undefined;
  const beforeActor = [...actors].reverse().find((a) => a.last < trigger.first && trigger.first - a.last <= 2);
  const afterActor = actors.find((a) => a.first > trigger.hit.last);
  const subject = beforeActor ?? afterActor;
  if (subject === undefined) return undefined;
  const subjectSide = trigger.subject === 'host' ? 'host' : 'visitor';
  const side =
    trigger.passive && subject === afterActor ? (subjectSide === 'host' ? 'visitor' : 'host') : subjectSide;
  return { actor: subject, side };
}

function eligible(actor: Actor, a: Anchored, pairAnaphor: boolean, anyGroup = false): boolean {
  if (actor.excluded) return false;
  if (!anyGroup && (actor.first < a.group.from || actor.first > a.group.to)) return false;
  if (actor.negated && !a.clauses.has(actor.clause)) return false;
  if (!pairAnaphor && actor.speakerBefore !== undefined && a.frame.trigger >= actor.speakerBefore)
    return false;
  return true;
}

function framesOfGroup(
  reading: SentenceReading,
  group: Group,
  groupIndex: number,
  triggers: readonly TriggerInfo[],
  actors: readonly Actor[],
): Anchored[] {
  const inGroup = triggers.filter((t) => t.first >= group.from && t.first <= group.to);
  const byType = new Map<EncounterType, TriggerInfo[]>();
  for (const type of ENCOUNTERS) {
    const own = inGroup.filter((t) => t.kind === type && !t.qualifier);
    if (own.length > 0) byType.set(type, own);
  }
  const strong = (type: EncounterType): boolean => (byType.get(type) ?? []).some((t) => !t.weak);
  // Weak triggers (بحث, discussed) only stand alone when nothing stronger is in the stretch.
  if (ENCOUNTERS.some(strong)) for (const type of ENCOUNTERS) if (!strong(type)) byType.delete(type);
  const fold = (from: EncounterType, into: EncounterType): void => {
    const moved = byType.get(from) ?? [];
    byType.delete(from);
    byType.set(into, [...(byType.get(into) ?? []), ...moved]);
  };
  const sideline = cuesOf(reading, 'sideline').length > 0;
  const meeting = byType.get('meeting');
  if (meeting !== undefined && !sideline) {
    // A meeting of an organisation's leaders, in one clause, is its summit.
    const clauses = new Set(meeting.map((t) => t.clause));
    const leaders = cuesOf(reading, 'leaders').some((l) => clauses.has(clauseOf(reading, l.first)));
    const organisation = reading.entities.some(
      (e) => e.match.kind === 'organisation' && clauses.has(clauseOf(reading, e.first)),
    );
    // "اجتماع لمنظمة شنغهاي", "a meeting of the SCO": an organisation's meeting is its summit.
    const ofOrganisation = reading.entities.some(
      (e) =>
        e.match.kind === 'organisation' &&
        (e.match.form === 'acronym' || e.last - e.first >= 2) &&
        meeting.some((t) => e.first > t.hit.last && e.first - t.hit.last <= 2),
    );
    if ((leaders && organisation) || ofOrganisation) fold('meeting', 'summit');
  }
  // "مباحثات استضافتها بكين", "a summit the Kazakh capital hosts": a place hosting talks or a
  // summit is where they are held, not a visit.
  const hostedByPlace = (byType.get('visit') ?? []).every(
    (t) =>
      t.subject === 'host' &&
      reading.entities.some(
        (e) =>
          (e.match.kind === 'place' || e.match.kind === 'country') &&
          ((e.first > t.hit.last && e.first - t.hit.last <= 2) || (e.last < t.first && t.first - e.last <= 1)),
      ),
  );
  if (byType.has('visit') && hostedByPlace && !byType.has('summit') && byType.has('meeting'))
    fold('visit', 'meeting');
  const visit = byType.get('visit');
  if (byType.has('summit') && visit !== undefined) {
    // Hosting a summit, or travelling to attend one, is part of the summit.
    const purpose = cuesOf(reading, 'purpose').some((p) =>
      (byType.get('summit') ?? []).some((s) => s.first > p.last && s.first - p.last <= PURPOSE_REACH),
    );
    if (purpose || visit.every((t) => t.subject === 'host')) fold('visit', 'summit');
  }
  if (byType.has('visit') && byType.has('meeting') && !sideline) fold('meeting', 'visit');
  const signing = inGroup.filter((t) => t.kind === 'signing');
  if (byType.size === 0 && signing.length > 0) {
    const people = new Set(
      actors.filter((a) => !a.excluded && a.first >= group.from && a.first <= group.to).map((a) => a.personId),
    );
    if (people.size >= 2) byType.set('meeting', signing.map((s) => ({ ...s, weak: true })));
  }
  return [...byType].map(([type, list]) => ({
    frame: newFrame(reading, group, type, list),
    group,
    groupIndex,
    positions: list.map((t) => t.first),
    clauses: new Set(list.map((t) => t.clause)),
  }));
}

function assignActors(reading: SentenceReading, frames: readonly Anchored[], actors: readonly Actor[]): void {
  const pairAnaphor = cuesOf(reading, 'pairAnaphor').length > 0;
  // Someone named in what a speaker adds after the trigger is not a party to it.
  const reported = (actor: Actor, a: Anchored): boolean => reportedAfter(reading, a.frame.trigger, actor.first);
  for (const actor of actors) {
    const candidates = frames.filter((a) => eligible(actor, a, pairAnaphor) && !reported(actor, a));
    const sameClause = candidates.filter((a) => a.clauses.has(actor.clause));
    const pool = sameClause.length > 0 ? sameClause : candidates;
    const home = [...pool].sort((x, y) => distanceTo(x, actor.first) - distanceTo(y, actor.first))[0];
    home?.frame.actors.push({ actor, sentence: reading.index });
  }
  for (const a of frames) {
    const needed = a.frame.type === 'visit' ? 1 : 2;
    // A noun that refers back (الزيارة, the summit) takes only who is named with it.
    if (a.frame.actors.length >= needed || a.frame.definite) continue;
    // A later stretch may borrow the parties told before it (… after a phone call with him).
    const borrows = a.groupIndex > 0 && (a.frame.type === 'call' || a.frame.type === 'meeting');
    for (const actor of actors) {
      const borrowed = borrows && actor.first < a.group.from;
      if (!eligible(actor, a, pairAnaphor, borrowed) || reported(actor, a)) continue;
      if (!a.frame.actors.some((f) => f.actor === actor)) a.frame.actors.push({ actor, sentence: reading.index });
    }
    a.frame.actors.sort((x, y) => x.actor.first - y.actor.first);
  }
}

function assignHints(frames: readonly Anchored[], triggers: readonly TriggerInfo[]): void {
  for (const a of frames) {
    a.frame.anaphoric = a.frame.anaphoric && a.frame.actors.length === 0;
    for (const trigger of triggers) {
      if (!a.positions.includes(trigger.first)) continue;
      const hint = hintFor(a.frame.actors.map((f) => f.actor), trigger);
      if (hint === undefined) continue;
      a.frame.actors = a.frame.actors.map((f) =>
        f.actor === hint.actor && f.hint === undefined ? { ...f, hint: hint.side } : f,
      );
    }
  }
}

function organisationFor(reading: SentenceReading, summit: Anchored, gazetteer: Gazetteer): string | undefined {
  const roleWords = new Set<number>();
  for (const e of reading.entities)
    if (e.match.kind === 'role') for (let i = e.first; i <= e.last; i += 1) roleWords.add(i);
  const organisations = reading.entities.filter(
    (e) => e.match.kind === 'organisation' && !roleWords.has(e.first),
  );
  const near = (first: number, last: number, word: number): boolean =>
    (first > word && first - word <= ORGANISATION_AFTER) || (last < word && word - last <= ORGANISATION_BEFORE);
  const leaders = cuesOf(reading, 'leaders').map((l) => l.last);
  const adjacent = organisations.filter(
    (e) =>
      summit.positions.some((w) => near(e.first, e.last, w)) ||
      (gazetteer.organisations.get(e.match.id)?.organisationKind === 'organisation' &&
        leaders.some((w) => near(e.first, e.last, w))),
  );
  const generic = cuesOf(reading, 'organisationNoun').some((n) =>
    summit.positions.some((p) => n.first > p && n.first - p <= 2),
  );
  const pool = adjacent.length > 0 ? adjacent : generic ? organisations : [];
  const closest = [...pool].sort((x, y) => distanceTo(summit, x.first) - distanceTo(summit, y.first))[0];
  return closest?.match.id;
}

function attachDates(reading: SentenceReading, frames: readonly Anchored[], anchor: string | undefined): void {
  const own = new Map<Anchored, PlacedDate>();
  const stray = new Map<Anchored, PlacedDate>();
  const speech = new Map<Anchored, PlacedDate>();
  const keepNearest = (table: Map<Anchored, PlacedDate>, home: Anchored, placed: PlacedDate): void => {
    const current = table.get(home);
    if (current === undefined || distanceTo(home, placed.first) < distanceTo(home, current.first))
      table.set(home, placed);
  };
  for (const placed of findDates(reading, anchor)) {
    const found = placement(reading, frames, placed.first, STRAY_DATE_REACH);
    if (placed.speech && (found === undefined || found.home.frame.trigger > placed.first)) {
      // The day of a report dates the events it reports as done (… said on Thursday, after a call).
      for (const a of frames) if (a.frame.trigger > placed.first && !speech.has(a)) speech.set(a, placed);
      continue;
    }
    if (found === undefined) continue;
    keepNearest(found.stray ? stray : own, found.home, placed);
  }
  for (const a of frames) {
    // The day of a report dates only what it tells as done: a past verb, or an event told after
    // "بعد", "after" (… said on Thursday, after a phone call).
    const done = !a.frame.announced && (a.frame.occurredTrigger || a.groupIndex > 0);
    const placed = own.get(a) ?? stray.get(a) ?? (done ? speech.get(a) : undefined);
    if (placed !== undefined) a.frame.date = placed.date;
  }
}

/**
 * Builds the event frames one sentence reports: at most one per encounter type in each stretch
 * between sequence cues (بعد, after), each with the actors, places, dates, organisation,
 * duration and agreements nearest its triggers. Negated and cancelled triggers, and visit nouns
 * that only qualify another event ("first visit"), open none; hosting a summit or travelling to
 * attend it is part of the summit, talks held during a visit part of the visit, and a meeting of
 * an organisation's leaders is its summit.
 */
export function buildFrames(
  reading: SentenceReading,
  actors: readonly Actor[],
  gazetteer: Gazetteer,
  anchor?: string,
): SentenceFrames {
  const read = reading.hits
    .map((hit) => readTrigger(reading, hit))
    .filter((t): t is TriggerInfo => t !== undefined && !t.negated);
  const signing = read.filter((t) => t.kind === 'signing');
  const agreements = agreementsOf(reading, signing);
  // "إعلانا مشتركا بشأن … اجتماعات مجلس التعاون": words of a document's title are not triggers.
  const titled = new Set<number>();
  for (const a of agreements) for (let i = a.start; i <= a.end; i += 1) titled.add(i);
  const triggers = read.filter((t) => t.kind === 'signing' || !titled.has(t.first));
  const groups = splitGroups(reading, triggers);
  const frames: Anchored[] = [];
  let previous: Anchored | undefined;
  groups.forEach((group, index) => {
    const own = framesOfGroup(reading, group, index, triggers, actors);
    if (group.cue !== undefined && previous !== undefined) {
      const days = offsetDays(reading, group.cue);
      for (const a of own) a.frame.relativeTo = { frame: previous.frame, ...(days === undefined ? {} : { days }) };
    }
    frames.push(...own);
    previous = own[0] ?? previous;
  });
  if (frames.length === 0) {
    const continues = cuesOf(reading, 'delegation').length > 0 || signing.length > 0;
    return {
      frames: [],
      orphanAgreements: agreements,
      orphanActors: continues ? actors.filter((a) => !a.excluded) : [],
      orphanParties: partiesIn(reading, 0, reading.words.length - 1),
    };
  }
  // Signing verbs date and place the frame their agreements go to.
  const signingHome = (sign: TriggerInfo): Anchored | undefined =>
    homeOf(reading, frames, sign.first, STRAY_PLACE_REACH, (a) => a.frame.type !== 'call') ??
    (frames.filter((a) => a.frame.type !== 'call').length === 1
      ? frames.find((a) => a.frame.type !== 'call')
      : undefined);
  const target = signing[0] === undefined ? undefined : signingHome(signing[0]);
  if (target !== undefined)
    for (const sign of signing) {
      target.positions.push(sign.first);
      target.clauses.add(sign.clause);
    }

  assignActors(reading, frames, actors);
  assignHints(frames, triggers);
  const sideline = cuesOf(reading, 'sideline').length > 0;
  const summit = frames.find((a) => a.frame.type === 'summit');
  const meeting = frames.find((a) => a.frame.type === 'meeting');
  const visit = frames.find((a) => a.frame.type === 'visit');
  const paired = sideline && summit !== undefined && meeting !== undefined;
  // The summit beside a sideline meeting had the meeting's people at it, there and then.
  if (paired) {
    for (const f of meeting.frame.actors)
      if (!summit.frame.actors.some((s) => s.actor.personId === f.actor.personId))
        summit.frame.actors.push({ actor: f.actor, sentence: f.sentence });
  }
  const strays = new Map<Anchored, FramePlace[]>();
  const actorWords = new Set<number>();
  for (const actor of actors)
    if (actor.source !== 'name' && actor.source !== 'alias')
      for (let i = actor.first; i <= actor.last; i += 1) actorWords.add(i);
  for (const place of findPlaces(reading, gazetteer, actorWords)) {
    const found = placement(reading, frames, place.word, STRAY_PLACE_REACH, (a) => a.frame.type !== 'call');
    if (found === undefined) continue;
    if (found.stray) strays.set(found.home, [...(strays.get(found.home) ?? []), place]);
    else found.home.frame.places.push(place);
  }
  for (const [a, places] of strays) if (a.frame.places.length === 0) a.frame.places.push(...places);
  attachDates(reading, frames, anchor);
  // A summit told with a sideline meeting or with a trip to it shares their place and day.
  const partner = paired ? meeting : visit?.group === summit?.group ? visit : undefined;
  if (summit !== undefined && partner !== undefined) {
    if (summit.frame.places.length === 0) summit.frame.places.push(...partner.frame.places);
    summit.frame.date ??= partner.frame.date;
    if (paired) {
      if (meeting.frame.places.length === 0) meeting.frame.places.push(...summit.frame.places);
      meeting.frame.date ??= summit.frame.date;
    }
  }
  for (const hit of reading.hits) {
    if (hit.meaning.kind !== 'duration') continue;
    const home = homeOf(reading, frames, hit.first, STRAY_DATE_REACH);
    if (home !== undefined) home.frame.durationDays = hit.meaning.days;
  }
  for (const a of frames) {
    if (a.frame.type !== 'summit') continue;
    const organisation = organisationFor(reading, a, gazetteer);
    if (organisation !== undefined) a.frame.organisation = organisation;
  }
  const orphanAgreements: FrameAgreement[] = [];
  if (agreements.length > 0) {
    if (target === undefined) orphanAgreements.push(...agreements);
    else target.frame.agreements.push(...agreements);
  }
  return { frames: frames.map((a) => a.frame), orphanAgreements, orphanActors: [], orphanParties: [] };
}
