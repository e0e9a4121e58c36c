import { boundToTrigger } from './bind-to-clause';
import type { EventFrame } from './event-frame';
import type { Actor } from './find-actors';
import { findDates, type PlacedDate } from './find-dates';
import { inSpeechSetting } from './find-speech-settings';
import type { Group, TriggerInfo } from './read-triggers';
import { isTrigger } from './read-triggers';
import { leavingFor, onwardStop } from './read-onward-stop';
import { reportedAfter } from './read-scopes';
import { clauseNamesNonParty, clauseOf, cuesOf, type SentenceReading } from './read-sentence';
import { toldAfterSequence } from './told-after-sequence';
import { isClauseOpener } from './tokenise-words';
import { openerBetween } from './opener-between';
import { pastDayOfScheduled } from './past-day-of-scheduled';

/** A frame with where its triggers are, for assigning what lies near them. */
export interface Anchored {
  readonly frame: EventFrame;
  readonly group: Group;
  readonly groupIndex: number;
  readonly positions: number[];
  /** Positions of triggers told as still to come ("الاجتماع المقبل"). */
  readonly announcedAt?: ReadonlySet<number>;
  readonly clauses: Set<number>;
}

export function distanceTo(a: Anchored, word: number): number {
  return Math.min(...a.positions.map((p) => Math.abs(p - word)));
}

/**
 * The frame a word belongs to: in its stretch of the sentence, with a trigger in its clause
 * (nearest first), else, when its clause has no trigger, the nearest frame within reach; a
 * relative clause (الذي, which) only describes what comes before it.
 */
