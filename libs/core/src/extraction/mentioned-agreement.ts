import type { PhraseHit } from './find-phrases';
import { cuesOf, type SentenceReading } from './read-sentence';

/**
 * "في إطار الاتفاقية", "تنفيذ الاتفاق", "the implementation of the agreement": a document named
 * right after a mention cue is what the clause refers to, not one it reports signed, even beside a
 * signing verb ("وقعا مذكرة تفاهم في إطار اتفاقية التعاون" signs only the memorandum).
 */
export function onlyMentioned(reading: SentenceReading, noun: PhraseHit): boolean {
  return cuesOf(reading, 'agreementMentioned').some(
    (c) => c.last < noun.first && noun.first - c.last - 1 <= reading.reaches.agreementMentioned,
  );
}
