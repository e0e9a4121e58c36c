import type { Gazetteer } from '../gazetteer';
import {
  assignActors,
  assignHints,
  attachDates,
  distanceTo,
  homeOf,
  placement,
  type Anchored,
} from './assign-to-frames';
import type { EncounterType, EventFrame, FrameAgreement, FramePlace } from './event-frame';
import type { Actor } from './find-actors';
import { agreementsOf } from './find-agreements';
import { quotedApart } from './bind-to-clause';
import { findPlaces } from './find-places';
import { subjectAfterFrontedAdjuncts } from './subject-after-fronted-adjuncts';
import type { PhraseHit } from './find-phrases';
import {
  clauseNamesNonParty,
  clauseOf,
  cuesOf,
  type EntityRef,
  type SentenceReading,
} from './read-sentence';
import {
  isTrigger,
  offsetDays,
  readTrigger,
  splitGroups,
  type Group,
  type TriggerInfo,
} from './read-triggers';
import { definedOnly } from '@sijill/contracts';
import { meetingByPhone, meetingByVideo } from './meeting-by-phone';
import { postedCountry } from './posted-country';
import { discussedCountry } from './discussed-country';

/** What a sentence yields: its frames, and what it adds to the event told before it. */
export interface SentenceFrames {
  readonly frames: EventFrame[];
  readonly orphanAgreements: FrameAgreement[];
  /** Delegation heads named in a sentence with no event of its own ("وترأس الوفد …"). */
  readonly orphanActors: Actor[];
  readonly orphanParties: string[];
}

const ENCOUNTERS: readonly EncounterType[] = ['visit', 'summit', 'meeting', 'call'];

