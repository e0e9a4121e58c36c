import type { FrameAgreement } from './event-frame';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';
import type { TriggerInfo } from './read-triggers';
import { onlyMentioned } from './mentioned-agreement';
import { reportsSigning } from './reports-signing';

const AGREEMENT_REACH = 10;
const AGREEMENT_TITLE_WORDS = 12;
const NUMBER = /^[\p{N}]+$/u;

/**
 * The documents a sentence reports signed or adopted, from its signing clauses only: each
 * agreement noun near a signing verb that reports a signing (`reportsSigning`: after it, or just
 * before a passive) and in the verb's own clause, not one only mentioned (`onlyMentioned`), titled from the noun (and a count before it) to the end of that
 * clause, stopping before a place, a date, a relative clause or another document.
 */
export function agreementsOf(
  reading: SentenceReading,
  signing: readonly TriggerInfo[],
): FrameAgreement[] {
  const nouns = cuesOf(reading, 'agreementNouns');
  const signed = nouns.filter((n) => !onlyMentioned(reading, n));
  const found: FrameAgreement[] = [];
  for (const sign of signing.filter((s) => reportsSigning(reading, s))) {
    for (const noun of signed) {
      const after = noun.first > sign.first && noun.first - sign.hit.last <= AGREEMENT_REACH;
      const before = noun.last < sign.first && sign.first - noun.last <= 4;
      if (!after && !before) continue;
      if (clauseOf(reading, noun.first) !== sign.clause) continue;
      if (found.some((f) => f.start === noun.first)) continue;
      let from = noun.first;
      const previous = reading.words[from - 1];
      if (previous !== undefined && NUMBER.test(previous.raw)) from -= 1;
      const clause = clauseOf(reading, noun.first);
      // The title runs to the end of its clause, before a place, a date or another document.
      const stops = new Set<number>([
        ...signed.map((n) => n.first),
        ...signing.map((s) => s.first),
        ...cuesOf(reading, 'locative').map((l) => l.first),
        ...cuesOf(reading, 'during').map((l) => l.first),
        ...cuesOf(reading, 'relative').map((l) => l.first),
        ...cuesOf(reading, 'sequence').map((l) => l.first),
        ...reading.dates.map((d) => d.first),
        ...reading.entities.filter((e) => e.match.kind === 'place').map((e) => e.first),
        ...reading.hits.filter((h) => h.meaning.kind === 'trigger').map((h) => h.first),
      ]);
      let to = noun.last;
      while (
        to + 1 < reading.words.length &&
        to - from < AGREEMENT_TITLE_WORDS &&
        clauseOf(reading, to + 1) === clause &&
        !stops.has(to + 1)
      )
        to += 1;
      const start = reading.words[from]?.start ?? reading.start;
      const end = reading.words[to]?.end ?? reading.end;
      found.push({
        title: reading.text.slice(start - reading.start, end - reading.start),
        start: noun.first,
        end: to,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
