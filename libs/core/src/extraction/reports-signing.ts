import type { PhraseHit } from './find-phrases';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';
import type { TriggerInfo } from './read-triggers';

// A cue this close before a signing verb governs it: "منذ التوقيع على", "the deal which was signed".
const GOVERNING_CUE_REACH = 2;
// "خلال الزيارة", "شهد هذا اللقاء": the event named right after a during cue or a held act.
const EVENT_REACH = 2;

/**
 * The words from a held act to the signing noun, less a relative clause set between commas ("وجرى
 * خلال الاستقبال، الذي حضره ولي العهد، توقيع"); undefined when another clause comes between.
 */
function wordsBetween(
  reading: SentenceReading,
  head: PhraseHit,
  sign: TriggerInfo,
): number[] | undefined {
  const ends = new Set([clauseOf(reading, head.first), sign.clause]);
  const opensAside = (clause: number): boolean =>
    cuesOf(reading, 'relative').some(
      (r) => clauseOf(reading, r.first) === clause && clauseOf(reading, r.first - 1) !== clause,
    );
  const kept: number[] = [];
  for (let i = head.last + 1; i < sign.first; i += 1) {
    const clause = clauseOf(reading, i);
    if (ends.has(clause)) kept.push(i);
    else if (!opensAside(clause)) return undefined;
  }
  return kept;
}

/**
 * "وتم خلال الزيارة توقيع", "شهد الزعيمان التوقيع على", "ترأس الجانبان مراسم توقيع", "witnessed the
 * signing of": a held act close before the signing noun, in its clause or with only a relative aside
 * between, not itself to come (سيشهد), and with nothing between that names a document, another held
 * act or another act ("تم الاتفاق على توقيع", it was agreed to sign; "تم بحث توقيع", the signing was
 * discussed), save the event it happened at: named right after a during cue (خلال الزيارة) or as
 * the held act's subject (شهد اللقاء توقيع, the meeting saw the signing).
 */
export function heldByHead(reading: SentenceReading, sign: TriggerInfo): boolean {
  const heads = cuesOf(reading, 'signingHeld');
  const during = cuesOf(reading, 'during');
  const after = (cue: PhraseHit, h: PhraseHit): boolean =>
    cue.last < h.first && h.first - cue.last <= EVENT_REACH;
  const documents = cuesOf(reading, 'agreementNouns');
  const acts = reading.hits.filter(
    (h) =>
      h.meaning.kind === 'trigger' && h.first !== sign.first && !during.some((d) => after(d, h)),
  );
  return heads.some((head) => {
    if (head.last >= sign.first || /س$/u.test(head.prefix)) return false;
    const between = wordsBetween(reading, head, sign);
    if (between === undefined || between.length > reading.reaches.signingHead) return false;
    const subject = (h: PhraseHit): boolean =>
      h.meaning.kind === 'trigger' &&
      h.meaning.subject === 'none' &&
      !h.meaning.weak &&
      after(head, h);
    const barriers = new Set(
      [...documents, ...heads, ...acts.filter((h) => !subject(h))].map((h) => h.first),
    );
    return !between.some((i) => barriers.has(i));
  });
}

/**
 * Whether a signing trigger reports a signing at the event the sentence tells. Only a past form
 * (وقع, وقعا, signed, ont signé, подписали) reports one by itself; a present, future, infinitive or
 * verbal noun (يوقع, سيوقع, to sign, لتوقيع, وتوقيع عدد من الاتفاقيات) reports one only when a held
 * act governs it (`heldByHead`): a plan, a purpose, a wish or a list of what ties two countries is no
 * signing. Even then, not a negated or announced one (لم يوقع, من المقرر أن), not one that only dates
 * something else (منذ التوقيع على, since the signing of; بعد توقيع, after signing), and not one in a
 * relative clause that only describes a document the sentence is about (الاتفاق الذي وقع في …, the
 * deal that was signed in …) unless that clause places the signing at the event (… خلال الزيارة).
 */
export function reportsSigning(reading: SentenceReading, sign: TriggerInfo): boolean {
  if (sign.negated || sign.announced) return false;
  if (!sign.occurred && !heldByHead(reading, sign)) return false;
  const governs = (cue: { readonly last: number }): boolean =>
    cue.last < sign.first && sign.first - cue.last <= GOVERNING_CUE_REACH;
  if ([...cuesOf(reading, 'since'), ...cuesOf(reading, 'sequence')].some(governs)) return false;
  // "الاتفاقيات التي وقعها الجانبان خلال الزيارة": a relative clause that places the signing at
  // the event still reports it.
  const atTheEvent = cuesOf(reading, 'during').some(
    (d) => d.first > sign.first && clauseOf(reading, d.first) === sign.clause,
  );
  return atTheEvent || !cuesOf(reading, 'relative').some(governs);
}
