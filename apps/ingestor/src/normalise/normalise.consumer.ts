import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type AcceptedArticle, AcceptedArticleSchema } from '@sijill/contracts';
import { Clock, NormaliseAcceptedArticleUseCase, type NormaliseOutcome } from '@sijill/core';
import {
  batchPattern,
  decodeInternalRecord,
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
  async handleBatch(@Payload() messages: readonly InboundMessage[]): Promise<MessageAction[]> {
    const decoded = messages.map((message) => decodeInternalRecord(message, AcceptedArticleSchema));
    const valid = decoded.flatMap((d) => (d.kind === 'valid' ? [d.value] : []));
    const outcomes = await this.normalise.executeMany(valid, this.clock.now());
    let next = 0;
    return decoded.map((d) => {
      if (d.kind === 'invalid') return d.action;
      const outcome = outcomes[next++];
      if (outcome === undefined) throw new Error('Normalisation answered too little');
      return toAction(d.value, outcome);
    });
  }

  @EventPattern('accepted')
  async handle(@Payload() message: InboundMessage): Promise<MessageAction> {
    const decoded = decodeInternalRecord(message, AcceptedArticleSchema);
    if (decoded.kind === 'invalid') return decoded.action;
    return toAction(decoded.value, await this.normalise.execute(decoded.value, this.clock.now()));
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
