import type { PhraseHit } from './find-phrases';
import { cuesOf, type SentenceReading } from './read-sentence';

// Words after a reporting verb within which "أنه" (that he) still opens its complement when no
// complementiser follows the verb.
const SELF_REFERENCE_REACH = 3;

/**
 * Whether a reporting verb tells the speaker's own act ("أعلن أنه سيزور", announced that he will
 * visit): a self-reference opens its complement, right after the verb's complementiser or, when
 * it has none, within a few words of the verb. Such a speaker is a party, not a reporter.
 */
export function reportsOwnAct(reading: SentenceReading, verb: PhraseHit): boolean {
  const complementiser = cuesOf(reading, 'complementisers').find((c) => c.first > verb.last);
  return cuesOf(reading, 'selfReference').some(
    (s) =>
      s.first > verb.last &&
      (complementiser === undefined
        ? s.first - verb.last <= SELF_REFERENCE_REACH
        : s.first <= complementiser.last + 1),
  );
}
