import { qualifiesTopic } from './find-places';
import { namesATopic } from './names-a-topic';
import { clauseOf, cuesOf, type EntityRef, type SentenceReading } from './read-sentence';

/**
 * Whether a country word names what is discussed, not who takes part: the country of a topic noun
 * ("ملف الأوضاع في ليبيا", "الأزمة السورية", "the war in Yemen"), right after it or behind a
 * locative within the topic's reach in the same clause. Such a country is no party of the
 * encounter, even beside an official ("يناقش الوزراء ملف الأوضاع في ليبيا، بحضور المبعوث").
 */
export function discussedCountry(reading: SentenceReading, entity: EntityRef): boolean {
  if (entity.match.kind !== 'country') return false;
  const topics = cuesOf(reading, 'topicNoun');
  if (namesATopic(reading, entity) || qualifiesTopic(reading, topics, entity)) return true;
  const clause = clauseOf(reading, entity.first);
  return cuesOf(reading, 'locative').some(
    (l) =>
      l.last === entity.first - 1 &&
      clauseOf(reading, l.first) === clause &&
      topics.some(
        (t) =>
          t.last < l.first &&
          l.first - t.last <= reading.reaches.topic &&
          clauseOf(reading, t.first) === clause,
      ),
  );
}
