import type { EventMention, TimelineEntry } from '@sijill/contracts';

/** One recorded wire copy: `articleId` is a copy of `duplicateOf`. */
export interface CopyLink {
  readonly articleId: string;
  readonly duplicateOf: string;
}

/**
 * What one delivery of an input changed: the entries it published. A redelivery of the same
 * message (same delivery id, e.g. topic/partition/offset) after its output was lost re-publishes
 * them; any other repeat publishes nothing.
 */
export interface MergeReceipt {
  /** `mention:<mentionId>` or `copy:<articleId>:<duplicateOf>`. */
  readonly key: string;
  readonly delivery: string;
  readonly entryIds: readonly string[];
}

/** What one round of a merge reads. */
export interface TimelineReadRequest {
  /** Date blocks (`d:2024-11-28:summit`, `m:2024-11:encounter`, `y:2024:call`): mentions filed there. */
  readonly blocks: readonly string[];
  /** Article ids: the mentions of these articles and the copies recorded for them. */
  readonly articles: readonly string[];
  /** Entry ids: the last published entry under each, active or merged. */
  readonly entryIds: readonly string[];
  /** Receipt keys: the receipt stored under each. */
  readonly receipts: readonly string[];
}

/** The answer to a read; `versions` holds the version of every block and article scope read. */
export interface TimelineReadResult {
  readonly mentions: readonly EventMention[];
  readonly copies: readonly CopyLink[];
  readonly entries: readonly TimelineEntry[];
  readonly receipts: readonly MergeReceipt[];
  /** By scope key (`block:<block>`, `article:<id>`); a scope never written is at version 0. */
  readonly versions: Readonly<Record<string, number>>;
}

/** What one merge writes, on condition that nothing it read has changed since. */
export interface TimelineWrite {
  /** Filed under their date blocks (see `fileBlocksOf`) and under their article. */
  readonly mentions: readonly EventMention[];
  readonly copies: readonly CopyLink[];
  /** Replace what is stored under their ids. */
  readonly entries: readonly TimelineEntry[];
  /** Replaces the receipt stored under its key. */
  readonly receipt: MergeReceipt | undefined;
  /** Every scope the merge read, at the version it read. */
  readonly expectedVersions: Readonly<Record<string, number>>;
}

/**
 * Timeline state: mentions by date block and by article, wire copies by original article,
 * entries by id, and a receipt per input. `write` is atomic and conditional (optimistic concurrency): it applies only when
 * every scope in `expectedVersions` is still at that version, and then increments each of them
 * and every block and article scope it writes into. Two merges that could affect one entry always
 * read a common scope, so with several instances one of them retries and none is lost.
 */
export abstract class TimelineStore {
  abstract read(request: TimelineReadRequest): Promise<TimelineReadResult>;
  abstract write(write: TimelineWrite): Promise<'written' | 'conflict'>;
}

/** The version scope key of a date block. */
export function blockScope(block: string): string {
  return `block:${block}`;
}

/** The version scope key of an article. */
export function articleScope(articleId: string): string {
  return `article:${articleId}`;
}
