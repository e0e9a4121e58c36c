import { Module } from '@nestjs/common';
import { ConfigModule } from '@sijill/config';
import { KafkaModule, KafkaReadinessCheck } from '@sijill/kafka';
import { LoggingModule } from '@sijill/logging';
import { HealthModule, MetricsModule } from '@sijill/observability';
import { RedisModule, RedisReadinessCheck } from '@sijill/redis';

/** The timeline: merges event mentions into entries (the merge arrives with issue 5). */
@Module({
  imports: [
    ConfigModule.forService({ name: 'timeline', httpPort: 3003 }),
    LoggingModule.forService(),
    MetricsModule,
    KafkaModule,
    RedisModule,
    HealthModule.forChecks([KafkaReadinessCheck, RedisReadinessCheck]),
  ],
})
export class TimelineModule {}
