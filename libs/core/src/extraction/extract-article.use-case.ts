import type { EventMention, UniqueArticle } from '@sijill/contracts';
import type { Gazetteer } from '../gazetteer';
import { capArticleForExtraction } from './cap-article-for-extraction';
import { extractMentions } from './extract-mentions';
import type { ExtractionTrace } from './extraction-trace';
import { definedOnly } from '@sijill/contracts';

/** What extraction found in one article and how much of it was read. */
export interface ExtractArticleOutcome {
  readonly mentions: readonly EventMention[];
  readonly readChars: number;
  readonly droppedSentences: number;
}

export interface ExtractArticleOptions {
  /** Characters of the text extraction reads at most. */
  readonly maxChars: number;
}

/**
 * The extractor stage: reads one unique article within the stage's cap and returns the event
 * mentions it reports, with how much of the article was read. The same work on the extractor's
 * worker threads and in the offline mode.
 */
export class ExtractArticleUseCase {
  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly options: ExtractArticleOptions,
  ) {}

  /** Extracts at time `now` (RFC 3339); `trace` records the decisions (`--explain`). */
  execute(article: UniqueArticle, now: string, trace?: ExtractionTrace): ExtractArticleOutcome {
    const {
      article: read,
      readChars,
      droppedSentences,
    } = capArticleForExtraction(article, this.options.maxChars);
    const mentions = extractMentions(read, this.gazetteer, {
      now,
      ...definedOnly({ trace }),
    });
    return { mentions, readChars, droppedSentences };
  }
}
