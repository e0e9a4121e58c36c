import type { SentenceReading } from './read-sentence';
import { isClauseOpener } from './tokenise-words';

/**
 * "وستبدأ البعثة العمل غدا الاثنين، لكن ستقام المراسم لاحقا خلال زيارة لكيري": a clause opener
 * (لكن, بينما, but, while) standing between a word and an encounter's trigger turns to another
 * predicate; a date or place of a trigger-less clause on the far side of it is not that
 * encounter's, whichever side the trigger is on.
 */
export function openerBetween(reading: SentenceReading, word: number, trigger: number): boolean {
  const [from, to] = word < trigger ? [word, trigger] : [trigger, word];
  return reading.words.slice(from + 1, to + 1).some((w) => isClauseOpener(w.fold));
}
