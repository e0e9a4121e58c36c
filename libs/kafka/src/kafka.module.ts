import { Module } from '@nestjs/common';
import { KafkaConnection } from './kafka-connection';
import { KafkaReadinessCheck } from './kafka-readiness.check';

/**
 * The shared Kafka connection and its readiness check. A service that consumes also provides
 * `ConsumerReadinessCheck` (it needs the metrics module's `ConsumerProgress`).
 */
@Module({
  providers: [KafkaConnection, KafkaReadinessCheck],
  exports: [KafkaConnection, KafkaReadinessCheck],
})
export class KafkaModule {}
