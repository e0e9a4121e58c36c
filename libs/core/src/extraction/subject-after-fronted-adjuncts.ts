import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';
import type { TriggerInfo } from './trigger-info';

/** Punctuation that ends a clause; a bracket around a weekday does not. */
const CLAUSE_BREAK = /[،,;؛:—–]/u;

/**
 * "وصل إلى القاهرة مساء اليوم السبت وزير الخارجية …": a verb-initial sentence may front where and
 * when before its subject (verb, place, time, then the subject with its titles). The word where the
 * subject of an arrival or visit verb opens after such a fronted stretch — a place (with its
 * locative preposition or place noun) or a date, in any order, within the trigger's clause and the
 * lexicon's `frontedAdjuncts` reach — or undefined when nothing is fronted.
 */
export function subjectAfterFrontedAdjuncts(
  reading: SentenceReading,
  trigger: TriggerInfo,
): number | undefined {
  if (trigger.kind !== 'visit' || trigger.subject !== 'visitor' || trigger.passive)
    return undefined;
  const clause = clauseOf(reading, trigger.first);
  const start = trigger.hit.last + 1;
  const stretches = [
    // A date's span may run onto the word after a closing bracket; its words are those it covers.
    ...reading.dates.map((d) => ({
      first: d.first,
      last: Math.max(d.first, ...reading.words.filter((w) => w.start < d.end).map((w) => w.index)),
    })),
    ...reading.entities
      .filter((e) => e.match.kind === 'place' || e.match.kind === 'country')
      .map((e) => ({ first: e.first, last: e.last })),
    ...cuesOf(reading, 'locative'),
    ...cuesOf(reading, 'placeNoun'),
    ...cuesOf(reading, 'dayPart'),
  ];
  let word = start;
  for (;;) {
    const here = stretches
      .filter((s) => s.first <= word && s.last >= word)
      .sort((a, b) => b.last - a.last)[0];
    if (here === undefined) break;
    word = here.last + 1;
  }
  if (word === start || word - start > reading.reaches.frontedAdjuncts) return undefined;
  const subject = reading.words[word];
  const before = reading.words[word - 1];
  if (subject === undefined || before === undefined) return undefined;
  // Only brackets (اليوم (السبت) وزير …) may stand between the fronted stretch and the subject.
  const between = reading.text.slice(before.end - reading.start, subject.start - reading.start);
  if (clauseOf(reading, word) !== clause && CLAUSE_BREAK.test(between)) return undefined;
  return word;
}
