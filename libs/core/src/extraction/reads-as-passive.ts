import type { PhraseHit } from './find-phrases';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';

// The damma a writer puts on a verb to mark it passive (استُقبل, was received); an active verb
// written with vowels carries a fatha there instead.
const DAMMA = '\u064F';
const FATHA = '\u064E';

/**
 * Whether a visit verb written like an active one is passive: vocalised with a damma and no
 * fatha (استُقبل), or followed in its clause by an agent cue and the agent (من قبل الرئيس). Then
 * the party named after it is its object's side (the visitor received), not its subject.
 */
export function readsAsPassive(reading: SentenceReading, hit: PhraseHit): boolean {
  if (hit.meaning.kind !== 'trigger' || hit.meaning.trigger !== 'visit') return false;
  if (hit.meaning.subject !== 'host' && hit.meaning.subject !== 'visitor') return false;
  const raw = reading.words[hit.first]?.raw ?? '';
  if (raw.includes(DAMMA) && !raw.includes(FATHA)) return true;
  const clause = clauseOf(reading, hit.last);
  return cuesOf(reading, 'passiveAgent').some(
    (c) =>
      c.first > hit.last &&
      clauseOf(reading, c.first) === clause &&
      clauseOf(reading, c.last + 1) === clause,
  );
}
