import type { PhraseHit } from './find-phrases';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';

/**
 * "قمة عالمية لريادة الأعمال", "الاجتماع الثاني لمنتدى الأعمال السعودي الفرنسي", "the Global
 * Entrepreneurship Summit": a summit or meeting noun named for business (the business words
 * right after it in its clause, the word right before it, or a compound that holds it) is a
 * gathering of trade, not an encounter of states. Verbs are not judged: "التقى رجال الأعمال" is left to the party rules.
 */
export function namedForBusiness(reading: SentenceReading, hit: PhraseHit): boolean {
  if (hit.meaning.kind !== 'trigger' || hit.meaning.subject !== 'none') return false;
  if (hit.meaning.trigger !== 'summit' && hit.meaning.trigger !== 'meeting') return false;
  const clause = clauseOf(reading, hit.first);
  return cuesOf(reading, 'businessGathering').some(
    (c) =>
      clauseOf(reading, c.first) === clause &&
      ((c.first <= hit.first && hit.last <= c.last) ||
        (c.first > hit.last && c.first - hit.last - 1 <= reading.reaches.businessGathering) ||
        c.last === hit.first - 1),
  );
}
