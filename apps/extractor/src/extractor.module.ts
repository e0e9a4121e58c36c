import { Module } from '@nestjs/common';
import { ConfigModule } from '@sijill/config';
import { ConsumerReadinessCheck, KafkaModule, KafkaReadinessCheck } from '@sijill/kafka';
import { LoggingModule } from '@sijill/logging';
import { Clock } from '@sijill/core';
import { HealthModule, MetricsModule } from '@sijill/observability';
import { SystemClock } from '@sijill/runtime';
import { ExtractionPool } from './extract/extraction-pool';
import { LoadedGazetteer } from './extract/loaded-gazetteer';
import { UniqueArticlesConsumer } from './extract/unique-articles.consumer';

/** The extractor: diplomatic events (who, where, when) from unique articles, as mentions. */
@Module({
  imports: [
    ConfigModule.forService({ name: 'extractor', httpPort: 3002 }),
    LoggingModule.forService(),
    MetricsModule,
    KafkaModule,
    HealthModule.forChecks([KafkaReadinessCheck, ConsumerReadinessCheck]),
  ],
  controllers: [UniqueArticlesConsumer],
  providers: [
    ConsumerReadinessCheck,
    LoadedGazetteer,
    ExtractionPool,
    { provide: Clock, useClass: SystemClock },
  ],
})
export class ExtractorModule {}
