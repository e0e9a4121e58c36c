import type { DuplicateArticle, EventMention, TimelineEntry } from '@sijill/contracts';
import type { CopyLink } from './timeline-store.port';
import { copyInput } from './merge-mention.use-case';
import { type TimelineInput, TimelineMerge } from './timeline-merge';
import { TimelineTables } from './timeline-tables';

/**
 * An immutable snapshot of the timeline: mentions, wire copies and every entry published with
 * its revision. Applying anything returns a new state (copying the tables): a driver for the
 * timeline's own specs, not exported, that shares `TimelineMerge` and `copyInput` with
 * `MergeMentionUseCase` so the two cannot drift.
 */
export interface TimelineState {
  readonly tables: TimelineTables;
}

/** What applying one input did: the next state, and the entries to publish (maybe none). */
export interface TimelineApplication {
  readonly state: TimelineState;
  readonly changes: readonly TimelineEntry[];
}

/** A timeline with nothing in it. */
export function emptyTimelineState(): TimelineState {
  return { tables: new TimelineTables() };
}

function apply(
  state: TimelineState,
  input: TimelineInput,
  now: string,
  delivery: string | undefined,
): TimelineApplication {
  const merge = new TimelineMerge(input, delivery);
  for (let request = merge.nextReads(); request !== undefined; request = merge.nextReads()) {
    merge.absorb(state.tables.read(request));
  }
  const { changes, write } = merge.settle(now);
  if (write === undefined) return { state, changes };
  const tables = state.tables.clone();
  if (tables.write(write) !== 'written') throw new Error('A snapshot changed under its own write.');
  return { state: { tables }, changes };
}

/**
 * Merges one mention into the timeline at time `now` (ISO 8601). A mention already applied (or an
 * older version of one applied) changes nothing and publishes nothing, unless it comes again
 * under the `delivery` that applied it: then what that delivery published is published again.
 */
export function applyMention(
  state: TimelineState,
  mention: EventMention,
  now: string,
  delivery?: string,
): TimelineApplication {
  return apply(state, { kind: 'mention', mention }, now, delivery);
}

/** Records a wire copy: the entries citing its original list it among that source's copies. */
export function applyDuplicate(
  state: TimelineState,
  duplicate: DuplicateArticle | CopyLink,
  now: string,
  delivery?: string,
): TimelineApplication {
  const input = copyInput(duplicate);
  return input === undefined ? { state, changes: [] } : apply(state, input, now, delivery);
}

/** Every entry published so far, active or merged, by id. */
export function timelineEntries(state: TimelineState): TimelineEntry[] {
  return state.tables.listEntries();
}
