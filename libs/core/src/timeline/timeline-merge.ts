import type { EventMention, TimelineEntry } from '@sijill/contracts';
import { fileBlocksOf, queryBlocksOf } from './assign-date-blocks';
import { buildEntry, type CopiesByArticle } from './build-entry';
import { clusterMentions } from './cluster-mentions';
import { mentionsCompatible } from './compare-mentions';
import { stableStringify } from './count-votes';
import { entryIdOf, entryIdOfCluster } from './derive-entry-id';
import type {
  CopyLink,
  MergeReceipt,
  TimelineReadRequest,
  TimelineReadResult,
  TimelineWrite,
} from './timeline-store.port';

/** One thing that arrives at the timeline: a mention, or a recorded wire copy. */
export type TimelineInput =
  | { readonly kind: 'mention'; readonly mention: EventMention }
  | { readonly kind: 'copy'; readonly copy: CopyLink };

/** What one merge publishes (survivors first, then entries merged away) and writes. */
export interface MergeSettlement {
  readonly changes: readonly TimelineEntry[];
  /** Undefined when the input was already known: nothing to write. */
  readonly write: TimelineWrite | undefined;
}

function receiptKey(input: TimelineInput): string {
  return input.kind === 'mention'
    ? `mention:${input.mention.mentionId}`
    : `copy:${input.copy.articleId}:${input.copy.duplicateOf}`;
}

/**
 * Of two versions of one mention id, the one kept whatever order they came in: the newer
 * gazetteer, then the larger serialisation (an arbitrary but fixed choice).
 */
