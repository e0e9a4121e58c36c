import type { TimelineEntry } from '@sijill/contracts';

/** What changed between two readings of the timeline: entries new to the view, and revised ones. */
export interface RevisionDiff {
  readonly added: readonly string[];
  readonly revised: readonly string[];
}

/** Compares the revisions shown before with the entries read now. */
export function diffRevisions(
  shown: ReadonlyMap<string, number>,
  entries: readonly TimelineEntry[],
): RevisionDiff {
  const added: string[] = [];
  const revised: string[] = [];
  for (const entry of entries) {
    const before = shown.get(entry.id);
    if (before === undefined) added.push(entry.id);
    else if (entry.revision > before) revised.push(entry.id);
  }
  return { added, revised };
}
