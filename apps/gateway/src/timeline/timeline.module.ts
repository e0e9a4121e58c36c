import { Module } from '@nestjs/common';
import { KafkaModule } from '@sijill/kafka';
import { TimelineController } from './timeline.controller';
import { TimelineFeed } from './timeline-feed';
import { TimelineFeedReadinessCheck } from './timeline-feed-readiness.check';

/** `GET /timeline`, `GET /timeline/:id` and `GET /timeline/stream`, fed by the timeline topic. */
@Module({
  imports: [KafkaModule],
  controllers: [TimelineController],
  providers: [TimelineFeed, TimelineFeedReadinessCheck],
  exports: [TimelineFeedReadinessCheck],
})
export class TimelineModule {}