function preferredVersion(a: EventMention, b: EventMention): EventMention {
  const byGazetteer = a.gazetteerVersion.localeCompare(b.gazetteerVersion, 'en', { numeric: true });
  if (byGazetteer !== 0) return byGazetteer > 0 ? a : b;
  return stableStringify(a) >= stableStringify(b) ? a : b;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function earliest(times: readonly (string | undefined)[]): string | undefined {
  const known = times.filter((t): t is string => t !== undefined);
  return known.sort((a, b) => Date.parse(a) - Date.parse(b) || compareText(a, b))[0];
}

/**
 * One merge, without I/O: it asks for what it must read (`nextReads`) until it has the whole
 * neighbourhood of its input, then `settle` re-clusters that neighbourhood from scratch and diffs
 * it against what was published. The neighbourhood is every mention linked to the input through
 * compatible mentions; clustering depends on that set alone, so the timeline does not depend on
 * arrival order. A sync driver (`applyMention`) and an async one (`MergeMentionUseCase`) share it.
 */
export class TimelineMerge {
  private readonly mentions = new Map<string, EventMention>();
  private readonly filed = new Map<string, Set<string>>();
  private readonly copies = new Map<string, Set<string>>();
  private readonly entries = new Map<string, TimelineEntry>();
  private readonly readBlocks = new Set<string>();
  private readonly readArticles = new Set<string>();
  private readonly readEntries = new Set<string>();
  private readonly versions: Record<string, number> = {};
  private seeds: EventMention[] | undefined;
  // The stored version a newer one replaces: its old links must be re-examined too.
  private phantoms: EventMention[] = [];
  private known = false;
  private receipt: MergeReceipt | undefined;
  // Entries to publish again: this delivery wrote them before, and its output may have been lost.
  private replay: readonly string[] = [];

  /** `delivery` names the message being handled; without one, a repeat never re-publishes. */
  constructor(
    private readonly input: TimelineInput,
    private readonly delivery?: string,
  ) {}

  /** What to read next; undefined once everything the merge needs has been read. */
  nextReads(): TimelineReadRequest | undefined {
    if (this.seeds === undefined) {
      const articles =
        this.input.kind === 'mention'
          ? [this.input.mention.articleId]
          : [this.input.copy.duplicateOf, this.input.copy.articleId];
      const blocks = this.input.kind === 'mention' ? queryBlocksOf(this.input.mention) : [];
      return this.request(blocks, articles, [], [receiptKey(this.input)]);
    }
    if (this.known) {
      const entryIds = this.replay.filter((id) => !this.readEntries.has(id));
      return entryIds.length === 0 ? undefined : this.request([], [], entryIds, []);
    }
    const reached = this.reach();
    const blocks = reached.flatMap(queryBlocksOf).filter((b) => !this.readBlocks.has(b));
    const articles = reached.map((m) => m.articleId).filter((a) => !this.readArticles.has(a));
    const entryIds = reached
      .map((m) => entryIdOf(m.mentionId))
      .filter((id) => !this.readEntries.has(id));
    if (blocks.length + articles.length + entryIds.length === 0) return undefined;
    return this.request(blocks, articles, entryIds, []);
  }

  /** Takes in the answer to the last request. */
  absorb(result: TimelineReadResult): void {
    for (const [scope, version] of Object.entries(result.versions)) {
      this.versions[scope] ??= version;
    }
    for (const mention of result.mentions) this.learn(mention);
    for (const copy of result.copies) this.learnCopy(copy);
    for (const entry of result.entries) this.entries.set(entry.id, entry);
    this.receipt ??= result.receipts.find((r) => r.key === receiptKey(this.input));
    if (this.seeds === undefined) this.chooseSeeds();
  }

  /** The changes to publish and the conditional write that records them. */
  settle(now: string): MergeSettlement {
    if (this.seeds === undefined) return { changes: [], write: undefined };
    if (this.known) {
      const changes = this.replay.flatMap((id) => this.entries.get(id) ?? []);
      return { changes, write: undefined };
    }
    const component = this.reach().filter((m) => this.mentions.get(m.mentionId) === m);
    const clusters = clusterMentions(component);
    const entryOfMention = new Map<string, string>();
    for (const cluster of clusters) {
      const id = entryIdOfCluster(cluster);
      for (const mention of cluster) entryOfMention.set(mention.mentionId, id);
    }
    const clusterIds = new Set(entryOfMention.values());
    const anchorOfEntry = new Map(component.map((m) => [entryIdOf(m.mentionId), m.mentionId]));
    const losers = [...this.entries.values()]
      .filter((e) => e.status === 'active' && !clusterIds.has(e.id))
      .flatMap((e) => {
        const into = entryOfMention.get(anchorOfEntry.get(e.id) ?? '');
        return into === undefined ? [] : [{ entry: e, into }];
      })
      .sort((a, b) => compareText(a.entry.id, b.entry.id));

    const copies: CopiesByArticle = this.copies;
    const survivors = clusters.flatMap((cluster) => {
      const id = entryIdOfCluster(cluster);
      const previous = this.entries.get(id);
      const built = buildEntry(cluster, copies, previous, now);
      if (built === previous) return [];
      const firstSeenAt = earliest([
        built.firstSeenAt,
        ...losers.filter((l) => l.into === id).map((l) => l.entry.firstSeenAt),
      ]);
      return [{ ...built, firstSeenAt: firstSeenAt ?? now }];
    });
    const merged = losers.map(({ entry, into }): TimelineEntry => ({
      ...entry,
      revision: entry.revision + 1,
      status: 'merged',
      mergedInto: into,
      updatedAt: now,
    }));
    const changes = [...survivors.sort((a, b) => compareText(a.id, b.id)), ...merged];
    return {
      changes,
      write: {
        mentions: this.input.kind === 'mention' ? [this.input.mention] : [],
        copies: this.input.kind === 'copy' ? [this.input.copy] : [],
        entries: changes,
        receipt:
          this.delivery === undefined
            ? undefined
            : {
                key: receiptKey(this.input),
                delivery: this.delivery,
                entryIds: changes.map((e) => e.id),
              },
        expectedVersions: { ...this.versions },
      },
    };
  }

  private request(
    blocks: readonly string[],
    articles: readonly string[],
    entryIds: readonly string[],
    receipts: readonly string[],
  ): TimelineReadRequest {
    const fresh = <T>(values: readonly T[]): T[] => [...new Set(values)];
    const request = {
      blocks: fresh(blocks),
      articles: fresh(articles),
      entryIds: fresh(entryIds),
      receipts,
    };
    request.blocks.forEach((b) => this.readBlocks.add(b));
    request.articles.forEach((a) => this.readArticles.add(a));
    request.entryIds.forEach((id) => this.readEntries.add(id));
    return request;
  }

  private learn(mention: EventMention): void {
    const current = this.mentions.get(mention.mentionId);
    if (current !== undefined && preferredVersion(current, mention) === current) return;
    this.mentions.set(mention.mentionId, mention);
    for (const block of fileBlocksOf(mention)) {
      const ids = this.filed.get(block) ?? new Set<string>();
      ids.add(mention.mentionId);
      this.filed.set(block, ids);
    }
  }

  private learnCopy(copy: CopyLink): void {
    const copies = this.copies.get(copy.duplicateOf) ?? new Set<string>();
    copies.add(copy.articleId);
    this.copies.set(copy.duplicateOf, copies);
  }

  private chooseSeeds(): void {
    this.decideSeeds();
    const redelivered = this.delivery !== undefined && this.receipt?.delivery === this.delivery;
    if (this.known && redelivered) this.replay = this.receipt?.entryIds ?? [];
  }

  private decideSeeds(): void {
    if (this.input.kind === 'copy') {
      const { articleId, duplicateOf } = this.input.copy;
      this.known = this.copies.get(duplicateOf)?.has(articleId) === true;
      this.learnCopy(this.input.copy);
      this.seeds = [...this.mentions.values()].filter(
        (m) => m.articleId === duplicateOf || m.articleId === articleId,
      );
      return;
    }
    const mention = this.input.mention;
    const stored = this.mentions.get(mention.mentionId);
    this.seeds = [mention];
    if (stored !== undefined) {
      const same = stableStringify(stored) === stableStringify(mention);
      this.known = same || preferredVersion(stored, mention) === stored;
      this.phantoms = this.known ? [] : [stored];
    }
    if (!this.known) {
      this.mentions.delete(mention.mentionId);
      this.learn(mention);
    }
  }

  /** Everything linked to the seeds (and to replaced versions) through compatible mentions. */
  private reach(): EventMention[] {
    const seen = new Set<EventMention>([...(this.seeds ?? []), ...this.phantoms]);
    const queue = [...seen];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const from = next;
      const ids = new Set(
        queryBlocksOf(from).flatMap((block) => [...(this.filed.get(block) ?? [])]),
      );
      for (const id of [...ids].sort(compareText)) {
        const candidate = this.mentions.get(id);
        if (candidate === undefined || seen.has(candidate)) continue;
        if (!mentionsCompatible(from, candidate)) continue;
        seen.add(candidate);
        queue.push(candidate);
      }
    }
    return [...seen];
  }
}
