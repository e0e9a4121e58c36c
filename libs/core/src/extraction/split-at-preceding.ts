import { cuesOf, type SentenceReading } from './read-sentence';
import type { Group, TriggerInfo } from './trigger-info';

/**
 * "وكان قد سبق الاجتماع المشترك … اجتماع ثلاثي ضم …": a verb of preceding (سبق, preceded) before a
 * definite encounter and then a new one of the same kind tells two encounters, the new one held
 * just before the one referred to. The sentence splits at the new trigger; the second group is told
 * against the first (its day, see `offsetDays`).
 */
export function splitAtPreceding(
  reading: SentenceReading,
  encounters: readonly TriggerInfo[],
): Group[] | undefined {
  for (const cue of cuesOf(reading, 'precededBy')) {
    const after = encounters.filter((t) => t.first > cue.last);
    const referred = after.find((t) => t.definite);
    if (referred === undefined) continue;
    const fresh = after.find(
      (t) => t.first > referred.hit.last && !t.definite && t.kind === referred.kind,
    );
    if (fresh === undefined) continue;
    return [
      { from: 0, to: fresh.first - 1 },
      { from: fresh.first, to: reading.words.length - 1, cue },
    ];
  }
  return undefined;
}
