import { clauseOf, cuesOf, type EntityRef, type SentenceReading } from './read-sentence';

/**
 * Whether a country or place word names what a topic noun is about, not where anything happens:
 * the nisba or name right after الأزمة, التسوية, الملف ("إلى الأزمة السورية", "ملف اليمن") is the
 * crisis's, even behind a locative. A word with its own preposition (الحرب في غزة) is left to the
 * locative rules.
 */
export function namesATopic(reading: SentenceReading, entity: EntityRef): boolean {
  if (entity.prefix !== '') return false;
  return cuesOf(reading, 'topicNoun').some(
    (topic) =>
      topic.last === entity.first - 1 &&
      clauseOf(reading, topic.last) === clauseOf(reading, entity.first),
  );
}
