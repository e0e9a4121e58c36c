import type { KafkaConfig } from '@sijill/config';
import type { ConsumerConfig } from 'kafkajs';
import { MAX_RECORD_BYTES } from './ensure-topics';

/**
 * How every Sijill consumer reads: committed data only, short fetch waits for latency, and room
 * for the largest record in one fetch (so a big article is not fetched in doubling steps).
 */
export function consumerSettings(config: KafkaConfig, groupId: string): ConsumerConfig {
  return {
    groupId,
    maxWaitTimeInMs: config.fetchMaxWaitMs,
    sessionTimeout: config.sessionTimeoutMs,
    heartbeatInterval: config.heartbeatIntervalMs,
    readUncommitted: false,
    allowAutoTopicCreation: false,
    maxBytesPerPartition: MAX_RECORD_BYTES,
    maxBytes: 4 * MAX_RECORD_BYTES,
  };
}
