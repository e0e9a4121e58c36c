import { readsAsPassive } from './reads-as-passive';
import type { TriggerKind } from './extraction-lexicon.schema';
import { announcedAdjectiveOf } from './announced-adjective';
import { announcedByFormula } from './announced-by-formula';
import { namedForBusiness } from './business-gathering';
import { splitAtPreceding } from './split-at-preceding';
import { verbalNounOfVerb } from './verbal-noun-of-verb';
import { pastActInRelativeClause } from './past-act-in-relative-clause';
import type { PhraseHit } from './find-phrases';
import { clauseOf, cuesOf, negationsOf, type SentenceReading } from './read-sentence';
import { definedOnly } from '@sijill/contracts';
import { isOnwardWord } from './onward-words';
import type { Group, TriggerInfo } from './trigger-info';

export type { Group, TriggerInfo } from './trigger-info';

/**
 * "أعرب فابيوس عن رغبته في زيارة طهران" (expressed his wish to visit Tehran): an encounter wished
 * for, named right after the wish, has not happened; it is read as a negated trigger.
 */
function wishedFor(reading: SentenceReading, hit: PhraseHit): boolean {
  return cuesOf(reading, 'wish').some(
    // "would like to" + "to visit" share their "to".
    (c) => c.first < hit.first && hit.first - c.last - 1 <= reading.reaches.wish,
  );
}

/**
 * "كنا على علم بالاجتماعات في القاهرة" (we knew of the meetings in Cairo): an encounter named right
 * after an awareness cue is what someone knew of, not one the article tells them taking part in;
 * it opens no frame, so its place and day join no other encounter of the sentence or article.
 */
export function knownOf(reading: SentenceReading, hit: PhraseHit): boolean {
  return cuesOf(reading, 'awareness').some(
    (c) =>
      c.last < hit.first &&
      hit.first - c.last <= 2 &&
      clauseOf(reading, c.first) === clauseOf(reading, hit.first),
  );
}

/** Whether a phrase hit is a trigger (of one kind). */
export function isTrigger(hit: PhraseHit, kind?: TriggerKind): boolean {
  return hit.meaning.kind === 'trigger' && (kind === undefined || hit.meaning.trigger === kind);
}

/** "فيصل" is a name, not ف + يصل; "يصل بين" connects: a trigger inside words listed as none. */
export function readsAsName(reading: SentenceReading, hit: PhraseHit): boolean {
  return cuesOf(reading, 'notTrigger').some((c) => c.first <= hit.first && hit.first <= c.last);
}

/**
 * "وصلت الرسالة", "the aid arrived", "وصل … إلى السلطة": an arrival whose subject is a thing (the
 * word right before or after the verb), or whose first destination after it is power, is no visit.
 */
export function thingArrives(reading: SentenceReading, hit: PhraseHit): boolean {
  if (hit.meaning.kind !== 'trigger' || hit.meaning.subject !== 'visitor') return false;
  const locatives = cuesOf(reading, 'locative');
  // A thing cue led by a preposition (إلى السلطة, لسدة الحكم) is a destination.
  const destination = (c: PhraseHit): boolean =>
    /ل/u.test(c.prefix) || locatives.some((l) => l.first === c.first);
  return cuesOf(reading, 'thingArrives').some(
    (c) =>
      c.last === hit.first - 1 ||
      c.first === hit.last + 1 ||
      (c.first > hit.last &&
        destination(c) &&
        // the first destination after the verb: "وصل إلى الرياض … إلى السلطة" is a visit.
        !locatives.some((l) => l.first > hit.last && l.first < c.first)),
  );
}

/**
 * The cues that tell an event as to come, less those inside a phrase that only looks like one
 * ("شدد على أن", stressed that: not "اتفقا على أن", agreed that … will).
 */
export function announcedCues(reading: SentenceReading): PhraseHit[] {
  const not = cuesOf(reading, 'notAnnounced');
  return cuesOf(reading, 'announced').filter(
    (c) => !not.some((n) => n.first <= c.first && c.last <= n.last),
  );
}

/**
 * How a sentence uses a trigger: negated (a negator before it in its clause, a cancellation before
 * it or in its clause), a visit or summit noun that only qualifies another event ("أول زيارة",
 * "first trip"), definite (nouns only: القمة, the talks), announced (its form, or a cue before it).
 */
