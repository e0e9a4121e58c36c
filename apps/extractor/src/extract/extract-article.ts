import type { EventMention, UniqueArticle } from '@sijill/contracts';
import { capArticleForExtraction, extractMentions, type Gazetteer } from '@sijill/core';

/** One article to extract, as sent to a worker thread (structured-cloneable). */
export interface ExtractionTask {
  readonly article: UniqueArticle;
  /** Characters of the text extraction reads at most. */
  readonly maxChars: number;
  /** The clock's time (RFC 3339), taken on the main thread. */
  readonly now: string;
}

/** What extraction found in one article and how much of it was read. */
export interface ExtractionResult {
  readonly mentions: readonly EventMention[];
  readonly readChars: number;
  readonly droppedSentences: number;
}

/** Extracts one article within the stage's cap: the same work on a worker thread or in place. */
export function extractArticle(task: ExtractionTask, gazetteer: Gazetteer): ExtractionResult {
  const { article, readChars, droppedSentences } = capArticleForExtraction(
    task.article,
    task.maxChars,
  );
  return {
    mentions: extractMentions(article, gazetteer, { now: task.now }),
    readChars,
    droppedSentences,
  };
}
