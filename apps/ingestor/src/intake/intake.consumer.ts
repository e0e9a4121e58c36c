import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AdmitArticleUseCase, Clock } from '@sijill/core';
import type { InboundMessage, MessageAction } from '@sijill/kafka';
import { UnknownFieldMetrics } from '@sijill/observability';

/** Inbound adapter for `news.articles.v1`: admit each message and map the outcome to an action. */
@Controller()
export class IntakeConsumer {
  constructor(
    private readonly admit: AdmitArticleUseCase,
    private readonly clock: Clock,
    private readonly unknownFields: UnknownFieldMetrics,
  ) {}

  @EventPattern('articles')
  async handle(@Payload() message: InboundMessage): Promise<MessageAction> {
    const outcome = await this.admit.execute(message, this.clock.now().toISOString());
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