export function readTrigger(reading: SentenceReading, hit: PhraseHit): TriggerInfo | undefined {
  if (hit.meaning.kind !== 'trigger') return undefined;
  if (readsAsName(reading, hit) || thingArrives(reading, hit)) return undefined;
  if (namedForBusiness(reading, hit)) return undefined;
  const meaning = hit.meaning;
  const clause = clauseOf(reading, hit.first);
  const before = (cue: PhraseHit): boolean => cue.last < hit.first;
  const sameClause = (cue: PhraseHit): boolean => clauseOf(reading, cue.first) === clause;
  const negated =
    cuesOf(reading, 'cancellation').some((c) => sameClause(c) || before(c)) ||
    negationsOf(reading).some((c) => sameClause(c) && before(c)) ||
    wishedFor(reading, hit);
  const accepted = cuesOf(reading, 'invitationAccepted');
  // "وجه السيسي الدعوة لخادم الحرمين للقيام بزيارة": an invitation is not a visit; "تلبية لدعوة",
  // "at the invitation of" tell one that happens.
  // "الدعوة التي نقلها الوزير من الرئيس إلى نظيره لزيارة فرنسا": an infinitive of purpose
  // (لزيارة, "to visit") is what the invitation asks for, however long the relative clause between.
  const purposeForm =
    /^[وف]?لل?$/u.test(hit.prefix) ||
    hit.phrase.words[0] === 'to' ||
    reading.words[hit.first - 1]?.fold === 'to';
  const invitationReach = purposeForm
    ? reading.reaches.invitationPurpose
    : reading.reaches.invitation;
  const invited = cuesOf(reading, 'invitation').some(
    (c) =>
      before(c) &&
      sameClause(c) &&
      hit.first - c.last <= invitationReach &&
      !accepted.some((a) => a.first <= c.last && c.first <= a.last),
  );
  // "first visit", "أول زيارة": the visit qualifies the event the sentence is about; so does "أول
  // قمة بين الرئيسين", but not "the second China-Central Asia summit", an edition of a format.
  const edition = reading.entities.some(
    (e) =>
      e.match.kind === 'organisation' &&
      ((e.first > hit.last && e.first - hit.last <= 4) ||
        (e.last < hit.first && hit.first - e.last <= 3)),
  );
  const qualifier =
    (meaning.trigger === 'visit' || (meaning.trigger === 'summit' && !edition)) &&
    meaning.lifecycle === 'context' &&
    cuesOf(reading, 'qualifier').some(
      (q) =>
        q.last < hit.first &&
        hit.first - q.last <= reading.reaches.nounQualifier &&
        sameClause(q) &&
        !cuesOf(reading, 'partitive').some((p) => p.first > q.last && p.last < hit.first),
    );
  const firstWord = hit.phrase.words[0] ?? '';
  // Only nouns are definite (القمة, the talks); التقى is a verb that happens to start with ال.
  const definite =
    meaning.subject === 'none' &&
    (/ال$|لل$/u.test(hit.prefix) ||
      firstWord.startsWith('ال') ||
      cuesOf(reading, 'definite').some((d) => d.last === hit.first - 1) ||
      cuesOf(reading, 'pairAnaphor').some((p) => p.last === hit.first - 1));
  // Arabic adjectives follow their noun: "اللقاء المرتقب", "القمة العربية المقبلة" are to come.
  const announcedAfterNoun = (c: PhraseHit): boolean =>
    meaning.subject === 'none' && announcedAdjectiveOf(reading, hit, c);
  // "قررت التوجه إلى": a verb found as its noun carries no tense of its own.
  const tensed = !verbalNounOfVerb(hit);
  const announced =
    (meaning.lifecycle === 'announced' && tensed) ||
    announcedCues(reading).some(
      (c) =>
        (c.first < hit.first &&
          (sameClause(c) || c.first <= 1) &&
          !pastActInRelativeClause(reading, c, hit, meaning.lifecycle === 'occurred' && tensed)) ||
        announcedAfterNoun(c),
    ) ||
    announcedByFormula(reading, hit, meaning.lifecycle === 'occurred' && tensed);
  return {
    hit,
    kind: meaning.trigger,
    clause,
    first: hit.first,
    negated,
    invited,
    knownOf: knownOf(reading, hit),
    qualifier,
    definite,
    announced,
    occurred: meaning.lifecycle === 'occurred' && tensed,
    weak: meaning.weak,
    subject: meaning.subject,
    passive: meaning.passive || readsAsPassive(reading, hit),
  };
}

