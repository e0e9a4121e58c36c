import type { PhraseHit } from './find-phrases';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';

/** Where what a reporting verb reports begins: after its complementiser (أن, that), else after it. */
export function reportStart(reading: SentenceReading, verb: PhraseHit): number {
  const opener = [...cuesOf(reading, 'complementisers'), ...cuesOf(reading, 'selfReference')]
    .filter((c) => c.first > verb.last)
    .sort((a, b) => a.first - b.first)[0];
  return opener === undefined ? verb.last + 1 : opener.last + 1;
}

/** Whether `word` lies in what a speaker says after `trigger` ("…, قائلا إن … في غزة"). */
export function reportedAfter(reading: SentenceReading, trigger: number, word: number): boolean {
  return cuesOf(reading, 'reporting').some(
    (r) => r.first > trigger && reportStart(reading, r) <= word,
  );
}

/** Whether `word` follows منذ / since in its clause: what is there qualifies, it does not date. */
export function sinceScope(reading: SentenceReading, word: number): boolean {
  return cuesOf(reading, 'since').some(
    (s) => s.last < word && clauseOf(reading, s.first) === clauseOf(reading, word),
  );
}

/** Whether `word` lies between a reporting verb and what it reports (أعلن … اليوم أن). */
export function inReportingSpan(reading: SentenceReading, word: number): boolean {
  return cuesOf(reading, 'reporting').some((verb) => {
    const start = reportStart(reading, verb);
    return start > verb.last + 1 && word > verb.last && word < start;
  });
}
