import type { SijillConfig } from '@sijill/config';
import { consumerSettings, createKafkaClient, ensureTopics } from '@sijill/kafka';
import { randomBytes } from 'node:crypto';

/** One record of the timeline topic, as read. */
export interface TimelineTopicRecord {
  readonly partition: number;
  readonly offset: string;
  readonly value: Buffer | null;
}

export interface FollowOptions {
  /** From the first record kept on the topic, or only records published from now on. */
  readonly fromBeginning: boolean;
  /** Called once per record, partition by partition in offset order; the next waits for it. */
  readonly onRecord: (record: TimelineTopicRecord) => Promise<void>;
}

/** A running subscription. */
export interface TimelineFollower {
  /** Settles with the error that stopped the consumer for good; never settles otherwise. */
  readonly failed: Promise<Error>;
  /** Leaves the group and closes the connections. */
  stop(): Promise<void>;
}

/**
 * Follows the public timeline topic with a consumer group of its own that never commits, so any
 * number of terminals can follow at once and each starts where `fromBeginning` says.
 */
export async function followTimeline(
  config: SijillConfig,
  options: FollowOptions,
): Promise<TimelineFollower> {
  const kafka = createKafkaClient(config.kafka, `${config.kafka.clientId}-subscribe`);
  await ensureTopics(kafka, config.kafka, ['timeline']);
  const consumer = kafka.consumer(
    consumerSettings(
      config.kafka,
      `${config.kafka.consumerGroup}-subscribe-${randomBytes(6).toString('hex')}`,
    ),
  );
  const failed = new Promise<Error>((resolve) => {
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) resolve(payload.error);
    });
  });
  await consumer.connect();
  try {
    await consumer.subscribe({
      topic: config.kafka.topics.timeline,
      fromBeginning: options.fromBeginning,
    });
    await consumer.run({
      autoCommit: false,
      eachMessage: ({ partition, message }) =>
        options.onRecord({ partition, offset: message.offset, value: message.value }),
    });
  } catch (error) {
    await consumer.disconnect().catch(() => undefined);
    throw error;
  }
  return { failed, stop: () => consumer.disconnect() };
}
