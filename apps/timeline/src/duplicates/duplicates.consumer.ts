import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DuplicateArticleSchema } from '@sijill/contracts';
import { Clock, MergeMentionUseCase } from '@sijill/core';
import { decodeInternalRecord, type InboundMessage, type MessageAction } from '@sijill/kafka';
import { deliveryOf, publishEntries } from '../publish-entries';

/**
 * Inbound adapter for recorded wire copies: list each on the entries citing its original and
 * publish those entries again.
 */
@Controller()
export class DuplicatesConsumer {
  constructor(
    private readonly merge: MergeMentionUseCase,
    private readonly clock: Clock,
  ) {}

  @EventPattern('duplicates')
  async handle(@Payload() message: InboundMessage): Promise<MessageAction> {
    const decoded = decodeInternalRecord(message, DuplicateArticleSchema);
    switch (decoded.kind) {
      case 'invalid':
        return decoded.action;
      case 'valid': {
        const duplicate = decoded.value;
        const entries = await this.merge.recordDuplicate(
          duplicate,
          this.clock.now().toISOString(),
          deliveryOf(message.position),
        );
        return publishEntries(entries, 'copy-recorded', {
          articleId: duplicate.articleId,
          duplicateOf: duplicate.duplicateOf,
        });
      }
    }
  }
}
