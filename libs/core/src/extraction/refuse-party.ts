import { attendancesOf } from './attendances-of';
import { meetingHeldBy } from './meeting-by-phone';
import type { PhraseHit } from './find-phrases';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';

/** The words an actor was read from in a sentence. */
export interface ActorSpan {
  readonly first: number;
  readonly last: number;
}

/** A named rule that refuses an actor as a party to any encounter of its sentence. */
export interface PartyRule {
  readonly name: string;
  readonly refuses: (reading: SentenceReading, actor: ActorSpan) => boolean;
}

/** Words from a cue's end to an actor's start, honorifics not counted (سفير خادم الحرمين). */
function gapAfter(
  reading: SentenceReading,
  cue: PhraseHit,
  actor: ActorSpan,
  skipOffices = false,
): number {
  if (actor.first <= cue.last) return Number.POSITIVE_INFINITY;
  const skipped = new Set<number>();
  const skip = (span: { readonly first: number; readonly last: number }): void => {
    for (let i = span.first; i <= span.last; i += 1) skipped.add(i);
  };
  cuesOf(reading, 'honorifics').forEach(skip);
  if (skipOffices) {
    // "مبعوث رئيس الوزراء العراقي حيدر العبادي", "رسالة من الأمين العام للأمم المتحدة بان كي مون":
    // the sender's office, nationality or organisation stand between the cue and the sender's name.
    // Only the cue's nearest name: "رسالة من الملك سلمان إلى الرئيس السيسي" credits the sender, not
    // the recipient after him.
    if (
      reading.entities.some(
        (e) => e.match.kind === 'person' && e.first > cue.last && e.last < actor.first,
      )
    )
      return Number.POSITIVE_INFINITY;
    reading.entities
      .filter(
        (e) =>
          e.match.kind === 'role' || e.match.kind === 'country' || e.match.kind === 'organisation',
      )
      .forEach(skip);
    cuesOf(reading, 'officeNoun').forEach(skip);
  }
  let gap = 0;
  for (let i = cue.last + 1; i < actor.first; i += 1) if (!skipped.has(i)) gap += 1;
  return gap;
}

/**
 * "U.S. Vice President JD Vance", "نائب الرئيس الأمريكي جيه دي فانس": a deputy's word inside an
 * office title whose holder on the day is the name right after it is that person's own office, not
 * a deputy standing for someone else.
 */
export function titleHeldBy(reading: SentenceReading, cue: PhraseHit, actor: ActorSpan): boolean {
  const person = reading.entities.find(
    (e) => e.match.kind === 'person' && e.first === actor.first && e.last === actor.last,
  );
  if (person === undefined) return false;
  return reading.entities.some(
    (e) =>
      e.match.kind === 'role' &&
      e.match.holderId === person.match.id &&
      e.first <= cue.first &&
      cue.last <= e.last &&
      e.last < actor.first &&
      actor.first - e.last <= 1,
  );
}

/** Whether only honorifics stand between two spans of one sentence (خادم الحرمين الملك سلمان). */
export function onlyHonorificsBetween(reading: SentenceReading, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i += 1)
    if (!cuesOf(reading, 'honorifics').some((h) => h.first <= i && i <= h.last)) return false;
  return true;
}

/**
 * Whether the name at `to` is joined to the one ending at `from` by "و" and a title, in one clause
 * ("تحيات الملك سلمان وصاحب السمو الملكي الأمير محمد بن نايف"): credited alike.
 */
export function joinedByTitle(reading: SentenceReading, from: number, to: number): boolean {
  if (clauseOf(reading, from) !== clauseOf(reading, to)) return false;
  const title = cuesOf(reading, 'honorifics').find((h) => h.first === from + 1);
  return (
    title !== undefined &&
    title.prefix.startsWith('و') &&
    title.last < to &&
    onlyHonorificsBetween(reading, title.last, to)
  );
}

const sameClause = (reading: SentenceReading, a: number, b: number): boolean =>
  clauseOf(reading, a) === clauseOf(reading, b);

// A cue read with one of these proclitics only (عد, not the ب of بعد).
const BARE_OR_JOINED = /^[وف]?$/u;

/**
 * Whether an encounter noun (الزيارة, the talks) follows `from` in `clause` as what is judged, not
 * as when it was said ("خلال الزيارة", during the visit).
 */
