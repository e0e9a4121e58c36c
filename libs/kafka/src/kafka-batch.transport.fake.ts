import type { EachBatchPayload, Kafka, KafkaMessage, Message } from 'kafkajs';

/** One committed transaction as the fake broker saw it. */
export interface FakeTransaction {
  readonly records: { topic: string; message: Message }[];
  readonly offsets: { topic: string; partition: number; offset: string }[];
}

type Listener = (event: { payload: Record<string, unknown> }) => void;

/**
 * A small stand-in for the kafkajs client, enough for `KafkaBatchTransport`: topics exist, a
 * transactional producer records what each committed transaction held (and can refuse sends), and
 * each consumer hands its `eachBatch` and its event listeners to the spec.
 */
export class FakeKafka {
  readonly committed: FakeTransaction[] = [];
  readonly consumers: FakeConsumer[] = [];
  /** Decides whether a send fails (for example MESSAGE_TOO_LARGE); undefined lets it through. */
  refuseSend: (records: FakeTransaction['records']) => Error | undefined = () => undefined;
  /** While true, ending a transaction fails as when the broker is gone mid-request. */
  brokerGone = false;
  /**
   * While true, a commit is applied but its answer is lost (the broker went away after applying
   * it): the producer sees the same failure as when the broker is gone.
   */
  commitAnswerLost = false;
  /** Transactional producers made so far. */
  producersMade = 0;

  asKafka(): Kafka {
    return this as unknown as Kafka;
  }

  admin() {
    return {
      connect: () => Promise.resolve(),
      disconnect: () => Promise.resolve(),
      listTopics: () => Promise.resolve([] as string[]),
      createTopics: () => Promise.resolve(true),
      // The group's committed offsets: the last each committed transaction sent, else -1.
      fetchOffsets: ({ topics }: { groupId: string; topics: string[] }) =>
        Promise.resolve(
          topics.map((topic) => {
            const offsets = new Map<number, string>();
            for (const t of this.committed) {
              for (const o of t.offsets) if (o.topic === topic) offsets.set(o.partition, o.offset);
            }
            const partitions = [...offsets].map(([partition, offset]) => ({ partition, offset }));
            return {
              topic,
              partitions: partitions.length > 0 ? partitions : [{ partition: 0, offset: '-1' }],
            };
          }),
        ),
    };
  }

  producer() {
    this.producersMade += 1;
    // Like kafkajs: a producer whose commit or abort failed stays in that state, and refuses
    // every later transaction.
    let stuck = false;
    const gone = () => new Error('Connection error: connect ECONNREFUSED');
    return {
      connect: () => Promise.resolve(),
      disconnect: () => Promise.resolve(),
      transaction: () => {
        if (stuck) {
          return Promise.reject(
            new Error(
              'Transaction state exception: Invalid state transition COMMITTING -> TRANSACTING',
            ),
          );
        }
        const pending: FakeTransaction = { records: [], offsets: [] };
        return Promise.resolve({
          sendBatch: ({
            topicMessages,
          }: {
            topicMessages: { topic: string; messages: Message[] }[];
          }) => {
            const records = topicMessages.flatMap(({ topic, messages }) =>
              messages.map((message) => ({ topic, message })),
            );
            const refusal = this.refuseSend(records);
            if (refusal !== undefined) return Promise.reject(refusal);
            pending.records.push(...records);
            return Promise.resolve([]);
          },
          sendOffsets: ({
            topics,
          }: {
            topics: { topic: string; partitions: { partition: number; offset: string }[] }[];
          }) => {
            for (const { topic, partitions } of topics) {
              for (const p of partitions) pending.offsets.push({ topic, ...p });
            }
            return Promise.resolve();
          },
          commit: () => {
            if (this.commitAnswerLost) {
              this.committed.push(pending);
              stuck = true;
              return Promise.reject(gone());
            }
            if (this.brokerGone) {
              stuck = true;
              return Promise.reject(gone());
            }
            this.committed.push(pending);
            return Promise.resolve();
          },
          abort: () => (stuck || this.brokerGone ? Promise.reject(gone()) : Promise.resolve()),
        });
      },
    };
  }

  consumer() {
    const consumer = new FakeConsumer();
    this.consumers.push(consumer);
    return consumer;
  }
}

export class FakeConsumer {
  readonly events = {
    CRASH: 'consumer.crash',
    GROUP_JOIN: 'consumer.group_join',
    END_BATCH_PROCESS: 'consumer.end_batch_process',
  } as const;
  readonly listeners = new Map<string, Listener[]>();
  eachBatch?: (payload: EachBatchPayload) => Promise<void>;
  disconnected = false;

  on(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  emit(event: string, payload: Record<string, unknown>): void {
    for (const listener of this.listeners.get(event) ?? []) listener({ payload });
  }

  connect = () => Promise.resolve();
  subscribe = () => Promise.resolve();
  disconnect = () => {
    this.disconnected = true;
    return Promise.resolve();
  };
  /** What the group assigns this consumer when it joins (topic → partitions). */
  assignment: Record<string, number[]> = {};
  run = ({ eachBatch }: { eachBatch: (payload: EachBatchPayload) => Promise<void> }) => {
    this.eachBatch = eachBatch;
    this.emit(this.events.GROUP_JOIN, { memberAssignment: this.assignment });
    return Promise.resolve();
  };
}

/**
 * A fetched batch of `values` on partition 0 of `topic`, from offset 0, followed by `markers`
 * transaction control records (which kafkajs keeps out of `messages`).
 */
export function fakeBatchPayload(
  topic: string,
  values: readonly (Buffer | null)[],
  markers = 0,
): EachBatchPayload & { resolved: string[] } {
  const messages = values.map(
    (value, offset): KafkaMessage =>
      ({
        key: Buffer.from(`key-${offset}`),
        value,
        timestamp: '1700000000000',
        attributes: 0,
        offset: String(offset),
        size: value?.length ?? 0,
        headers: {},
      }) as unknown as KafkaMessage,
  );
  const resolved: string[] = [];
  return {
    resolved,
    batch: {
      topic,
      partition: 0,
      highWatermark: String(values.length + markers),
      messages,
      isEmpty: () => messages.length === 0,
      firstOffset: () => '0',
      lastOffset: () => String(values.length + markers - 1),
      offsetLag: () => '0',
      offsetLagLow: () => '0',
    },
    resolveOffset: (offset: string) => void resolved.push(offset),
    heartbeat: () => Promise.resolve(),
    pause: () => () => undefined,
    commitOffsetsIfNecessary: () => Promise.resolve(),
    uncommittedOffsets: () => ({ topics: [] }),
    isRunning: () => true,
    isStale: () => false,
  };
}

/**
 * What kafkajs's `heartbeat()` rejects with once the group has begun a rebalance: the member must
 * rejoin, and the partitions of the batch in hand may go to another member.
 */
export function rebalanceInProgress(): Error {
  return Object.assign(new Error('The group is rebalancing, so a rejoin is needed'), {
    name: 'KafkaJSProtocolError',
    type: 'REBALANCE_IN_PROGRESS',
    code: 27,
    retriable: false,
  });
}
