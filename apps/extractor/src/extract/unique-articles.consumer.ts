import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UniqueArticleSchema, type UniqueArticle } from '@sijill/contracts';
import { Clock } from '@sijill/core';
import {
  batchPattern,
  handleInternalBatch,
  handleInternalRecord,
  type InboundMessage,
  type MessageAction,
} from '@sijill/kafka';
import { ExtractionPool, type ExtractionOutcome } from './extraction-pool';

/** Inbound adapter for unique articles: one mention per event the article reports. */
@Controller()
export class UniqueArticlesConsumer {
  constructor(
    private readonly pool: ExtractionPool,
    private readonly clock: Clock,
  ) {}

  /** A batch's articles are extracted across the pool's threads, actions in message order. */
  @EventPattern(batchPattern('unique'))
  handleBatch(@Payload() messages: readonly InboundMessage[]): Promise<MessageAction[]> {
    return handleInternalBatch(
      messages,
      UniqueArticleSchema,
      (articles) => this.pool.extractMany(articles, this.clock.now()),
      toAction,
    );
  }

  @EventPattern('unique')
  handle(@Payload() message: InboundMessage): Promise<MessageAction> {
    return handleInternalRecord(
      message,
      UniqueArticleSchema,
      (article) => this.pool.extract(article, this.clock.now()),
      toAction,
    );
  }
}

/** What one article's extraction makes of its message: its mentions, or a dead letter. */
function toAction(article: UniqueArticle, extracted: ExtractionOutcome): MessageAction {
  if (extracted.kind === 'timed-out') {
    return {
      kind: 'dead-letter',
      reason: 'processing-timeout',
      detail: `extraction took longer than ${extracted.budgetMs} ms`,
      logFields: { articleId: article.articleId },
    };
  }
  const { mentions, readChars, droppedSentences } = extracted;
  const read = {
    articleId: article.articleId,
    readChars,
    ...(droppedSentences > 0 ? { droppedSentences } : {}),
  };
  if (mentions.length === 0) {
    return { kind: 'skip', outcome: 'no-events', logFields: read };
  }
  return {
    kind: 'produce',
    outcome: 'extracted',
    records: mentions.map((mention) => ({
      topic: 'mentions',
      key: mention.mentionId,
      value: mention,
    })),
    logFields: { ...read, mentions: mentions.length },
  };
}