/** Countries taking part through a delegation or an unnamed official (الوفد السعودي, U.S. envoy). */
function partiesIn(reading: SentenceReading, from: number, to: number): string[] {
  const cues = [...cuesOf(reading, 'delegation'), ...cuesOf(reading, 'officialNoun')];
  const parties = new Set<string>();
  for (const e of reading.entities) {
    if (e.match.kind !== 'country' || e.first < from || e.last > to) continue;
    if (discussedCountry(reading, e)) continue;
    const near = cues.some(
      (c) =>
        (e.first > c.last &&
          e.first - c.last <= reading.reaches.party &&
          !postedCountry(reading, c, e)) ||
        (e.last < c.first && c.first - e.last <= reading.reaches.party),
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
  actors: readonly Actor[],
): EventFrame {
  const main = triggers.find((t) => !t.weak) ?? triggers[0];
  const first = main?.first ?? 0;
  const clause = clauseOf(reading, first);
  const inGroup = (cue: PhraseHit): boolean => cue.first >= group.from && cue.last <= group.to;
  const inClauseBefore = (cue: PhraseHit): boolean =>
    cue.last < first && inGroup(cue) && (clauseOf(reading, cue.first) === clause || cue.first <= 1);
  const summitTriggers = reading.hits.filter((h) => isTrigger(h, 'summit'));
  return {
    type,
    sentences: [reading.index],
    sentence: reading.index,
    trigger: first,
    announced: main?.announced === true,
    announcedCue: main?.announced === true,
    occurredTrigger: triggers.some((t) => t.occurred && !t.weak && !t.announced),
    weak: triggers.every((t) => t.weak),
    anaphoric: triggers.every((t) => t.definite),
    definite: triggers.filter((t) => t.kind === type).every((t) => t.definite),
    pairAnaphor: cuesOf(reading, 'pairAnaphor').some(inGroup),
    background: group.cue !== undefined || cuesOf(reading, 'background').some(inClauseBefore),
    recalledBySpeaker: cuesOf(reading, 'recalledBySpeaker').some(inClauseBefore),
    ...definedOnly({
      subjectFrom: main === undefined ? undefined : subjectAfterFrontedAdjuncts(reading, main),
    }),
    sideline: cuesOf(reading, 'sideline').length > 0,
    purpose: cuesOf(reading, 'purpose').some((p) =>
      summitTriggers.some((h) => h.first > p.last && h.first - p.last <= reading.reaches.purpose),
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
    namesOthers: clauseNamesNonParty(reading, new Set(triggers.map((t) => t.clause)), actors),
  };
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
  if (ENCOUNTERS.some(strong))
    for (const type of ENCOUNTERS) if (!strong(type)) byType.delete(type);
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
      (e) =>
        e.match.kind === 'organisation' &&
        e.first >= group.from &&
        e.last <= group.to &&
        clauses.has(clauseOf(reading, e.first)),
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
          ((e.first > t.hit.last && e.first - t.hit.last <= 2) ||
            (e.last < t.first && t.first - e.last <= 1)),
      ),
  );
  if (byType.has('visit') && hostedByPlace && !byType.has('summit') && byType.has('meeting'))
    fold('visit', 'meeting');
  const visit = byType.get('visit');
  if (byType.has('summit') && visit !== undefined) {
    // Hosting a summit, or travelling to attend one, is part of the summit.
    const purpose = cuesOf(reading, 'purpose').some((p) =>
      (byType.get('summit') ?? []).some(
        (s) => s.first > p.last && s.first - p.last <= reading.reaches.purpose,
      ),
    );
    if (purpose || visit.every((t) => t.subject === 'host')) fold('visit', 'summit');
  }
  if (
    meetingByPhone(reading, byType.get('meeting') ?? [], byType.get('call') ?? []) ||
    (!byType.has('summit') &&
      meetingByVideo(reading, byType.get('meeting') ?? [], cuesOf(reading, 'remote')))
  )
    fold('meeting', 'call');
  if (byType.has('visit') && byType.has('meeting') && !sideline) fold('meeting', 'visit');
  const signing = inGroup.filter((t) => t.kind === 'signing');
  if (byType.size === 0 && signing.length > 0) {
    const people = new Set(
      actors
        .filter((a) => !a.excluded && a.first >= group.from && a.first <= group.to)
        .map((a) => a.personId),
    );
    if (people.size >= 2)
      byType.set(
        'meeting',
        signing.map((s) => ({ ...s, weak: true })),
      );
  }
  return [...byType].map(([type, list]) => ({
    frame: newFrame(reading, group, type, list, actors),
    group,
    groupIndex,
    positions: list.map((t) => t.first),
    announcedAt: new Set(list.filter((t) => t.announced).map((t) => t.first)),
    clauses: new Set(list.map((t) => t.clause)),
  }));
}

function organisationFor(reading: SentenceReading, summit: Anchored): string | undefined {
  const roleWords = new Set<number>();
  for (const e of reading.entities)
    if (e.match.kind === 'role') for (let i = e.first; i <= e.last; i += 1) roleWords.add(i);
  // An organisation named in another stretch of the sentence (before سبق, after بعد) is not its.
  const organisations = reading.entities.filter(
    (e) =>
      e.match.kind === 'organisation' &&
      !roleWords.has(e.first) &&
      e.first >= summit.group.from &&
      e.last <= summit.group.to,
  );
  const near = (first: number, last: number, word: number): boolean =>
    (first <= word && word <= last) ||
    (first > word && first - word <= reading.reaches.organisationAfter) ||
    (last < word && word - last <= reading.reaches.organisationBefore);
  const countries = reading.entities.filter((e) => e.match.kind === 'country');
  // "قادة الدول الأعضاء في منظمة …", "leaders of the BRICS group" — but not "قادة الصين وروسيا
  // ودول آسيا الوسطى", where the words before the name list countries.
  const ledBy = (e: EntityRef): boolean =>
    cuesOf(reading, 'leaders').some(
      (l) =>
        e.first > l.last &&
        e.first - l.last <= reading.reaches.organisationAfter &&
        !countries.some((c) => c.first > l.last && c.first < e.first),
    );
  const adjacent = organisations.filter(
    (e) => summit.positions.some((w) => near(e.first, e.last, w)) || ledBy(e),
  );
  const generic = cuesOf(reading, 'organisationNoun').some((n) =>
    summit.positions.some((p) => n.first > p && n.first - p <= 2),
  );
  const pool = adjacent.length > 0 ? adjacent : generic ? organisations : [];
  // The organisation whose leaders or ministers meet ("الاجتماع التشاوري لوزراء خارجية دول مجلس
  // التعاون") comes before a name read in the meeting's own words (الاجتماع التشاوري).
  const closest = [...pool].sort(
    (x, y) =>
      Number(!ledBy(x)) - Number(!ledBy(y)) ||
      distanceTo(summit, x.first) - distanceTo(summit, y.first),
  )[0];
  return closest?.match.id;
}

/**
 * "نقل فابيوس دعوة من الرئيس هولاند إلى نظيره روحاني لزيارة فرنسا": who sends and who receives an
 * invitation, named between it and the visit it asks for, are parties to that invitation only,
 * not to another encounter the sentence tells (Fabius's own trip).
 */
function outsideInvitations(
  reading: SentenceReading,
  infos: readonly TriggerInfo[],
  actors: readonly Actor[],
): readonly Actor[] {
  const spans = infos
    .filter((t) => t.invited && !t.negated)
    .flatMap((t) => {
      const cue = cuesOf(reading, 'invitation')
        .filter((c) => c.last < t.first)
        .at(-1);
      return cue === undefined ? [] : [{ from: cue.last, to: t.first }];
    });
  if (spans.length === 0) return actors;
  return actors.filter((a) => !spans.some((s) => a.first > s.from && a.last < s.to));
}

/**
 * "اجتمع لافروف مع مشعل اليوم ووجه له الدعوة لزيارة موسكو": the place of a visit someone is
 * invited to (right after its trigger, no other trigger between) is where that visit would go,
 * no place of the encounter told beside the invitation.
 */
export function invitedTo(
  reading: SentenceReading,
  triggers: readonly TriggerInfo[],
  word: number,
): boolean {
  return triggers.some(
    (t) =>
      t.invited &&
      t.hit.last < word &&
      word - t.hit.last <= reading.reaches.object + 1 &&
      !reading.hits.some((h) => isTrigger(h) && h.first > t.hit.last && h.first < word),
  );
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
  allActors: readonly Actor[],
  gazetteer: Gazetteer,
  anchor?: string,
): SentenceFrames {
  const infos = reading.hits
    .map((hit) => readTrigger(reading, hit))
    .filter((t): t is TriggerInfo => t !== undefined);
  const read = infos.filter((t) => !t.negated && !t.invited && !t.knownOf);
  const actors = outsideInvitations(reading, infos, allActors);
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
      // Held just before the encounter it preceded (سبق): there, unless it names a place.
      const preceding = cuesOf(reading, 'precededBy').includes(group.cue);
      for (const a of own) {
        a.frame.relativeTo = { frame: previous.frame, ...definedOnly({ days }) };
        if (preceding) a.frame.placeFromReferent = true;
      }
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
    homeOf(
      reading,
      frames,
      sign.first,
      reading.reaches.strayPlace,
      (a) => a.frame.type !== 'call',
    ) ??
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
    const found = placement(
      reading,
      frames,
      place.word,
      reading.reaches.strayPlace,
      (a) => a.frame.type !== 'call',
    );
    if (found === undefined || invitedTo(reading, infos, place.word)) continue;
    // "بحث مع لافروف "الإرهاب … في القدس"": a place in what someone says is not where they met.
    if (quotedApart(reading, { first: place.word, last: place.word }, found.home)) continue;
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
    const home = homeOf(reading, frames, hit.first, reading.reaches.strayDate);
    if (home !== undefined) home.frame.durationDays = hit.meaning.days;
  }
  for (const a of frames) {
    if (a.frame.type !== 'summit') continue;
    const organisation = organisationFor(reading, a);
    if (organisation !== undefined) a.frame.organisation = organisation;
  }
  const orphanAgreements: FrameAgreement[] = [];
  if (agreements.length > 0) {
    if (target === undefined) orphanAgreements.push(...agreements);
    else target.frame.agreements.push(...agreements);
  }
  return {
    frames: frames.map((a) => a.frame),
    orphanAgreements,
    orphanActors: [],
    orphanParties: [],
  };
}
