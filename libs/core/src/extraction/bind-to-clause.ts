import type { CueKind } from './extraction-lexicon.schema';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';
import type { PhraseHit } from './find-phrases';
import { findSpeechSettings } from './find-speech-settings';
import { relativeAside } from './relative-aside';
import { reportsOwnAct } from './reports-own-act';
import { opensClauseAfter } from './tokenise-words';

/** The words an actor was read from. */
export interface ActorWords {
  readonly first: number;
  readonly last: number;
}

/** Where an encounter's triggers stand in a sentence. */
export interface TriggerWords {
  readonly positions: readonly number[];
  readonly clauses: ReadonlySet<number>;
}

// Quotation marks, opening and closing: what stands between them is somebody's words.
const OPENING_QUOTES = new Set(['«', '“', '"', '„']);
const CLOSING_QUOTES = new Set(['»', '”', '"']);
// A quotation holding only a name ("«أورزولا فون دير لاين»") quotes the name, not speech: speech
// has at least this many words besides the name.
const SPEECH_WORDS = 3;

const quotedIndex = new WeakMap<SentenceReading, readonly { first: number; last: number }[]>();

/** Quoted stretches of a sentence as word spans `[first, last]`; an unclosed one runs to its end. */
export function quotedSpans(reading: SentenceReading): readonly { first: number; last: number }[] {
  const known = quotedIndex.get(reading);
  if (known !== undefined) return known;
  const spans = readQuotes(reading);
  quotedIndex.set(reading, spans);
  return spans;
}

function readQuotes(reading: SentenceReading): { first: number; last: number }[] {
  const spans: { first: number; last: number }[] = [];
  let open: number | undefined;
  let wordIndex = 0;
  const text = reading.text;
  for (let i = 0; i < text.length; i += 1) {
    const at = reading.start + i;
    while (wordIndex < reading.words.length && (reading.words[wordIndex]?.end ?? 0) <= at)
      wordIndex += 1;
    const ch = text[i] ?? '';
    // A straight quote closes when one is open, else opens.
    if (open !== undefined && CLOSING_QUOTES.has(ch)) {
      if (wordIndex - 1 >= open) spans.push({ first: open, last: wordIndex - 1 });
      open = undefined;
    } else if (open === undefined && OPENING_QUOTES.has(ch)) open = wordIndex;
  }
  if (open !== undefined && open < reading.words.length)
    spans.push({ first: open, last: reading.words.length - 1 });
  return spans;
}

/**
 * "وقال نتنياهو في بداية الاجتماع الأسبوعي لحكومته “… لحاكم إيران خامنئي”": a name inside a
 * quotation (more than the name itself) that holds none of the encounter's triggers is in what
 * someone says, not an argument of the encounter.
 */
export function quotedApart(
  reading: SentenceReading,
  actor: ActorWords,
  triggers: TriggerWords,
): boolean {
  return quotedSpans(reading).some(
    (q) =>
      q.first <= actor.first &&
      actor.last <= q.last &&
      q.last - q.first + 1 - (actor.last - actor.first + 1) >= SPEECH_WORDS &&
      !triggers.positions.some((p) => q.first <= p && p <= q.last),
  );
}

/** A cue standing strictly between two words of a sentence (but those `aside` passes over). */
function cueBetween(
  reading: SentenceReading,
  kinds: readonly CueKind[],
  from: number,
  to: number,
  aside: (cue: PhraseHit) => boolean = () => false,
): boolean {
  return kinds.some((kind) =>
    cuesOf(reading, kind).some((c) => c.first > from && c.last < to && !aside(c)),
  );
}

// After a trigger, what opens another predicate: a relative clause (الذي, who), a complement
// (أن, that), what is conveyed (نقل تحيات …), a topic (حول, about): a name beyond it is what that
// predicate is about. A report is not one: "وقبيل رحلته إلى كازاخستان، قال بوتين" names the
// traveller as its speaker (what he says, after أن, is the complement's).
const BARRIERS_AFTER: readonly CueKind[] = [
  'relative',
  'complementisers',
  'selfReference',
  'attribution',
  'argumentBarrier',
];
// Before a trigger, a relative clause describes the name it follows ("كورتس الذي يعتزم زيارة
// إيران"), "إنه" reports the speaker's own act, and "على أن" (provided that) opens no report: only
// a report whose complement holds the trigger, or a topic word, separates a name from it.
const BARRIERS_BEFORE: readonly CueKind[] = ['argumentBarrier'];

