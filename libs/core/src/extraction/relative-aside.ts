import type { PhraseHit } from './find-phrases';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';

// Words of an office (رئيس الوزراء) between the office word and the holder's name.
const OFFICE_REACH = 3;

/**
 * "أن يلتقي كارتر الذي يقوم بجولة في المنطقة، رئيس الوزراء حيدر العبادي": a relative clause on a
 * word of the trigger's own clause, closed by punctuation, is an aside on that word; a clause that
 * opens with a name or an office after it goes on with the trigger's arguments.
 */
export function relativeAside(
  reading: SentenceReading,
  relative: PhraseHit,
  trigger: number,
  name: number,
): boolean {
  const nameClause = clauseOf(reading, name);
  if (clauseOf(reading, relative.first - 1) !== clauseOf(reading, trigger)) return false;
  if (clauseOf(reading, relative.first) >= nameClause) return false;
  const opening = reading.words.find((w) => w.clause === nameClause)?.index;
  if (opening === undefined) return false;
  // The clause of the name opens with it, with its office (رئيس الوزراء) or with another name.
  if (opening === name) return true;
  const office = cuesOf(reading, 'officeNoun').some(
    (c) => c.first === opening && name - c.last <= OFFICE_REACH,
  );
  return (
    office ||
    reading.entities.some(
      (e) => e.first === opening && (e.match.kind === 'role' || e.match.kind === 'person'),
    )
  );
}
