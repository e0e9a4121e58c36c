import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UniqueArticleSchema } from '@sijill/contracts';
import { capArticleForExtraction, Clock, extractMentions } from '@sijill/core';
import {
  batchPattern,
  decodeInternalRecord,
  type InboundMessage,
  type MessageAction,
} from '@sijill/kafka';
import { SijillConfig } from '@sijill/config';
import { LoadedGazetteer } from './loaded-gazetteer';

/** Inbound adapter for unique articles: one mention per event the article reports. */
@Controller()
export class UniqueArticlesConsumer {
  constructor(
    private readonly loaded: LoadedGazetteer,
    private readonly clock: Clock,
    private readonly config: SijillConfig,
  ) {}

  /** Extraction needs no I/O: a batch is its messages one after the other, in one call. */
  @EventPattern(batchPattern('unique'))
  handleBatch(@Payload() messages: readonly InboundMessage[]): MessageAction[] {
    return messages.map((message) => this.handle(message));
  }

  @EventPattern('unique')
  handle(@Payload() message: InboundMessage): MessageAction {
    const decoded = decodeInternalRecord(message, UniqueArticleSchema);
    if (decoded.kind === 'invalid') return decoded.action;
    const { article, readChars, droppedSentences } = capArticleForExtraction(
      decoded.value,
      this.config.extraction.maxChars,
    );
    const read = {
      articleId: article.articleId,
      readChars,
      ...(droppedSentences > 0 ? { droppedSentences } : {}),
    };
    const mentions = extractMentions(article, this.loaded.gazetteer, {
      now: this.clock.now().toISOString(),
    });
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