/**
 * Splits a sentence at sequence cues that follow an encounter trigger: "The visit comes three
 * days after Orban held talks with Putin" tells two events, the second dated from the first.
 */
export function splitGroups(reading: SentenceReading, triggers: readonly TriggerInfo[]): Group[] {
  const encounters = triggers.filter((t) => t.kind !== 'signing');
  const fronted = frontedSequence(reading, encounters) ?? splitAtPreceding(reading, encounters);
  if (fronted !== undefined) return fronted;
  const adverbs = cuesOf(reading, 'notSequence');
  const cues = [...cuesOf(reading, 'sequence'), ...cuesOf(reading, 'sequenceBefore')]
    .filter(
      (c) =>
        !adverbs.some((a) => a.first <= c.last && c.first <= a.last) &&
        encounters.some((t) => t.first < c.first) &&
        encounters.some((t) => t.first > c.last),
    )
    .map((c) => ({ first: c.first, last: c.last, cue: c }));
  const splits = [...cues, ...onwardSplits(reading, encounters)].sort((a, b) => a.first - b.first);
  const groups: Group[] = [];
  let from = 0;
  let cue: PhraseHit | undefined;
  for (const next of splits) {
    groups.push({ from, to: next.first - 1, ...definedOnly({ cue }) });
    from = next.last + 1;
    cue = next.cue;
  }
  groups.push({ from, to: reading.words.length - 1, ...definedOnly({ cue }) });
  return groups;
}

/**
 * "وسيلتقي اليوم نظيره المصري سامح شكري، وينتقل كيري، غدا الإثنين، إلى الدوحة، حيث سيلتقي
 * نظراءه في دول مجلس التعاون": an onward word (ينتقل, moves on) with an encounter before and after
 * it ends the encounter told here and opens the one at the next stop, with its own people, place
 * and day; it is not dated from the first (no cue).
 */
export function onwardSplits(
  reading: SentenceReading,
  encounters: readonly TriggerInfo[],
): { first: number; last: number; cue?: PhraseHit }[] {
  return reading.words
    .filter(
      (w) =>
        isOnwardWord(w.fold) &&
        encounters.some((t) => t.first < w.index) &&
        encounters.some((t) => t.first > w.index),
    )
    .map((w) => ({ first: w.index, last: w.index }));
}

/**
 * "بعد زيارة ناجحة إلى واشنطن الأسبوع الماضي، يصل بخاري اليوم إلى الكاميرون": a sentence that
 * opens with a sequence cue tells the earlier event in its first clause and its own news after
 * it. The news comes first (the group events are dated from), then the fronted event, cued.
 */
export function frontedSequence(
  reading: SentenceReading,
  encounters: readonly TriggerInfo[],
): Group[] | undefined {
  const cue = cuesOf(reading, 'sequence').find((c) => c.first <= 1);
  if (cue === undefined) return undefined;
  const adverbs = cuesOf(reading, 'notSequence');
  if (adverbs.some((a) => a.first <= cue.last && cue.first <= a.last)) return undefined;
  const opening = clauseOf(reading, cue.first);
  const boundary = reading.words.find((w) => w.index > cue.last && w.clause !== opening)?.index;
  if (boundary === undefined) return undefined;
  const before = encounters.some((t) => t.first > cue.last && t.first < boundary);
  const after = encounters.some((t) => t.first >= boundary);
  if (!before || !after) return undefined;
  return [
    { from: boundary, to: reading.words.length - 1 },
    { from: 0, to: boundary - 1, cue },
  ];
}

/** The stated distance between the events either side of a sequence cue (−7 for "a week after"). */
export function offsetDays(reading: SentenceReading, cue: PhraseHit): number | undefined {
  const preceding = cuesOf(reading, 'precededBy').includes(cue);
  const direction = cuesOf(reading, 'sequenceBefore').includes(cue) ? 1 : -1;
  const offset = reading.hits.find(
    (h) =>
      h.meaning.kind === 'offset' &&
      ((h.last < cue.first && cue.first - h.last <= reading.reaches.offset) ||
        (h.first >= cue.first && h.first - cue.last <= reading.reaches.offset)),
  );
  if (offset?.meaning.kind === 'offset') return direction * offset.meaning.days;
  // "سبق الاجتماع … اجتماع ثلاثي": held just before, on the same day unless a distance is stated.
  return preceding ? 0 : undefined;
}
