import { readinessCheckOn } from '@sijill/observability';
import { KafkaConnection } from './kafka-connection';

/** Ready when the Kafka cluster answers a metadata request. */
export const KafkaReadinessCheck = readinessCheckOn('kafka', KafkaConnection, (kafka) =>
  kafka.ping(),
);
