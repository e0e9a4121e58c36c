import { setImmediate as nextTurn } from 'node:timers/promises';
import { Module } from '@nestjs/common';
import { ConfigModule, SijillConfig } from '@sijill/config';
import {
  AdmitArticleUseCase,
  Clock,
  DEFAULT_OVERLAP_PARAMS,
  NearDuplicateIndex,
  overlapParamsFingerprint,
  NormaliseAcceptedArticleUseCase,
  SeenArticleIndex,
} from '@sijill/core';
import { ConsumerReadinessCheck, KafkaModule, KafkaReadinessCheck } from '@sijill/kafka';
import { LoggingModule } from '@sijill/logging';
import { HealthModule, MetricsModule } from '@sijill/observability';
import { SystemClock } from '@sijill/runtime';
import {
  RedisConnection,
  RedisModule,
  RedisNearDuplicateIndex,
  RedisReadinessCheck,
  RedisSeenArticleIndex,
} from '@sijill/redis';
import { IntakeConsumer } from './intake/intake.consumer';
import { NormalisationPool } from './normalise/normalisation-pool';
import { NormaliseConsumer } from './normalise/normalise.consumer';
import { definedOnly } from '@sijill/contracts';

/**
 * The ingestor: intake of `news.articles.v1` (validate, drop exact repeats), then normalisation of
 * what was accepted (clean text, wire copies recorded as near-duplicates).
 */
@Module({
  imports: [
    ConfigModule.forService({ name: 'ingestor', httpPort: 3001 }),
    LoggingModule.forService(),
    MetricsModule,
    KafkaModule,
    RedisModule,
    HealthModule.forChecks([KafkaReadinessCheck, ConsumerReadinessCheck, RedisReadinessCheck]),
  ],
  controllers: [IntakeConsumer, NormaliseConsumer],
  providers: [
    ConsumerReadinessCheck,
    { provide: Clock, useClass: SystemClock },
    { provide: SeenArticleIndex, useExisting: RedisSeenArticleIndex },
    {
      provide: AdmitArticleUseCase,
      inject: [SeenArticleIndex, SijillConfig],
      useFactory: (seen: SeenArticleIndex, config: SijillConfig) =>
        new AdmitArticleUseCase(seen, {
          limits: { maxBodyBytes: config.intake.maxBodyBytes },
          dedupTtlSeconds: config.intake.dedupTtlSeconds,
          maxFutureSkewSeconds: config.intake.maxFutureSkewSeconds,
          // Decoding and hashing a hundred articles at once held the loop for seconds on a
          // loaded machine (a profile under full load: ADR 0018).
          betweenArticles: () => nextTurn(),
        }),
    },
    {
      provide: NearDuplicateIndex,
      inject: [RedisConnection],
      useFactory: (redis: RedisConnection) =>
        new RedisNearDuplicateIndex(redis, overlapParamsFingerprint(DEFAULT_OVERLAP_PARAMS)),
    },
    {
      provide: NormalisationPool,
      inject: [SijillConfig],
      useFactory: (config: SijillConfig) => new NormalisationPool(config),
    },
    {
      provide: NormaliseAcceptedArticleUseCase,
      inject: [NearDuplicateIndex, SijillConfig, NormalisationPool],
      useFactory: (index: NearDuplicateIndex, config: SijillConfig, pool: NormalisationPool) => {
        const prepareMany = pool.prepareMany;
        return new NormaliseAcceptedArticleUseCase(index, {
          params: {
            ...DEFAULT_OVERLAP_PARAMS,
            copyContainment: config.intake.nearDuplicateThreshold,
          },
          windowSeconds: config.intake.dedupTtlSeconds,
          // Normalising an article takes a few milliseconds: a batch of a hundred, done at once,
          // held /health/ready for seconds on a loaded machine. On worker threads when there are
          // any (ADR 0018), else in turns on the event loop.
          ...definedOnly({ prepareMany }),
          betweenArticles: () => nextTurn(),
        });
      },
    },
  ],
})
export class IngestorModule {}
