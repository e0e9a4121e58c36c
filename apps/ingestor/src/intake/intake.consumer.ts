import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type AdmitOutcome, AdmitArticleUseCase, Clock } from '@sijill/core';
import { batchPattern, type InboundMessage, type MessageAction } from '@sijill/kafka';
import { UnknownFieldMetrics } from '@sijill/observability';

/**
 * Inbound adapter for `news.articles.v1`: admit a batch of messages (one seen-index claim for all)
 * and map each outcome to an action.
 */
@Controller()
export class IntakeConsumer {
  constructor(
    private readonly admit: AdmitArticleUseCase,
    private readonly clock: Clock,
    private readonly unknownFields: UnknownFieldMetrics,
  ) {}

  @EventPattern(batchPattern('articles'))
  async handleBatch(@Payload() messages: readonly InboundMessage[]): Promise<MessageAction[]> {
    const outcomes = await this.admit.executeMany(messages, this.clock.now().toISOString());
    return outcomes.map((outcome) => this.toAction(outcome));
  }

  @EventPattern('articles')
  async handle(@Payload() message: InboundMessage): Promise<MessageAction> {
    return this.toAction(await this.admit.execute(message, this.clock.now().toISOString()));
  }

  private toAction(outcome: AdmitOutcome): MessageAction {
    switch (outcome.kind) {
      case 'invalid':
        return { kind: 'dead-letter', reason: outcome.reason, detail: outcome.detail };
      case 'duplicate': {
        const { duplicate } = outcome;
        this.unknownFields.record(outcome.unknownFields);
        return {
          kind: 'produce',
          outcome: 'duplicate',
          records: [{ topic: 'duplicates', key: duplicate.articleId, value: duplicate }],
          logFields: {
            articleId: duplicate.articleId,
            duplicateOf: duplicate.duplicateOf,
            duplicateReason: duplicate.reason,
          },
        };
      }
      case 'accepted': {
        const { accepted } = outcome;
        this.unknownFields.record(outcome.unknownFields);
        return {
          kind: 'produce',
          outcome: 'accepted',
          records: [{ topic: 'accepted', key: accepted.articleId, value: accepted }],
          logFields: { articleId: accepted.articleId },
        };
      }
    }
  }
}
