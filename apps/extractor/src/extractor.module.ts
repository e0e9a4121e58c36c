import { Module } from '@nestjs/common';
import { ConfigModule } from '@sijill/config';
import { KafkaModule, KafkaReadinessCheck } from '@sijill/kafka';
import { LoggingModule } from '@sijill/logging';
import { HealthModule, MetricsModule } from '@sijill/observability';
import { RedisModule, RedisReadinessCheck } from '@sijill/redis';

/** The extractor: finds diplomatic events in unique articles (extraction arrives with issue 4). */
@Module({
  imports: [
    ConfigModule.forService({ name: 'extractor', httpPort: 3002 }),
    LoggingModule.forService(),
    MetricsModule,
    KafkaModule,
    RedisModule,
    HealthModule.forChecks([KafkaReadinessCheck, RedisReadinessCheck]),
  ],
})
export class ExtractorModule {}
