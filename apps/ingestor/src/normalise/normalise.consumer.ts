import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type AcceptedArticle, AcceptedArticleSchema } from '@sijill/contracts';
import { Clock, NormaliseAcceptedArticleUseCase, type NormaliseOutcome } from '@sijill/core';
import {
  batchPattern,
  handleInternalBatch,
  handleInternalRecord,
  type InboundMessage,
  type MessageAction,
} from '@sijill/kafka';

/**
 * Inbound adapter for accepted articles: normalise a batch, check it against the near-duplicate
 * index in one go, then pass each on or record it as a wire copy.
 */
@Controller()
export class NormaliseConsumer {
  constructor(
    private readonly normalise: NormaliseAcceptedArticleUseCase,
    private readonly clock: Clock,
  ) {}

  @EventPattern(batchPattern('accepted'))
  handleBatch(@Payload() messages: readonly InboundMessage[]): Promise<MessageAction[]> {
    return handleInternalBatch(
      messages,
      AcceptedArticleSchema,
      (articles) => this.normalise.executeMany(articles, this.clock.now()),
      toAction,
    );
  }

  @EventPattern('accepted')
  handle(@Payload() message: InboundMessage): Promise<MessageAction> {
    return handleInternalRecord(
      message,
      AcceptedArticleSchema,
      (article) => this.normalise.execute(article, this.clock.now()),
      toAction,
    );
  }
}

function toAction(accepted: AcceptedArticle, outcome: NormaliseOutcome): MessageAction {
  switch (outcome.kind) {
    case 'refused':
      return {
        kind: 'dead-letter',
        reason: outcome.reason,
        detail: outcome.detail,
        logFields: { articleId: accepted.articleId },
      };
    case 'near-duplicate': {
      const { duplicate } = outcome;
      return {
        kind: 'produce',
        outcome: 'near-duplicate',
        records: [{ topic: 'duplicates', key: duplicate.articleId, value: duplicate }],
        logFields: {
          articleId: duplicate.articleId,
          duplicateOf: duplicate.duplicateOf,
          similarity: duplicate.similarity ?? 0,
        },
      };
    }
    case 'unique':
      return {
        kind: 'produce',
        outcome: 'unique',
        records: [{ topic: 'unique', key: outcome.unique.articleId, value: outcome.unique }],
        logFields: {
          articleId: outcome.unique.articleId,
          language: outcome.unique.language,
          cuts: outcome.unique.cuts.length,
        },
      };
  }
}