/**
 * "… التي أكد فيها أن إيران … لقائه": a report between a name and a trigger, telling someone
 * else's act (no "أنه", that he), puts the trigger in what is reported.
 */
function reportBetween(reading: SentenceReading, from: number, to: number): boolean {
  const verbs = cuesOf(reading, 'reporting');
  // "كيري، … وقال في مؤتمر صحافي عقده مع نظيره … أن": the trigger tells where the same speaker
  // spoke, not what he reports.
  const settings = findSpeechSettings(
    verbs,
    cuesOf(reading, 'complementisers'),
    reading.entities
      .filter((e) => e.match.kind === 'person' || e.match.kind === 'role')
      .map((e) => e.first),
    from + 1,
  );
  return verbs.some(
    (verb) =>
      verb.first > from &&
      verb.last < to &&
      !reportsOwnAct(reading, verb) &&
      !settings.some((s) => s.after === verb.last && to < s.before),
  );
}

/**
 * "وبعد فوز رئيس الوزراء الإسرائيلي في الانتخابات، قام مودي …": a name in a clause opened by a
 * sequence cue (بعد, after) is the argument of what that cue tells, not of a later clause's trigger.
 */
function afterSequence(reading: SentenceReading, actor: ActorWords, trigger: number): boolean {
  const clause = clauseOf(reading, actor.first);
  // "وبعد أن طالبت موغيريني، التي زارت طهران": a trigger in a relative clause on the name is hers.
  if (cueBetween(reading, ['relative'], actor.last, trigger)) return false;
  return cuesOf(reading, 'sequence').some(
    (c) => c.last < actor.first && clauseOf(reading, c.first) === clause,
  );
}

/**
 * Whether an actor named in another clause of the sentence than the trigger's is still its
 * argument: no relative clause, complement, report or topic word stands between them (titles in
 * apposition, a date or a place set off by commas, a list of names do not separate them).
 */
export function linkedAcrossClauses(
  reading: SentenceReading,
  actor: ActorWords,
  trigger: number,
): boolean {
  const [from, to] = actor.first > trigger ? [trigger, actor.first] : [actor.last, trigger];
  // "…، فيما حمله أمير قطر تحياته …": a clause about something else (فيما, while) stands between.
  // "أن أوباما … لم يكشف …، غير أنها اكتشفت … خلال زيارة": so does a contrast (غير أن, however).
  for (let w = from + 1; w < to; w += 1)
    if (opensClauseAfter(reading.words[w - 1]?.fold, reading.words[w]?.fold ?? '')) return false;
  return actor.first > trigger
    ? !cueBetween(reading, BARRIERS_AFTER, trigger, actor.first, (c) =>
        relativeAside(reading, c, trigger, actor.first),
      )
    : !cueBetween(reading, BARRIERS_BEFORE, actor.last, trigger) &&
        !reportBetween(reading, actor.last, trigger) &&
        !afterSequence(reading, actor, trigger);
}

/**
 * Whether an actor is an argument of an encounter's own clause: named in a clause of one of its
 * triggers, or in another clause linked to a trigger with no other predicate between them
 * (`linkedAcrossClauses`); never inside a quotation that holds none of its triggers. A leader
 * named further on in the sentence (a topic, another clause's subject, an aside) is not a party
 * to it.
 */
export function boundToTrigger(
  reading: SentenceReading,
  actor: ActorWords,
  triggers: TriggerWords,
): boolean {
  if (quotedApart(reading, actor, triggers)) return false;
  if (triggers.clauses.has(clauseOf(reading, actor.first))) return true;
  if (namedBeforePair(reading, actor, triggers)) return true;
  return triggers.positions.some((p) => linkedAcrossClauses(reading, actor, p));
}

/**
 * "Erdogan told Putin that …, as the two leaders held talks": a pair named in the trigger's own
 * clause ("the two leaders", الجانبان) is the people the sentence named before it, whatever
 * report or complement stands between them and the trigger.
 */
function namedBeforePair(
  reading: SentenceReading,
  actor: ActorWords,
  triggers: TriggerWords,
): boolean {
  return cuesOf(reading, 'pairAnaphor').some(
    (pair) =>
      pair.first > actor.last &&
      triggers.clauses.has(clauseOf(reading, pair.first)) &&
      triggers.positions.some((p) => p > pair.last),
  );
}
