import { createHash, randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { pollUntil } from './poll-until';

const TEN_MIB = 10 * 1024 * 1024;

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('the provisioned Kafka broker', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',');
  const kafka = new Kafka({
    clientId: 'start-kafka-int-spec',
    brokers,
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  const topic = `infra-round-trip-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('round-trips small messages and a 10 MiB one through a consumer group', async () => {
    const big = randomBytes(TEN_MIB);
    await producer.send({
      topic,
      messages: [
        { key: 'first', value: 'مرحبا' },
        { key: 'big', value: big },
        { key: 'last', value: 'done' },
      ],
    });
    const received: { key: string; value: Buffer }[] = [];
    const consumer = kafka.consumer({
      groupId: `${topic}-group`,
      maxWaitTimeInMs: 100,
      maxBytesPerPartition: 16 * 1024 * 1024,
      maxBytes: 32 * 1024 * 1024,
    });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: ({ message }) => {
          received.push({
            key: message.key?.toString() ?? '',
            value: message.value ?? Buffer.alloc(0),
          });
          return Promise.resolve();
        },
      });
      const outcome = await pollUntil(() => (received.length >= 3 ? true : undefined), {
        timeoutMs: 30_000,
        intervalMs: 50,
      });
      expect(outcome.kind).toBe('done');
    } finally {
      await consumer.disconnect();
    }
    expect(received.map((message) => message.key)).toEqual(['first', 'big', 'last']);
    expect(received[0]?.value.toString('utf8')).toBe('مرحبا');
    expect(received[1]?.value.length).toBe(TEN_MIB);
    expect(sha256(received[1]?.value ?? Buffer.alloc(0))).toBe(sha256(big));
  });

  it('does not create topics on first use', async () => {
    const missing = `infra-never-created-${randomBytes(4).toString('hex')}`;
    await expect(admin.fetchTopicMetadata({ topics: [missing] })).rejects.toThrow();
    expect(await admin.listTopics()).not.toContain(missing);
  });
});
