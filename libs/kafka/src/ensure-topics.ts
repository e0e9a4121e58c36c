import type { KafkaConfig } from '@sijill/config';
import { TOPIC_CATALOGUE, type TopicId } from '@sijill/contracts';
import { Logger } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { retryWhileRetriable } from './retry-while-retriable';

const logger = new Logger('EnsureTopics');

/** Largest record Sijill writes or accepts on a topic (the intake limit plus headroom). */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/**
 * The dead-letter topic's limit: above every input's, so a refused message plus its reason headers
 * still fits (a message at the input's limit would not, with the same limit).
 */
export const MAX_DEAD_LETTER_BYTES = MAX_RECORD_BYTES + 1024 * 1024;

/**
 * Creates the named topics with their catalogue settings when they do not exist yet (compaction for
 * the timeline). Existing topics are left as they are. Services starting together create topics
 * at the same moment, and a broker may not host a partition it just created yet: such retriable
 * failures are tried again (the second try finds the topics and returns).
 */
export function ensureTopics(
  kafka: Kafka,
  config: KafkaConfig,
  ids: readonly TopicId[],
): Promise<void> {
  return retryWhileRetriable(() => createMissingTopics(kafka, config, ids), logger);
}

async function createMissingTopics(
  kafka: Kafka,
  config: KafkaConfig,
  ids: readonly TopicId[],
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = ids.filter((id) => !existing.has(config.topics[id]));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((id) => ({
        topic: config.topics[id],
        numPartitions: config.partitions,
        replicationFactor: config.replicationFactor,
        configEntries: [
          { name: 'cleanup.policy', value: TOPIC_CATALOGUE[id].cleanupPolicy },
          {
            name: 'max.message.bytes',
            value: String(id === 'deadLetter' ? MAX_DEAD_LETTER_BYTES : MAX_RECORD_BYTES),
          },
        ],
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