export function homeOf(
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
 * ("…, قائلا إن … في غزة") describe the speech, not the event; a trigger-less clause's words
 * after an onward word (وينتقل … إلى الدوحة) tell the next stop, no stray of any frame.
 */
export function placement(
  reading: SentenceReading,
  anchored: readonly Anchored[],
  word: number,
  reach: number,
  accepts: (a: Anchored) => boolean = () => true,
): { home: Anchored; stray: boolean } | undefined {
  const clause = clauseOf(reading, word);
  // "… قبل أن يغادر مساء إلى سنغافورة": the next stop, in any clause, is the place only of a
  // frame told from the leaving words on (the next encounter's).
  const leaving = leavingFor(reading, word);
  const candidates = anchored.filter(
    (a) =>
      accepts(a) &&
      (leaving === undefined || a.positions.some((p) => p >= leaving.first)) &&
      word >= a.group.from &&
      word <= a.group.to &&
      !reportedAfter(reading, a.frame.trigger, word),
  );
  const byDistance = (list: readonly Anchored[]): Anchored | undefined =>
    [...list].sort((x, y) => distanceTo(x, word) - distanceTo(y, word))[0];
  const sameClause = byDistance(candidates.filter((a) => a.clauses.has(clause)));
  if (sameClause !== undefined) return { home: sameClause, stray: false };
  const clauseHasTrigger = reading.hits.some(
    (h) => isTrigger(h) && clauseOf(reading, h.first) === clause,
  );
  if (clauseHasTrigger) return undefined;
  const clauseStart = reading.words.find((w) => w.clause === clause)?.index ?? word;
  const opener = reading.words[clauseStart]?.fold ?? '';
  // "إذ أطلقت روسيا …", "while …": a clause about something else.
  if (isClauseOpener(opener)) return undefined;
  // "…، وينتقل كيري، غدا الإثنين، إلى الدوحة": the traveller's next stop, not this frame's.
  if (onwardStop(reading, word)) return undefined;
  const described = describedByRelative(reading, candidates, word);
  if (described !== undefined) return { home: described, stray: true };
  const relative = cuesOf(reading, 'relative').some((r) => r.first === clauseStart);
  const inGroup = candidates.filter(
    (a) =>
      (!relative || a.positions.some((p) => p < clauseStart)) &&
      a.positions.some((p) => !openerBetween(reading, word, p)),
  );
  // Alone in its stretch of the sentence, a frame owns every trigger-less clause of it; else a
  // clause right after a trigger's clause ("التقى X Y، أمس الأحد، …") belongs to that trigger.
  const alone =
    inGroup.length === 1 && anchored.filter((a) => a.group === inGroup[0]?.group).length === 1;
  const following = inGroup.filter((a) => a.clauses.has(clause - 1));
  const near = alone
    ? inGroup
    : following.length > 0
      ? following
      : inGroup.filter((a) => distanceTo(a, word) <= reach);
  const home = byDistance(near);
  return home === undefined ? undefined : { home, stray: true };
}

/**
 * "«قمة عالمية لريادة الأعمال» التي ستفتتح في 24 يوليو (تموز) الحالي في نيروبي": a relative word
 * right after a trigger opens a clause that describes that trigger's encounter, over any aside in
 * brackets; its place and date are that frame's, however far the trigger is from them. None when
 * another trigger lies between the relative word and the word.
 */
export function describedByRelative(
  reading: SentenceReading,
  candidates: readonly Anchored[],
  word: number,
): Anchored | undefined {
  const relative = [...cuesOf(reading, 'relative')]
    .filter((r) => r.first < word && word - r.last <= reading.reaches.relativeClause)
    .sort((a, b) => b.first - a.first)[0];
  if (relative === undefined) return undefined;
  if (reading.hits.some((h) => isTrigger(h) && h.first > relative.last && h.first <= word))
    return undefined;
  const before = (a: Anchored): number =>
    Math.max(...a.positions.filter((p) => p < relative.first), -Infinity);
  const antecedent = [...candidates]
    .filter((a) => relative.first - before(a) <= reading.reaches.relativeAntecedent)
    .sort((x, y) => before(y) - before(x))[0];
  return antecedent;
}

function hintFor(
  actors: readonly Actor[],
  trigger: TriggerInfo,
): { actor: Actor; side: 'visitor' | 'host' } | undefined {
  if (trigger.kind !== 'visit' || (trigger.subject !== 'visitor' && trigger.subject !== 'host'))
    return undefined;
  const beforeActor = [...actors]
    .reverse()
    .find((a) => a.last < trigger.first && trigger.first - a.last <= 2);
  const afterActor = actors.find((a) => a.first > trigger.hit.last);
  const subject = beforeActor ?? afterActor;
  if (subject === undefined) return undefined;
  const subjectSide = trigger.subject === 'host' ? 'host' : 'visitor';
  const side =
    trigger.passive && subject === afterActor
      ? subjectSide === 'host'
        ? 'visitor'
        : 'host'
      : subjectSide;
  return { actor: subject, side };
}

function eligible(
  reading: SentenceReading,
  actor: Actor,
  a: Anchored,
  pairAnaphor: boolean,
  anyGroup = false,
): boolean {
  if (actor.excluded) return false;
  if (!anyGroup && (actor.first < a.group.from || actor.first > a.group.to)) return false;
  if (actor.negated && !a.clauses.has(actor.clause)) return false;
  if (
    !pairAnaphor &&
    actor.speakerBefore !== undefined &&
    a.frame.trigger >= actor.speakerBefore &&
    !inSpeechSetting(actor.speakerSettings ?? [], a.frame.trigger)
  )
    return false;
  // A leader named elsewhere in the sentence (a topic, an aside, a quotation) is no argument of it.
  return boundToTrigger(reading, actor, a);
}

/**
 * Gives each actor to the frame with a trigger in its clause (nearest first), else the nearest
 * frame it may join; frames short of parties (a visit needs one, others two) take the sentence's
 * other eligible actors, a later stretch may borrow those told before it; definite nouns take
 * only who is named with them.
 */
export function assignActors(
  reading: SentenceReading,
  frames: readonly Anchored[],
  actors: readonly Actor[],
): void {
  const pairAnaphor = cuesOf(reading, 'pairAnaphor').length > 0;
  // Someone named in what a speaker adds after the trigger is not a party to it.
  const reported = (actor: Actor, a: Anchored): boolean =>
    reportedAfter(reading, a.frame.trigger, actor.first);
  for (const actor of actors) {
    const candidates = frames.filter(
      (a) => eligible(reading, actor, a, pairAnaphor) && !reported(actor, a),
    );
    const sameClause = candidates.filter((a) => a.clauses.has(actor.clause));
    const pool = sameClause.length > 0 ? sameClause : candidates;
    const home = [...pool].sort(
      (x, y) => distanceTo(x, actor.first) - distanceTo(y, actor.first),
    )[0];
    home?.frame.actors.push({ actor, sentence: reading.index });
  }
  for (const a of frames) {
    const needed = a.frame.type === 'visit' ? 1 : 2;
    // A noun that refers back (الزيارة, the summit) takes only who is named with it.
    if (a.frame.actors.length >= needed || a.frame.definite) continue;
    // "حين زار الرئيس المصري الأسبق السادات إسرائيل": a clause whose own subject is no party
    // takes no one from the sentence's other clauses.
    const ownPeople =
      a.frame.actors.length === 0 && clauseNamesNonParty(reading, a.clauses, actors);
    // A later stretch may borrow the parties told before it (… after a phone call with him).
    const borrows = a.groupIndex > 0 && (a.frame.type === 'call' || a.frame.type === 'meeting');
    for (const actor of actors) {
      const borrowed = borrows && actor.first < a.group.from;
      if (ownPeople && !a.clauses.has(actor.clause)) continue;
      if (!eligible(reading, actor, a, pairAnaphor, borrowed) || reported(actor, a)) continue;
      if (!a.frame.actors.some((f) => f.actor === actor))
        a.frame.actors.push({ actor, sentence: reading.index });
    }
    a.frame.actors.sort((x, y) => x.actor.first - y.actor.first);
  }
}

/** Marks who a visit trigger's grammar makes the visitor or the host (وصل X, استقبل X Y, X hosted Y). */
export function assignHints(frames: readonly Anchored[], triggers: readonly TriggerInfo[]): void {
  for (const a of frames) {
    a.frame.anaphoric = a.frame.anaphoric && a.frame.actors.length === 0;
    for (const trigger of triggers) {
      if (!a.positions.includes(trigger.first)) continue;
      const hint = hintFor(
        a.frame.actors.map((f) => f.actor),
        trigger,
      );
      if (hint === undefined) continue;
      a.frame.actors = a.frame.actors.map((f) =>
        f.actor === hint.actor && f.hint === undefined ? { ...f, hint: hint.side } : f,
      );
    }
  }
}

/**
 * "مباحثات القاهرة … تنعكس على الاجتماع المقبل للوزراء في 27 أغسطس": a date nearest a trigger told
 * as still to come, after it, in a frame told as done or under way, dates that coming event, not
 * the frame (one frame holds both nouns of a type).
 */
function datesAnotherToCome(home: Anchored, word: number): boolean {
  if (home.frame.announced || home.announcedAt === undefined || home.announcedAt.size === 0)
    return false;
  const nearest = [...home.positions].sort(
    (a, b) => Math.abs(a - word) - Math.abs(b - word) || b - a,
  )[0];
  return nearest !== undefined && nearest < word && home.announcedAt.has(nearest);
}

/**
 * Dates each frame with the nearest date of its clause, else a stray one it owns, else, for what
 * the report tells as done, the day the report was made.
 */
export function attachDates(
  reading: SentenceReading,
  frames: readonly Anchored[],
  anchor: string | undefined,
): void {
  const own = new Map<Anchored, PlacedDate>();
  const stray = new Map<Anchored, PlacedDate>();
  const speech = new Map<Anchored, PlacedDate>();
  const keepNearest = (
    table: Map<Anchored, PlacedDate>,
    home: Anchored,
    placed: PlacedDate,
  ): void => {
    const current = table.get(home);
    // "before publication" (زيارته الأخيرة, recently) dates a frame only when no day in its
    // sentence does: "التقاه أمس، في زيارته الأخيرة قبل الانتخابات" is yesterday.
    const vague = (p: PlacedDate): boolean => p.date.rule === 'before-publication';
    if (
      current === undefined ||
      (vague(current) && !vague(placed)) ||
      (vague(current) === vague(placed) &&
        distanceTo(home, placed.first) < distanceTo(home, current.first))
    )
      table.set(home, placed);
  };
  for (const placed of findDates(reading, anchor)) {
    const found = placement(reading, frames, placed.first, reading.reaches.strayDate);
    if (placed.speech && (found === undefined || found.home.frame.trigger > placed.first)) {
      // The day of a report dates the events it reports as done (… said on Thursday, after a call).
      for (const a of frames)
        if (a.frame.trigger > placed.first && !speech.has(a)) speech.set(a, placed);
      continue;
    }
    if (found === undefined || datesAnotherToCome(found.home, placed.first)) continue;
    if (pastDayOfScheduled(found.home.frame, placed.date, anchor)) continue;
    keepNearest(found.stray ? stray : own, found.home, placed);
  }
  for (const a of frames) {
    // The day of a report dates only what it tells as done: a past verb, or an event told after
    // "بعد", "after" (… said on Thursday, after a phone call).
    const done =
      !a.frame.announced &&
      (a.frame.occurredTrigger ||
        a.groupIndex > 0 ||
        a.positions.some((p) => toldAfterSequence(reading, p)));
    const mine = own.get(a);
    const near = stray.get(a);
    const placed =
      (mine !== undefined && mine.date.rule === 'before-publication' && near !== undefined
        ? near
        : mine) ??
      near ??
      (done ? speech.get(a) : undefined);
    if (placed !== undefined) a.frame.date = placed.date;
  }
}
