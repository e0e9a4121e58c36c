import { Kafka, logLevel, type Consumer } from 'kafkajs';

/** What a reader of the timeline topic has seen so far. */
export interface TimelineTopicFollower {
  /** Records read. */
  readonly records: () => number;
  /** The latest record timestamp (ms since the epoch), 0 before the first. */
  readonly lastTimestampMs: () => number;
  /** Called with the article ids an entry cites and the moment it was read. */
  onEntry?: (articleIds: readonly string[], readAtMs: number) => void;
  stop(): Promise<void>;
}

/** Reads the timeline topic from the beginning (committed records only) and keeps count. */
export async function followTimelineTopic(
  brokers: string,
  topic: string,
  groupId: string,
): Promise<TimelineTopicFollower> {
  const kafka = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const consumer: Consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 50 });
  let records = 0;
  let lastTimestampMs = 0;
  const follower: TimelineTopicFollower = {
    records: () => records,
    lastTimestampMs: () => lastTimestampMs,
    stop: () => consumer.disconnect(),
  };
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: ({ message }) => {
      const readAtMs = Date.now();
      records += 1;
      lastTimestampMs = Math.max(lastTimestampMs, Number(message.timestamp));
      if (follower.onEntry !== undefined && message.value !== null) {
        const entry = JSON.parse(message.value.toString()) as {
          sources?: { articleId: string }[];
        };
        follower.onEntry(
          (entry.sources ?? []).map((s) => s.articleId),
          readAtMs,
        );
      }
      return Promise.resolve();
    },
  });
  return follower;
}
