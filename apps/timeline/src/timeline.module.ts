import { Module } from '@nestjs/common';
import { ConfigModule } from '@sijill/config';
import { Clock, MergeMentionUseCase, TimelineStore } from '@sijill/core';
import { ConsumerReadinessCheck, KafkaModule, KafkaReadinessCheck } from '@sijill/kafka';
import { LoggingModule } from '@sijill/logging';
import { HealthModule, MetricsModule } from '@sijill/observability';
import { SystemClock } from '@sijill/runtime';
import {
  RedisConnection,
  RedisModule,
  RedisReadinessCheck,
  RedisTimelineStore,
} from '@sijill/redis';
import { DuplicatesConsumer } from './duplicates/duplicates.consumer';
import { MentionsConsumer } from './mentions/mentions.consumer';

/**
 * The timeline: merges event mentions (and recorded wire copies) into entries held in Redis and
 * publishes every change to the compacted timeline topic.
 */
@Module({
  imports: [
    ConfigModule.forService({ name: 'timeline', httpPort: 3003 }),
    LoggingModule.forService(),
    MetricsModule,
    KafkaModule,
    RedisModule,
    HealthModule.forChecks([KafkaReadinessCheck, ConsumerReadinessCheck, RedisReadinessCheck]),
  ],
  controllers: [MentionsConsumer, DuplicatesConsumer],
  providers: [
    ConsumerReadinessCheck,
    { provide: Clock, useClass: SystemClock },
    {
      provide: TimelineStore,
      inject: [RedisConnection],
      useFactory: (redis: RedisConnection) => new RedisTimelineStore(redis),
    },
    {
      provide: MergeMentionUseCase,
      inject: [TimelineStore],
      useFactory: (store: TimelineStore) => new MergeMentionUseCase(store),
    },
  ],
})
export class TimelineModule {}