function judgesEncounter(reading: SentenceReading, from: number, clause: number): boolean {
  const during = cuesOf(reading, 'during');
  return reading.hits.some(
    (h) =>
      h.meaning.kind === 'trigger' &&
      h.meaning.subject === 'none' &&
      h.first > from &&
      clauseOf(reading, h.first) === clause &&
      !during.some((d) => d.first > from && d.last < h.first),
  );
}

/**
 * Whether the name at `to` is the next item of a list whose item before ends at `from`: its clause
 * comes right after, opens with و and a title (an honorific, an office or a role) within
 * `reaches.listItem` words of the name, and tells no event ("تحيات الملك سلمان بن عبدالعزيز،
 * وولي العهد … الأمير محمد بن نايف، للرئيس السيسي"). Credited alike.
 */
export function continuesList(reading: SentenceReading, from: number, to: number): boolean {
  const clause = clauseOf(reading, to);
  if (clause !== clauseOf(reading, from) + 1) return false;
  const start = reading.words.find((w) => w.clause === clause)?.index;
  if (start === undefined || to - start > reading.reaches.listItem) return false;
  const opensWithTitle =
    [...cuesOf(reading, 'honorifics'), ...cuesOf(reading, 'officeNoun')].some(
      (c) => c.first === start && c.prefix.startsWith('و'),
    ) ||
    reading.entities.some(
      (e) => e.match.kind === 'role' && e.first === start && e.prefix.startsWith('و'),
    );
  // "، وولي العهد … الأمير محمد بن نايف": any title opened by و, with an honorific before the name.
  const joined = reading.words[start]?.fold.startsWith('و') === true;
  const titled = cuesOf(reading, 'honorifics').some((h) => h.last === to - 1);
  const tellsEvent = reading.hits.some(
    (h) => h.meaning.kind === 'trigger' && clauseOf(reading, h.first) === clause,
  );
  // The name may open the clause itself, with its title inside it (والأمير محمد بن سلمان).
  return (opensWithTitle || (joined && (titled || to === start))) && !tellsEvent;
}

/**
 * Rules that make a name not a party, in the order `--explain` reports them. Each reads only its
 * cue list and its reach from the language's lexicon.
 */
