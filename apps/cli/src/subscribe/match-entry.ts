import type { EventType, TimelineEntry } from '@sijill/contracts';
import { foldKey } from '@sijill/core';

/** What `sijill subscribe` shows; an absent field lets every entry through. */
export interface EntryFilter {
  /** Folded with `foldKey`. */
  readonly participant?: string;
  readonly types?: ReadonlySet<EventType>;
}

/**
 * Whether an entry passes the filter: one of the types, and a participant whose English name or a
 * name in any language contains the participant text.
 */
export function matchEntry(entry: TimelineEntry, filter: EntryFilter): boolean {
  if (filter.types !== undefined && !filter.types.has(entry.type)) return false;
  const wanted = filter.participant;
  if (wanted === undefined) return true;
  return entry.participants.some((p) =>
    [p.name, ...Object.values(p.names)].some((name) => foldKey(name).includes(wanted)),
  );
}
