import type { PhraseHit } from './find-phrases';
import { wordsOf } from './word-set';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';

// An announced cue this close after a trigger noun is its adjective (اللقاء المرتقب, القمة العربية المقبلة).
export const ANNOUNCED_ADJECTIVE_REACH = 2;

/**
 * Whether an announced cue after a trigger noun is that noun's adjective, so the encounter is
 * still to come: right after it (اللقاء المرتقب, القمة العربية المقبلة), or after the noun's
 * complement when only names, titles and organisations lie between ("زيارة وزيرة خارجية الاتحاد
 * الأوروبي فيديريكا موغيريني المرتقبة": Arabic puts the adjective after the visitor it names). Nouns
 * only: a verb's subject is no complement. In the noun's clause.
 */
export function announcedAdjectiveOf(
  reading: SentenceReading,
  noun: PhraseHit,
  cue: PhraseHit,
): boolean {
  if (cue.first <= noun.last || clauseOf(reading, cue.first) !== clauseOf(reading, noun.first))
    return false;
  if (cue.first - noun.last <= ANNOUNCED_ADJECTIVE_REACH) return true;
  // "a meeting between Vladimir Putin and Donald Trump could take place", "Встреча Владимира
  // Путина и Дональда Трампа могла бы состояться": the parties' names, joined by "and" after one
  // preposition, are the noun's complement; the cue after them is its predicate.
  const named = wordsOf([
    ...reading.entities.filter(
      (e) =>
        e.match.kind === 'person' || e.match.kind === 'role' || e.match.kind === 'organisation',
    ),
    ...cuesOf(reading, 'rangeJoin'),
  ]);
  const parties = named.has(noun.last + 1) ? noun.last + 1 : noun.last + 2;
  if (cue.first <= parties) return false;
  for (let i = parties; i < cue.first; i += 1) if (!named.has(i)) return false;
  return true;
}
