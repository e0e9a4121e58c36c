import type { EventMention, TimelineEntry } from '@sijill/contracts';
import { fileBlocksOf } from './assign-date-blocks';
import {
  articleScope,
  blockScope,
  type CopyLink,
  type MergeReceipt,
  type TimelineReadRequest,
  type TimelineReadResult,
  type TimelineWrite,
} from './timeline-store.port';

function addTo(index: Map<string, Set<string>>, key: string, value: string): void {
  const values = index.get(key);
  if (values === undefined) index.set(key, new Set([value]));
  else values.add(value);
}

function copyIndex(index: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Set<string>> {
  return new Map([...index].map(([key, values]) => [key, new Set(values)]));
}

/**
 * The timeline's tables held in memory, with the read and conditional-write semantics every
 * `TimelineStore` has; the in-memory store and the pure `applyMention` both stand on it.
 */
export class TimelineTables {
  private readonly mentions = new Map<string, EventMention>();
  private readonly byBlock = new Map<string, Set<string>>();
  private readonly byArticle = new Map<string, Set<string>>();
  private readonly copies = new Map<string, Set<string>>();
  private readonly entries = new Map<string, TimelineEntry>();
  private readonly receipts = new Map<string, MergeReceipt>();
  private readonly versions = new Map<string, number>();

  read(request: TimelineReadRequest): TimelineReadResult {
    const ids = new Set([
      ...request.blocks.flatMap((block) => [...(this.byBlock.get(block) ?? [])]),
      ...request.articles.flatMap((article) => [...(this.byArticle.get(article) ?? [])]),
    ]);
    const scopes = [...request.blocks.map(blockScope), ...request.articles.map(articleScope)];
    return {
      mentions: [...ids].flatMap((id) => this.mentions.get(id) ?? []),
      copies: request.articles.flatMap((duplicateOf) =>
        [...(this.copies.get(duplicateOf) ?? [])].map((articleId) => ({ articleId, duplicateOf })),
      ),
      entries: request.entryIds.flatMap((id) => this.entries.get(id) ?? []),
      receipts: request.receipts.flatMap((key) => this.receipts.get(key) ?? []),
      versions: Object.fromEntries(scopes.map((scope) => [scope, this.versions.get(scope) ?? 0])),
    };
  }

  write(write: TimelineWrite): 'written' | 'conflict' {
    const expected = Object.entries(write.expectedVersions);
    if (expected.some(([scope, version]) => (this.versions.get(scope) ?? 0) !== version)) {
      return 'conflict';
    }
    const touched = new Set(expected.map(([scope]) => scope));
    for (const mention of write.mentions) {
      this.mentions.set(mention.mentionId, mention);
      for (const block of fileBlocksOf(mention)) {
        addTo(this.byBlock, block, mention.mentionId);
        touched.add(blockScope(block));
      }
      addTo(this.byArticle, mention.articleId, mention.mentionId);
      touched.add(articleScope(mention.articleId));
    }
    for (const copy of write.copies) this.addCopy(copy, touched);
    for (const entry of write.entries) this.entries.set(entry.id, entry);
    if (write.receipt !== undefined) this.receipts.set(write.receipt.key, write.receipt);
    for (const scope of touched) this.versions.set(scope, (this.versions.get(scope) ?? 0) + 1);
    return 'written';
  }

  /** Every entry ever published, active or merged, by id. */
  listEntries(): TimelineEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  clone(): TimelineTables {
    const twin = new TimelineTables();
    for (const [id, mention] of this.mentions) twin.mentions.set(id, mention);
    for (const [key, values] of copyIndex(this.byBlock)) twin.byBlock.set(key, values);
    for (const [key, values] of copyIndex(this.byArticle)) twin.byArticle.set(key, values);
    for (const [key, values] of copyIndex(this.copies)) twin.copies.set(key, values);
    for (const [id, entry] of this.entries) twin.entries.set(id, entry);
    for (const [key, receipt] of this.receipts) twin.receipts.set(key, receipt);
    for (const [scope, version] of this.versions) twin.versions.set(scope, version);
    return twin;
  }

  private addCopy(copy: CopyLink, touched: Set<string>): void {
    addTo(this.copies, copy.duplicateOf, copy.articleId);
    touched.add(articleScope(copy.duplicateOf));
    touched.add(articleScope(copy.articleId));
  }
}
