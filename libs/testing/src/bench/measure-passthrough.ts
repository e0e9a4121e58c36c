import { Kafka, logLevel } from 'kafkajs';

/**
 * The broker's own limit on this box: a plain kafkajs consumer reads `count` messages of `from`
 * and a plain producer writes each to `to` (one `sendBatch` per fetched batch, acks from all
 * replicas). Articles per second, from the consumer's start to the last write acknowledged.
 */
export async function measurePassthrough(options: {
  readonly brokers: string;
  readonly from: string;
  readonly to: string;
  readonly partitions: number;
  readonly count: number;
  readonly groupId: string;
}): Promise<{ seconds: number; perSecond: number }> {
  const kafka = new Kafka({ brokers: options.brokers.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: [{ topic: options.to, numPartitions: options.partitions }],
    waitForLeaders: true,
  });
  await admin.disconnect();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  const consumer = kafka.consumer({ groupId: options.groupId, maxWaitTimeInMs: 50 });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic: options.from, fromBeginning: true });
  let written = 0;
  const startedAt = performance.now();
  const done = new Promise<number>((resolve) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        await producer.sendBatch({
          acks: -1,
          topicMessages: [
            {
              topic: options.to,
              messages: batch.messages.map((m) => ({ key: m.key, value: m.value })),
            },
          ],
        });
        written += batch.messages.length;
        if (written >= options.count) resolve(performance.now());
      },
    });
  });
  const endedAt = await done;
  await Promise.all([consumer.disconnect(), producer.disconnect()]);
  const seconds = (endedAt - startedAt) / 1000;
  return { seconds, perSecond: options.count / seconds };
}
