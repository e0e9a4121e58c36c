import { Injectable } from '@nestjs/common';
import { ReadinessCheck } from '@sijill/observability';
import { KafkaConnection } from './kafka-connection';

/** Ready when the Kafka cluster answers a metadata request. */
@Injectable()
export class KafkaReadinessCheck extends ReadinessCheck {
  readonly name = 'kafka';

  constructor(private readonly connection: KafkaConnection) {
    super();
  }

  check(): Promise<void> {
    return this.connection.ping();
  }
}
