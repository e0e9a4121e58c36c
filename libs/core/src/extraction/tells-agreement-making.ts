import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';
import { isTrigger } from './read-triggers';

// A cue this close before a signing word governs it: "بعد توقيع", "الذي وقع".
const GOVERNING_REACH = 2;
// A relative pronoun this close after an agreement noun opens the clause that tells its making.
const PRONOUN_REACH = 2;
// Punctuation that ends a clause; an aside in brackets ("14 يوليو (تموز) في فيينا") does not.
const CLAUSE_END = /[،,؛;.!?؟:]/u;

/** Whether two words are in one clause, counting an aside in brackets between them as none. */
function sameStretch(reading: SentenceReading, from: number, to: number): boolean {
  if (clauseOf(reading, from) === clauseOf(reading, to)) return true;
  const start = reading.words[from]?.end;
  const end = reading.words[to]?.start;
  if (start === undefined || end === undefined) return false;
  return !CLAUSE_END.test(reading.text.slice(start - reading.start, end - reading.start));
}

/**
 * Whether a place or date word tells where or when an agreement was made, not the encounter the
 * sentence reports: it follows an agreement noun in the noun's clause, within the reach of a
 * relative clause, with no encounter trigger between them ("لتهدئة مخاوفهم الناتجة عن الاتفاق
 * النووي الذي أبرمته الدول الكبرى مع إيران في 14 يوليو في فيينا", "بعد توقيع الاتفاق في 14 يوليو في
 * فيينا", "الاتفاق الموقع في فيينا"). A document the sentence reports signed at the encounter
 * keeps its place and date ("وقع الجانبان اتفاقية تعاون في الرياض أمس"): a signing word before the
 * noun that no sequence, since or relative cue governs.
 */
export function tellsAgreementMaking(reading: SentenceReading, word: number): boolean {
  const relatives = cuesOf(reading, 'relative');
  // A relative clause's reach counts from its pronoun: "الاتفاق النووي الذي أبرمته ...".
  const clauseStart = (noun: { readonly last: number }): number =>
    relatives.find((r) => r.first > noun.last && r.first - noun.last <= PRONOUN_REACH)?.last ??
    noun.last;
  const nouns = cuesOf(reading, 'agreementNouns').filter(
    (n) =>
      n.last < word &&
      word - clauseStart(n) <= reading.reaches.relativeClause &&
      sameStretch(reading, n.last, word),
  );
  if (nouns.length === 0) return false;
  const governors = [...cuesOf(reading, 'sequence'), ...cuesOf(reading, 'since'), ...relatives];
  const signingAtTheEncounter = (noun: { readonly first: number }): boolean =>
    reading.hits.some(
      (h) =>
        isTrigger(h, 'signing') &&
        h.last < noun.first &&
        sameStretch(reading, h.first, noun.first) &&
        !governors.some((g) => g.last < h.first && h.first - g.last <= GOVERNING_REACH),
    );
  return nouns.some(
    (noun) =>
      !signingAtTheEncounter(noun) &&
      !reading.hits.some(
        (h) => isTrigger(h) && !isTrigger(h, 'signing') && h.first > noun.last && h.first < word,
      ),
  );
}
