import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { ConsumerProgress } from './consumer-progress';
import { HttpMetrics, type ObservedRequest, type ObservedResponse } from './http-metrics';
import { MessageMetrics } from './message-metrics';
import { MetricsController } from './metrics.controller';
import { MetricsRegistry } from './metrics-registry';
import { UnknownFieldMetrics } from './unknown-field-metrics';

/**
 * The process's metrics: one registry, message, HTTP and ignored-field metrics on it, and
 * `GET /metrics`.
 * Global, so any module (and the Kafka transport built in `main.ts`) can take `MessageMetrics`.
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsRegistry, MessageMetrics, ConsumerProgress, HttpMetrics, UnknownFieldMetrics],
  exports: [MetricsRegistry, MessageMetrics, ConsumerProgress, UnknownFieldMetrics],
})
export class MetricsModule implements NestModule {
  constructor(private readonly http: HttpMetrics) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply((req: ObservedRequest, res: ObservedResponse, next: () => void) =>
        this.http.observe(req, res, next),
      )
      .forRoutes('*');
  }
}
