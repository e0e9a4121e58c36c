import type { UniqueArticle } from '@sijill/contracts';

/** Longest sentence extraction reads; a longer "sentence" is a run-on page, not prose. */
export const MAX_SENTENCE_CHARS = 2_000;

/** What extraction will read of an article, and how much of it was left out. */
export interface CappedArticle {
  readonly article: UniqueArticle;
  /** Characters of the text extraction reads. */
  readonly readChars: number;
  /** Sentences left out: past the cap, or too long to be one. */
  readonly droppedSentences: number;
}

/**
 * Bounds the work extraction does on one article: it reads the text up to `maxChars` and only
 * sentences no longer than `MAX_SENTENCE_CHARS`, so its time grows at most linearly with the
 * article and stops growing at the cap. A news report states its encounter in its first
 * paragraphs; what is cut is recorded on the outcome.
 */
export function capArticleForExtraction(article: UniqueArticle, maxChars: number): CappedArticle {
  const kept = article.sentences.filter(
    (s) => s.end <= maxChars && s.end - s.start <= MAX_SENTENCE_CHARS,
  );
  const droppedSentences = article.sentences.length - kept.length;
  if (droppedSentences === 0 && article.text.length <= maxChars) {
    return { article, readChars: article.text.length, droppedSentences: 0 };
  }
  const readChars = Math.min(article.text.length, maxChars);
  return {
    article: { ...article, text: article.text.slice(0, readChars), sentences: kept },
    readChars,
    droppedSentences,
  };
}
