import { Module } from '@nestjs/common';
import { ConfigModule, SijillConfig } from '@sijill/config';
import { AdmitArticleUseCase, Clock, SeenArticleIndex } from '@sijill/core';
import { KafkaModule, KafkaReadinessCheck } from '@sijill/kafka';
import { LoggingModule } from '@sijill/logging';
import { HealthModule, MetricsModule, SystemClock } from '@sijill/observability';
import { RedisModule, RedisReadinessCheck, RedisSeenArticleIndex } from '@sijill/redis';
import { IntakeConsumer } from './intake/intake.consumer';

/** The ingestor: intake (validate, drop exact repeats) of `news.articles.v1`. */
@Module({
  imports: [
    ConfigModule.forService({ name: 'ingestor', httpPort: 3001 }),
    LoggingModule.forService(),
    MetricsModule,
    KafkaModule,
    RedisModule,
    HealthModule.forChecks([KafkaReadinessCheck, RedisReadinessCheck]),
  ],
  controllers: [IntakeConsumer],
  providers: [
    { provide: Clock, useClass: SystemClock },
    { provide: SeenArticleIndex, useExisting: RedisSeenArticleIndex },
    {
      provide: AdmitArticleUseCase,
      inject: [SeenArticleIndex, SijillConfig],
      useFactory: (seen: SeenArticleIndex, config: SijillConfig) =>
        new AdmitArticleUseCase(seen, {
          limits: { maxBodyBytes: config.intake.maxBodyBytes },
          dedupTtlSeconds: config.intake.dedupTtlSeconds,
        }),
    },
  ],
})
export class IngestorModule {}