export const PARTY_RULES: readonly PartyRule[] = [
  {
    // "الكاميرون" is Cameroon, not Cameron: a one-word name that is also a country's or a place's
    // name on the same words, or that is read only by taking off an article, is not the person.
    name: 'place-name',
    refuses: (reading, actor) => {
      if (actor.first !== actor.last) return false;
      const on = reading.entities.filter((e) => e.first === actor.first && e.last === actor.last);
      return on.some(
        (e) =>
          e.match.kind === 'country' ||
          e.match.kind === 'place' ||
          (e.match.kind === 'person' && /ال$|لل$/u.test(e.prefix)),
      );
    },
  },
  {
    // "عبر الفيديو", "by video": taking part from afar; not the parties of talks held by video
    // (a call).
    name: 'remote',
    refuses: (reading, actor) =>
      cuesOf(reading, 'remote').some(
        (c) => sameClause(reading, c.first, actor.first) && meetingHeldBy(reading, c) === undefined,
      ),
  },
  {
    // "since the fall of Bashar al-Assad", "منذ تولي …": named to date something else.
    name: 'since',
    refuses: (reading, actor) =>
      cuesOf(reading, 'since').some(
        (c) => actor.first > c.last && sameClause(reading, c.first, actor.first),
      ),
  },
  {
    // "الراحل", "نائب", "the late", "envoy of": another person, or someone no longer in office.
    name: 'former-or-deputy',
    refuses: (reading, actor) =>
      [...cuesOf(reading, 'exclusion'), ...cuesOf(reading, 'officialNoun')].some(
        (cue) =>
          !titleHeldBy(reading, cue, actor) &&
          ((actor.first > cue.last && actor.first - cue.last <= reading.reaches.exclusion) ||
            // "مبعوث رئيس الوزراء العراقي حيدر العبادي": the sender's office between envoy and name;
            // not after نائب, a title written after a name (بايدن نائب الرئيس الأمريكي وحيدر …).
            (cue.meaning.kind === 'cue' &&
              cue.meaning.cue === 'officialNoun' &&
              actor.first > cue.last &&
              gapAfter(reading, cue, actor, true) < reading.reaches.exclusion) ||
            // An adjective after the name: الرئيس الإيراني الراحل.
            (cue.first === actor.last + 1 && (cue.phrase.words[0] ?? '').startsWith('ال'))),
      ),
  },
  {
    // "ولي ولي العهد" is the deputy crown prince: the crown prince's title read inside it is not
    // the crown prince.
    name: 'inside-title',
    refuses: (reading, actor) =>
      cuesOf(reading, 'longerTitle').some((c) => c.first < actor.first && actor.first <= c.last),
  },
  {
    // "محمد بن سلمان بن عبدالعزيز": the name after بن is the father's, inside a longer name.
    name: 'patronymic',
    refuses: (reading, actor) =>
      cuesOf(reading, 'patronymic').some((c) => c.last === actor.first - 1),
  },
  {
    // "سفير خادم الحرمين الشريفين", "مركز الملك سلمان للإغاثة", "سفارة خادم الحرمين الشريفين في
    // أستراليا": a name inside a title, an institution's or a mission's name.
    name: 'title-owner',
    refuses: (reading, actor) =>
      cuesOf(reading, 'titleOwner').some(
        (c) => gapAfter(reading, c, actor) <= reading.reaches.titleOwner,
      ),
  },
  {
    // "بتوجيهات من", "نقل تحيات", "تحت رعاية", "on behalf of": credited, not present.
    name: 'attribution',
    refuses: (reading, actor) =>
      cuesOf(reading, 'attribution').some(
        (c) =>
          gapAfter(reading, c, actor, true) <= reading.reaches.attribution &&
          sameClause(reading, c.first, actor.first),
      ),
  },
  {
    // "كان عباس ونتنياهو على علم بأمر اللقاء", "who knew of the meeting": not a party to it.
    name: 'aware-only',
    refuses: (reading, actor) =>
      cuesOf(reading, 'awareness').some(
        (c) =>
          sameClause(reading, c.first, actor.first) &&
          ((actor.last < c.first && c.first - actor.last <= reading.reaches.awareness) ||
            gapAfter(reading, c, actor) <= 1),
      ),
  },
  {
    // "نظام الأسد", "قوات الأسد", "إدارة أوباما": a government, its forces or its time, not the
    // person; only the construct form (no article on the cue) right before the name.
    name: 'ruled-by',
    refuses: (reading, actor) =>
      cuesOf(reading, 'ruledBy').some(
        (c) => !/ال$|لل$/u.test(c.prefix) && gapAfter(reading, c, actor) === 0,
      ),
  },
  {
    // "وعد الأمين العام للجامعة العربية نبيل العربي نتائج الزيارة خطوة كبيرة": who judges an
    // encounter named after him in his clause is not its party (unless judged during it: خلال).
    name: 'commenter',
    refuses: (reading, actor) =>
      cuesOf(reading, 'comment').some(
        (c) =>
          BARE_OR_JOINED.test(c.prefix) &&
          sameClause(reading, c.first, actor.first) &&
          (gapAfter(reading, c, actor, true) <= reading.reaches.comment ||
            (actor.last < c.first && c.first - actor.last <= 1)) &&
          judgesEncounter(reading, Math.max(c.last, actor.last), clauseOf(reading, actor.first)),
      ),
  },
  {
    // "حضر الاستقبال … وزير الخارجية عادل الجبير": attending a reception is not being received.
    name: 'attendee',
    refuses: (reading, actor) =>
      attendancesOf(reading).some(
        (c) => actor.first > c.last && actor.first - c.last <= reading.reaches.attendance,
      ),
  },
];

/** Refusals a second name of the same person in apposition shares (… الشريفين الملك سلمان). */
export const APPOSITION_RULES: ReadonlySet<string> = new Set(
  // Not former-or-deputy: its reach is counted in words, and "بايدن نائب الرئيس الأمريكي وحيدر
  // العبادي رئيس الوزراء العراقي" refuses only the name, never the office written after it.
  ['title-owner', 'attribution', 'aware-only', 'attendee', 'since', 'remote'],
);

/** The name of the first rule that refuses an actor as a party, if any. */
export function refuseParty(reading: SentenceReading, actor: ActorSpan): string | undefined {
  return PARTY_RULES.find((rule) => rule.refuses(reading, actor))?.name;
}
