import { Module, type OnModuleInit } from '@nestjs/common';
import { ConfigModule, SijillConfig } from '@sijill/config';
import { ensureTopics, KafkaConnection, KafkaModule, KafkaReadinessCheck } from '@sijill/kafka';
import { LoggingModule } from '@sijill/logging';
import { HealthModule, MetricsModule } from '@sijill/observability';
import { ArticlesModule } from './articles/articles.module';
import { TimelineFeedReadinessCheck } from './timeline/timeline-feed-readiness.check';
import { TimelineModule } from './timeline/timeline.module';
import { WebModule } from './web/web.module';

/** The HTTP face of Sijill: publishing articles, reading the timeline, and the page that shows it. */
@Module({
  imports: [
    ConfigModule.forService({ name: 'gateway', httpPort: 3000 }),
    LoggingModule.forService(),
    KafkaModule,
    HealthModule.forChecks([KafkaReadinessCheck, TimelineFeedReadinessCheck]),
    MetricsModule,
    ArticlesModule,
    TimelineModule,
    WebModule,
  ],
})
export class GatewayModule implements OnModuleInit {
  constructor(
    private readonly config: SijillConfig,
    private readonly kafka: KafkaConnection,
  ) {}

  /** Publishing needs the articles topic; producers never create topics by accident. */
  async onModuleInit(): Promise<void> {
    await ensureTopics(this.kafka.kafka, this.config.kafka, ['articles']);
  }
}
