import { Logger } from '@nestjs/common';
import { loadConfig } from '@sijill/config';
import { DEAD_LETTER_HEADERS, type TopicValue } from '@sijill/contracts';
import { ConsumerProgress, MessageMetrics, MetricsRegistry } from '@sijill/observability';
import { createHash } from 'node:crypto';
import { KafkaBatchTransport } from './kafka-batch.transport';
import { FakeKafka, fakeBatchPayload, rebalanceInProgress } from './kafka-batch.transport.fake';
import { batchPattern, type InboundMessage, type MessageAction } from './message-action';

const config = loadConfig(
  {
    SIJILL_MESSAGE_TIMEOUT_MS: '200',
    SIJILL_MESSAGE_MAX_ATTEMPTS: '3',
    SIJILL_CONSUMER_MAX_RESTARTS: '2',
    KAFKA_HEARTBEAT_INTERVAL_MS: '50',
    SIJILL_INSTANCE_ID: 'spec',
  },
  { name: 'ingestor', httpPort: 0 },
);
const input = config.kafka.topics.articles;
const deadLetters = config.kafka.topics.deadLetter;

type Handler = (message: InboundMessage) => MessageAction | Promise<MessageAction>;
type BatchHandler = (
  messages: readonly InboundMessage[],
) => readonly MessageAction[] | Promise<readonly MessageAction[]>;

