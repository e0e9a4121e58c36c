import type { UniqueArticle } from '@sijill/contracts';
import { ExtractArticleUseCase, type ExtractArticleOutcome, type Gazetteer } from '@sijill/core';

/** One article to extract, as sent to a worker thread (structured-cloneable). */
export interface ExtractionTask {
  readonly article: UniqueArticle;
  /** Characters of the text extraction reads at most. */
  readonly maxChars: number;
  /** The clock's time (RFC 3339), taken on the main thread. */
  readonly now: string;
}

/** What extraction found in one article and how much of it was read. */
export type ExtractionResult = ExtractArticleOutcome;

/** Extracts one article within the stage's cap: the same work on a worker thread or in place. */
export function extractArticle(task: ExtractionTask, gazetteer: Gazetteer): ExtractionResult {
  return new ExtractArticleUseCase(gazetteer, { maxChars: task.maxChars }).execute(
    task.article,
    task.now,
  );
}
