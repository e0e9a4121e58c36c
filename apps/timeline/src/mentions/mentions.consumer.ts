import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventMentionSchema } from '@sijill/contracts';
import { Clock, MergeMentionUseCase } from '@sijill/core';
import { decodeInternalRecord, type InboundMessage, type MessageAction } from '@sijill/kafka';
import { deliveryOf, publishEntries } from '../publish-entries';

/**
 * Inbound adapter for event mentions: merge each into the timeline and publish what changed. A
 * write that keeps conflicting throws (`TimelineWriteConflictError`): the transport retries it.
 */
@Controller()
export class MentionsConsumer {
  constructor(
    private readonly merge: MergeMentionUseCase,
    private readonly clock: Clock,
  ) {}

  @EventPattern('mentions')
  async handle(@Payload() message: InboundMessage): Promise<MessageAction> {
    const decoded = decodeInternalRecord(message, EventMentionSchema);
    switch (decoded.kind) {
      case 'invalid':
        return decoded.action;
      case 'valid': {
        const mention = decoded.value;
        const entries = await this.merge.mergeMention(
          mention,
          this.clock.now().toISOString(),
          deliveryOf(message.position),
        );
        return publishEntries(entries, 'merged', {
          mentionId: mention.mentionId,
          articleId: mention.articleId,
        });
      }
    }
  }
}
