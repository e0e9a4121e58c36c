import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UniqueArticleSchema, type UniqueArticle } from '@sijill/contracts';
import { Clock } from '@sijill/core';
import {
  batchPattern,
  decodeInternalRecord,
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
  async handleBatch(@Payload() messages: readonly InboundMessage[]): Promise<MessageAction[]> {
    const decoded = messages.map((message) => decodeInternalRecord(message, UniqueArticleSchema));
    const articles = decoded.flatMap((d) => (d.kind === 'invalid' ? [] : [d.value]));
    const outcomes = await this.pool.extractMany(articles, this.clock.now());
    let next = 0;
    return decoded.map((d) => {
      if (d.kind === 'invalid') return d.action;
      const outcome = outcomes[next++];
      if (outcome === undefined) throw new Error('The pool answered for fewer articles');
      return toAction(d.value, outcome);
    });
  }

  @EventPattern('unique')
  async handle(@Payload() message: InboundMessage): Promise<MessageAction> {
    const decoded = decodeInternalRecord(message, UniqueArticleSchema);
    if (decoded.kind === 'invalid') return decoded.action;
    return toAction(decoded.value, await this.pool.extract(decoded.value, this.clock.now()));
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
