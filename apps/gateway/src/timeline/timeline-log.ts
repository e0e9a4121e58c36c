import type { TimelineEntry } from '@sijill/contracts';
import { compareEntries } from './select-timeline-page';
import { hasSeen, type StreamCursor } from './stream-cursor';

/** One accepted revision of an entry, where it sits on the timeline topic. */
export interface TimelineRecord {
  /** Arrival order in this process: the order in which streams send records. */
  readonly seq: number;
  readonly partition: number;
  readonly offset: bigint;
  readonly entry: TimelineEntry;
}

/**
 * What `offer` did: `accepted` (a newer revision, now the latest), `stale` (not newer than the
 * revision held, ignored), `repeated` (an offset already offered, as after a consumer restart).
 */
export type OfferOutcome =
  | { readonly kind: 'accepted'; readonly record: TimelineRecord }
  | { readonly kind: 'stale'; readonly heldRevision: number }
  | { readonly kind: 'repeated' };

/** How many of the most recent records are kept even when a newer revision supersedes them. */
export const DEFAULT_HISTORY_LIMIT = 20_000;

/**
 * The gateway's copy of the timeline topic: the latest revision of every entry, and the log of
 * accepted revisions in arrival order for event streams. Older superseded revisions are dropped
 * past the history limit, as Kafka's compaction would: a stream resuming from further back still
 * gets every entry's latest revision, once.
 */
export class TimelineLog {
  private readonly byPartition = new Map<number, TimelineRecord[]>();
  private readonly offered = new Map<number, bigint>();
  private readonly latest = new Map<string, TimelineRecord>();
  private nextSeq = 0;
  private retained = 0;
  private sorted?: readonly TimelineEntry[];

  constructor(private readonly historyLimit = DEFAULT_HISTORY_LIMIT) {}

  /** Takes the record at `partition`/`offset`; offers must come in offset order per partition. */
  offer(partition: number, offset: bigint, entry: TimelineEntry): OfferOutcome {
    const last = this.offered.get(partition);
    if (last !== undefined && offset <= last) return { kind: 'repeated' };
    this.offered.set(partition, offset);
    const held = this.latest.get(entry.id);
    if (held !== undefined && held.entry.revision >= entry.revision) {
      return { kind: 'stale', heldRevision: held.entry.revision };
    }
    const record: TimelineRecord = { seq: this.nextSeq++, partition, offset, entry };
    const records = this.byPartition.get(partition) ?? [];
    records.push(record);
    this.byPartition.set(partition, records);
    this.latest.set(entry.id, record);
    this.sorted = undefined;
    this.retained++;
    // Amortised: a compaction leaves at most one history's worth of superseded records.
    if (this.retained > this.latest.size + 2 * this.historyLimit) this.compact();
    return { kind: 'accepted', record };
  }

  /** The latest revision of an entry. */
  get(id: string): TimelineEntry | undefined {
    return this.latest.get(id)?.entry;
  }

  /** The latest revision of every entry, by date then id (see `compareEntries`). */
  entries(): readonly TimelineEntry[] {
    this.sorted ??= [...this.latest.values()].map((r) => r.entry).sort(compareEntries);
    return this.sorted;
  }

  /** The cursor of a stream that has been sent everything offered so far. */
  get endCursor(): StreamCursor {
    return new Map(this.offered);
  }

  get entryCount(): number {
    return this.latest.size;
  }

  get recordCount(): number {
    return this.retained;
  }

  /** Up to `limit` records a client at `cursor` has not been sent, in arrival order. */
  after(cursor: StreamCursor, limit: number): TimelineRecord[] {
    const heads = [...this.byPartition].map(([partition, records]) => ({
      records,
      index: firstUnseen(records, cursor, partition),
    }));
    const out: TimelineRecord[] = [];
    while (out.length < limit) {
      let next: { records: TimelineRecord[]; index: number } | undefined;
      for (const head of heads) {
        const candidate = head.records[head.index];
        const best = next?.records[next.index];
        if (candidate !== undefined && (best === undefined || candidate.seq < best.seq)) {
          next = head;
        }
      }
      const record = next?.records[next.index];
      if (next === undefined || record === undefined) break;
      out.push(record);
      next.index++;
    }
    return out;
  }

  private compact(): void {
    const horizon = this.nextSeq - this.historyLimit;
    this.retained = 0;
    for (const [partition, records] of this.byPartition) {
      const kept = records.filter((r) => r.seq >= horizon || this.latest.get(r.entry.id) === r);
      this.byPartition.set(partition, kept);
      this.retained += kept.length;
    }
  }
}

/** Index of the first record of a partition the cursor has not seen (records are in offset order). */
function firstUnseen(records: readonly TimelineRecord[], cursor: StreamCursor, partition: number) {
  let [low, high] = [0, records.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    const record = records[middle];
    if (record !== undefined && hasSeen(cursor, partition, record.offset)) low = middle + 1;
    else high = middle;
  }
  return low;
}
