import type { DuplicateArticle, EventMention, TimelineEntry } from '@sijill/contracts';
import { type TimelineInput, TimelineMerge } from './timeline-merge';
import type { CopyLink, TimelineStore } from './timeline-store.port';
import { TimelineWriteConflictError } from './timeline-write-conflict.error';

/** Tuning of the merge use case. */
export interface MergeMentionOptions {
  /** Attempts before giving up on a write that keeps conflicting with concurrent merges. */
  readonly maxAttempts: number;
}

const DEFAULT_OPTIONS: MergeMentionOptions = { maxAttempts: 25 };

/**
 * The timeline stage: merges a mention (or records a wire copy) into the stored timeline and
 * returns the entries to publish, in order. Reads, merges and writes conditionally; when another
 * instance wrote in between, it starts over from fresh reads.
 */
export class MergeMentionUseCase {
  constructor(
    private readonly store: TimelineStore,
    private readonly options: MergeMentionOptions = DEFAULT_OPTIONS,
  ) {}

  /**
   * Merges one mention at time `now` (ISO 8601). `delivery` names the message (e.g.
   * topic/partition/offset): a repeat returns no changes, except a redelivery of the message that
   * applied it, which returns that message's changes again (its output may never have been sent).
   */
  mergeMention(
    mention: EventMention,
    now: string,
    delivery?: string,
  ): Promise<readonly TimelineEntry[]> {
    return this.run({ kind: 'mention', mention }, now, delivery);
  }

  /** Records a wire copy at time `now`; the entries citing its original are republished. */
  recordDuplicate(
    duplicate: DuplicateArticle | CopyLink,
    now: string,
    delivery?: string,
  ): Promise<readonly TimelineEntry[]> {
    const input = copyInput(duplicate);
    return input === undefined ? Promise.resolve([]) : this.run(input, now, delivery);
  }

  private async run(
    input: TimelineInput,
    now: string,
    delivery: string | undefined,
  ): Promise<readonly TimelineEntry[]> {
    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt++) {
      const merge = new TimelineMerge(input, delivery);
      for (let request = merge.nextReads(); request !== undefined; request = merge.nextReads()) {
        merge.absorb(await this.store.read(request));
      }
      const { changes, write } = merge.settle(now);
      if (write === undefined) return changes;
      if ((await this.store.write(write)) === 'written') return changes;
    }
    throw new TimelineWriteConflictError(this.options.maxAttempts);
  }
}

/**
 * What recording a wire copy merges; none for a repeat of the same article (same id), which is no
 * copy of another source.
 */
export function copyInput(duplicate: DuplicateArticle | CopyLink): TimelineInput | undefined {
  if (duplicate.articleId === duplicate.duplicateOf) return undefined;
  return {
    kind: 'copy',
    copy: { articleId: duplicate.articleId, duplicateOf: duplicate.duplicateOf },
  };
}
