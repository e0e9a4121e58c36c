import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';

// Words between a sequence cue and the trigger it governs ("إثر اجتماع", "عقب لقائه الأخير").
const SEQUENCE_REACH = 1;

/**
 * "أعلن كيري الاثنين في الدوحة إثر اجتماع مع نظرائه": an encounter told right after a sequence
 * cue (إثر, عقب, بعد, after) in its own clause took place before what the sentence reports, so
 * the report's day dates it when it has none of its own.
 */
export function toldAfterSequence(reading: SentenceReading, trigger: number): boolean {
  const clause = clauseOf(reading, trigger);
  return cuesOf(reading, 'sequence').some(
    (c) =>
      c.last < trigger &&
      trigger - c.last - 1 <= SEQUENCE_REACH &&
      clauseOf(reading, c.first) === clause,
  );
}