async function startTransport(handler: Handler, batchHandler?: BatchHandler) {
  const kafka = new FakeKafka();
  const registry = new MetricsRegistry();
  const progress = new ConsumerProgress(registry);
  const exits: number[] = [];
  const transport = new KafkaBatchTransport(
    config,
    new MessageMetrics(registry),
    progress,
    ['accepted'],
    { kafka: kafka.asKafka(), exit: (code) => void exits.push(code) },
  );
  transport.addHandler('articles', (m: InboundMessage) => Promise.resolve(handler(m)), true);
  if (batchHandler !== undefined) {
    transport.addHandler(
      batchPattern('articles'),
      (ms: readonly InboundMessage[]) => Promise.resolve(batchHandler(ms)),
      true,
    );
  }
  await new Promise<void>((resolve, reject) =>
    transport.listen((error) => (error ? reject(toError(error)) : resolve())),
  );
  return { kafka, transport, progress, exits };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

const accept: MessageAction = { kind: 'skip', outcome: 'accepted' };

/** An output for each message, so a spec sees which messages' outputs were written. */
const produce = (m: InboundMessage): MessageAction => ({
  kind: 'produce',
  outcome: 'accepted',
  records: [
    {
      topic: 'accepted',
      key: `out-${m.position.offset}`,
      value: { articleId: `a-${m.position.offset}` } as unknown as TopicValue<'accepted'>,
    },
  ],
});
const outputKeys = (kafka: FakeKafka): string[] =>
  kafka.committed.flatMap((t) => t.records.map((r) => String(r.message.key)));

describe('KafkaBatchTransport under failures (fake kafkajs client)', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });
  beforeEach(() => jest.useRealTimers());

  it('dead-letters a message whose handling fails for a reason of its own after a few tries, then moves on', async () => {
    let calls = 0;
    const { kafka } = await startTransport((m) => {
      if (m.position.offset === '0') {
        calls += 1;
        throw new RangeError('Maximum call stack size exceeded');
      }
      return accept;
    });
    const payload = fakeBatchPayload(input, [Buffer.from('poison'), Buffer.from('good')]);
    await kafka.consumers[0]!.eachBatch!(payload);
    expect(calls).toBe(3);
    const [transaction] = kafka.committed;
    expect(transaction?.records).toHaveLength(1);
    const headers = transaction?.records[0]?.message.headers ?? {};
    expect(headers[DEAD_LETTER_HEADERS.reason]).toBe('processing-failed');
    expect(String(headers[DEAD_LETTER_HEADERS.detail])).toMatch(
      /3 times: RangeError: Maximum call stack/,
    );
    expect(transaction?.offsets).toEqual([{ topic: input, partition: 0, offset: '2' }]);
    expect(payload.resolved).toEqual(['1']);
  }, 20_000);

  it('retries an infrastructure fault for as long as it lasts, never dead-lettering the message', async () => {
    let calls = 0;
    const { kafka } = await startTransport(() => {
      calls += 1;
      if (calls <= 4)
        throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      return accept;
    });
    await kafka.consumers[0]!.eachBatch!(fakeBatchPayload(input, [Buffer.from('a')]));
    expect(calls).toBe(5);
    expect(kafka.committed[0]?.records).toEqual([]);
  }, 20_000);

  it('dead-letters a message that runs past its time budget (processing-timeout)', async () => {
    const { kafka } = await startTransport((m) =>
      m.position.offset === '0' ? new Promise<MessageAction>(() => undefined) : accept,
    );
    await kafka.consumers[0]!.eachBatch!(
      fakeBatchPayload(input, [Buffer.from('slow'), Buffer.from('b')]),
    );
    const headers = kafka.committed[0]?.records[0]?.message.headers ?? {};
    expect(headers[DEAD_LETTER_HEADERS.reason]).toBe('processing-timeout');
    expect(kafka.committed[0]?.offsets[0]?.offset).toBe('2');
  });

  it('bounds the reason detail of a dead letter', async () => {
    const { kafka } = await startTransport(() => ({
      kind: 'dead-letter',
      reason: 'unknown-field',
      detail: 'x'.repeat(500_000),
    }));
    await kafka.consumers[0]!.eachBatch!(fakeBatchPayload(input, [Buffer.from('{}')]));
    const detail = String(
      kafka.committed[0]?.records[0]?.message.headers?.[DEAD_LETTER_HEADERS.detail],
    );
    expect(detail.length).toBeLessThanOrEqual(1_000);
  });

  it('writes a dead letter by reference (source and hash) when the topic refuses it as too large', async () => {
    const { kafka } = await startTransport(() => ({
      kind: 'dead-letter',
      reason: 'message-too-large',
      detail: 'too large',
    }));
    kafka.refuseSend = (records) =>
      records.some((r) => r.message.value !== null)
        ? Object.assign(
            new Error(
              'The request included a message larger than the max message size the server will accept',
            ),
            {
              name: 'KafkaJSProtocolError',
              type: 'MESSAGE_TOO_LARGE',
            },
          )
        : undefined;
    const value = Buffer.alloc(1024, 7);
    await kafka.consumers[0]!.eachBatch!(fakeBatchPayload(input, [value]));
    const record = kafka.committed[0]?.records[0];
    expect(record?.topic).toBe(deadLetters);
    expect(record?.message.value).toBeNull();
    expect(record?.message.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'message-too-large',
      [DEAD_LETTER_HEADERS.sourceTopic]: input,
      [DEAD_LETTER_HEADERS.sourcePartition]: '0',
      [DEAD_LETTER_HEADERS.sourceOffset]: '0',
      [DEAD_LETTER_HEADERS.valueOmitted]: 'too-large',
      [DEAD_LETTER_HEADERS.valueBytes]: '1024',
      [DEAD_LETTER_HEADERS.valueSha256]: createHash('sha256').update(value).digest('hex'),
    });
  });

  it('commits large outputs in several transactions rather than one batch over the size limit', async () => {
    const { kafka } = await startTransport(() => ({
      kind: 'dead-letter',
      reason: 'body-too-large',
      detail: 'big',
    }));
    const big = Buffer.alloc(3 * 1024 * 1024, 1);
    await kafka.consumers[0]!.eachBatch!(fakeBatchPayload(input, [big, big, big]));
    expect(kafka.committed.map((t) => t.offsets[0]?.offset)).toEqual(['1', '2', '3']);
  });

  it('replaces a producer that a broker gone mid-commit left unusable, and commits again with the new one', async () => {
    const { kafka } = await startTransport(() => accept);
    const consumer = kafka.consumers[0]!;
    await consumer.eachBatch!(fakeBatchPayload(input, [Buffer.from('a')]));
    expect(kafka.producersMade).toBe(1);

    kafka.brokerGone = true;
    await expect(consumer.eachBatch!(fakeBatchPayload(input, [Buffer.from('a')]))).rejects.toThrow(
      /ECONNREFUSED/,
    );
    kafka.brokerGone = false;
    const payload = fakeBatchPayload(input, [Buffer.from('a'), Buffer.from('b')]);
    await consumer.eachBatch!(payload);

    expect(kafka.producersMade).toBe(2);
    expect(kafka.committed).toHaveLength(2);
    expect(kafka.committed[1]?.offsets).toEqual([{ topic: input, partition: 0, offset: '2' }]);
    expect(payload.resolved).toEqual(['1']);
  }, 20_000);

  it("does not handle again what a commit whose answer was lost applied: a new producer settles it, then the group's offset is read", async () => {
    const handled: string[] = [];
    const { kafka } = await startTransport((m) => {
      handled.push(m.position.offset);
      return accept;
    });
    const consumer = kafka.consumers[0]!;
    kafka.commitAnswerLost = true;
    const [a, b] = ['a', 'b'].map((v) => Buffer.from(v));
    await expect(consumer.eachBatch!(fakeBatchPayload(input, [a!, b!]))).rejects.toThrow(
      /ECONNREFUSED/,
    );
    kafka.commitAnswerLost = false;
    // kafkajs fetches again from the position it last resolved, before the applied commit.
    const again = fakeBatchPayload(input, [a!, b!]);
    await consumer.eachBatch!(again);

    expect(handled).toEqual(['0', '1']);
    expect(kafka.producersMade).toBe(2);
    expect(kafka.committed.map((t) => t.offsets[0]?.offset)).toEqual(['2']);
    expect(again.resolved).toEqual(['1']);
  }, 20_000);

  it('after a join, settles its own transactions before reading where the group stands, and starts each partition there', async () => {
    const handled: string[] = [];
    const { kafka } = await startTransport((m) => {
      handled.push(m.position.offset);
      return accept;
    });
    const consumer = kafka.consumers[0]!;
    const [a, b, c] = ['a', 'b', 'c'].map((v) => Buffer.from(v));
    await consumer.eachBatch!(fakeBatchPayload(input, [a!, b!]));
    expect(kafka.producersMade).toBe(1);
    // A rejoining consumer may read the offsets from before a commit still being completed.
    consumer.emit(consumer.events.GROUP_JOIN, { memberAssignment: { [input]: [0] } });
    await consumer.eachBatch!(fakeBatchPayload(input, [a!, b!, c!]));

    expect(handled).toEqual(['0', '1', '2']);
    expect(kafka.producersMade).toBe(2);
    expect(kafka.committed.map((t) => t.offsets[0]?.offset)).toEqual(['2', '3']);
  }, 20_000);

  it('starts settling its transactions with a new producer as soon as the consumer crashes', async () => {
    const { kafka } = await startTransport(() => accept);
    const consumer = kafka.consumers[0]!;
    consumer.emit(consumer.events.CRASH, { error: new Error('gone'), restart: true });
    expect(kafka.producersMade).toBe(1);
    await consumer.eachBatch!(fakeBatchPayload(input, [Buffer.from('a')]));
    consumer.emit(consumer.events.CRASH, { error: new Error('gone'), restart: true });
    expect(kafka.producersMade).toBe(2);
    consumer.emit(consumer.events.GROUP_JOIN, { memberAssignment: { [input]: [0] } });
    await consumer.eachBatch!(fakeBatchPayload(input, [Buffer.from('a'), Buffer.from('b')]));
    expect(kafka.producersMade).toBe(2);
    expect(kafka.committed.map((t) => t.offsets[0]?.offset)).toEqual(['1', '2']);
  }, 20_000);

  it('commits a whole batch past the transaction markers after its last message, leaving no lag', async () => {
    const { kafka, progress } = await startTransport(() => accept);
    const payload = fakeBatchPayload(input, [Buffer.from('a'), Buffer.from('b')], 1);
    await kafka.consumers[0]!.eachBatch!(payload);
    expect(kafka.committed[0]?.offsets).toEqual([{ topic: input, partition: 0, offset: '3' }]);
    expect(payload.resolved).toEqual(['2']);
    expect(progress.problems(1_000, Date.now() + 60_000)).toEqual([]);
  }, 20_000);

  it('sees the lag of a fetch that held only transaction markers', async () => {
    const { kafka, progress } = await startTransport(() => accept);
    const consumer = kafka.consumers[0]!;
    consumer.emit(consumer.events.END_BATCH_PROCESS, {
      topic: input,
      partition: 0,
      batchSize: 0,
      offsetLag: '0',
    });
    expect(progress.problems(1_000, Date.now() + 60_000)).toEqual([]);
    consumer.emit(consumer.events.END_BATCH_PROCESS, {
      topic: input,
      partition: 0,
      batchSize: 0,
      offsetLag: '4',
    });
    expect(progress.problems(1_000, Date.now() + 60_000)).toEqual([
      { consumer: config.kafka.consumerGroup, problem: `no progress for 1 s on ${input}/0` },
    ]);
  }, 20_000);

  it('hands a batch handler the whole batch at once and commits its actions in one transaction', async () => {
    const sizes: number[] = [];
    const { kafka } = await startTransport(
      () => {
        throw new Error('the per-message handler is not called when the batch succeeds');
      },
      (messages) => {
        sizes.push(messages.length);
        return messages.map((m) =>
          m.position.offset === '1'
            ? { kind: 'dead-letter', reason: 'not-json', detail: 'bad' }
            : accept,
        );
      },
    );
    const values = ['a', 'b', 'c'].map((v) => Buffer.from(v));
    await kafka.consumers[0]!.eachBatch!(fakeBatchPayload(input, values));
    expect(sizes).toEqual([3]);
    expect(kafka.committed).toHaveLength(1);
    expect(kafka.committed[0]?.records.map((r) => r.topic)).toEqual([deadLetters]);
    expect(kafka.committed[0]?.offsets).toEqual([{ topic: input, partition: 0, offset: '3' }]);
  });

  it('hands the messages of a failing batch to the per-message handler, dead-lettering only the poison', async () => {
    const { kafka } = await startTransport(
      (m) => {
        if (m.position.offset === '1') throw new RangeError('Maximum call stack size exceeded');
        return accept;
      },
      () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    );
    const values = ['a', 'poison', 'c'].map((v) => Buffer.from(v));
    await kafka.consumers[0]!.eachBatch!(fakeBatchPayload(input, values));
    const records = kafka.committed.flatMap((t) => t.records);
    expect(records).toHaveLength(1);
    expect(records[0]?.message.headers?.[DEAD_LETTER_HEADERS.sourceOffset]).toBe('1');
    expect(kafka.committed.at(-1)?.offsets[0]?.offset).toBe('3');
  }, 20_000);

  it('retries a batch on an infrastructure fault rather than splitting it', async () => {
    let batchCalls = 0;
    const { kafka } = await startTransport(
      () => {
        throw new Error('the per-message handler is not called for an infrastructure fault');
      },
      (messages) => {
        batchCalls += 1;
        if (batchCalls <= 2) {
          throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        }
        return messages.map(() => accept);
      },
    );
    await kafka.consumers[0]!.eachBatch!(
      fakeBatchPayload(input, [Buffer.from('a'), Buffer.from('b')]),
    );
    expect(batchCalls).toBe(3);
    expect(kafka.committed[0]?.offsets[0]?.offset).toBe('2');
  }, 20_000);

  it('writes nothing for a batch whose partition a rebalance takes away mid-batch, and leaves the rejoin to kafkajs', async () => {
    const { kafka, progress, exits } = await startTransport(produce);
    const consumer = kafka.consumers[0]!;
    const lost = fakeBatchPayload(input, [Buffer.from('a'), Buffer.from('b')]);
    // The group began a rebalance while the batch was handled: the next heartbeat says so.
    lost.heartbeat = () => Promise.reject(rebalanceInProgress());

    await expect(consumer.eachBatch!(lost)).rejects.toMatchObject({
      type: 'REBALANCE_IN_PROGRESS',
    });

    expect(kafka.committed).toEqual([]);
    expect(lost.resolved).toEqual([]);
    // No crash of its own: no restart, no exit, the consumer still counted as running.
    expect(kafka.consumers).toHaveLength(1);
    expect(exits).toEqual([]);
    expect(progress.problems(60_000)).toEqual([]);

    // Whoever owns the partition after the rebalance reads the batch again: each output once.
    const again = fakeBatchPayload(input, [Buffer.from('a'), Buffer.from('b')]);
    await consumer.eachBatch!(again);
    expect(outputKeys(kafka)).toEqual(['out-0', 'out-1']);
    expect(kafka.committed.map((t) => t.offsets)).toEqual([
      [{ topic: input, partition: 0, offset: '2' }],
    ]);
  }, 20_000);

  it('stops a batch when the consumer stops mid-batch, committing the messages it handled and no more', async () => {
    let running = true;
    const { kafka } = await startTransport((m) => {
      running = false;
      return produce(m);
    });
    const payload = fakeBatchPayload(input, [Buffer.from('a'), Buffer.from('b'), Buffer.from('c')]);
    payload.isRunning = () => running;

    await kafka.consumers[0]!.eachBatch!(payload);

    expect(outputKeys(kafka)).toEqual(['out-0']);
    expect(kafka.committed.map((t) => t.offsets)).toEqual([
      [{ topic: input, partition: 0, offset: '1' }],
    ]);
    expect(payload.resolved).toEqual(['0']);
  }, 20_000);

  it('restarts a consumer that kafkajs gave up on, reporting it not running meanwhile', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    const { kafka, progress, exits } = await startTransport(() => accept);
    expect(progress.problems(60_000)).toEqual([]);
    kafka.consumers[0]!.emit('consumer.crash', {
      error: new Error('Failed to find group coordinator'),
      restart: false,
    });
    expect(progress.problems(60_000)).toEqual([
      { consumer: config.kafka.consumerGroup, problem: 'consumer is restarting' },
    ]);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(kafka.consumers).toHaveLength(2);
    expect(kafka.consumers[0]?.disconnected).toBe(true);
    expect(progress.problems(60_000)).toEqual([]);
    expect(exits).toEqual([]);
  });

  it('ends the process non-zero when the consumer cannot be restarted', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    const { kafka, exits, progress } = await startTransport(() => accept);
    for (let crash = 0; crash < 3; crash++) {
      kafka.consumers.at(-1)!.emit('consumer.crash', { error: new Error('boom'), restart: false });
      await jest.advanceTimersByTimeAsync(5_000);
    }
    expect(exits).toEqual([1]);
    expect(progress.problems(60_000)[0]?.problem).toBe('consumer is failed');
  });
});
