import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UniqueArticleSchema } from '@sijill/contracts';
import { Clock } from '@sijill/core';
import { decodeInternalRecord, type InboundMessage, type MessageAction } from '@sijill/kafka';
import { ExtractionPool } from './extraction-pool';

/** Inbound adapter for unique articles: one mention per event the article reports. */
@Controller()
export class UniqueArticlesConsumer {
  constructor(
    private readonly pool: ExtractionPool,
    private readonly clock: Clock,
  ) {}

  @EventPattern('unique')
  async handle(@Payload() message: InboundMessage): Promise<MessageAction> {
    const decoded = decodeInternalRecord(message, UniqueArticleSchema);
    if (decoded.kind === 'invalid') return decoded.action;
    const extracted = await this.pool.extract(decoded.value, this.clock.now());
    switch (extracted.kind) {
      case 'timed-out':
        return {
          kind: 'dead-letter',
          reason: 'processing-timeout',
          detail: `extraction took longer than ${extracted.budgetMs} ms`,
          logFields: { articleId: decoded.value.articleId },
        };
      case 'extracted':
        break;
    }
    const { mentions, readChars, droppedSentences } = extracted;
    const read = {
      articleId: decoded.value.articleId,
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
}
