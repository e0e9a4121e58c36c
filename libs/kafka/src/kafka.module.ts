import { Module } from '@nestjs/common';
import { ConsumerReadinessCheck } from './consumer-readiness.check';
import { KafkaConnection } from './kafka-connection';
import { KafkaReadinessCheck } from './kafka-readiness.check';

/** The shared Kafka connection and the readiness checks of the cluster and of the consumers. */
@Module({
  providers: [KafkaConnection, KafkaReadinessCheck, ConsumerReadinessCheck],
  exports: [KafkaConnection, KafkaReadinessCheck, ConsumerReadinessCheck],
})
export class KafkaModule {}
