import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AcceptedArticleSchema } from '@sijill/contracts';
import { Clock, NormaliseAcceptedArticleUseCase } from '@sijill/core';
import { decodeInternalRecord, type InboundMessage, type MessageAction } from '@sijill/kafka';

/** Inbound adapter for accepted articles: normalise, then pass on or record as a wire copy. */
@Controller()
export class NormaliseConsumer {
  constructor(
    private readonly normalise: NormaliseAcceptedArticleUseCase,
    private readonly clock: Clock,
  ) {}

  @EventPattern('accepted')
  async handle(@Payload() message: InboundMessage): Promise<MessageAction> {
    const decoded = decodeInternalRecord(message, AcceptedArticleSchema);
    if (decoded.kind === 'invalid') return decoded.action;
    const outcome = await this.normalise.execute(decoded.value, this.clock.now());
    switch (outcome.kind) {
      case 'refused':
        return {
          kind: 'dead-letter',
          reason: outcome.reason,
          detail: outcome.detail,
          logFields: { articleId: decoded.value.articleId },
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
}
