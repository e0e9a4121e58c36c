import { randomUUID } from 'node:crypto';
import { registerCompressionCodecs } from '@sijill/kafka';
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import { describeErrorMessage } from '@sijill/logging';
import { pollUntil } from '../infra/poll-until';

export interface ProbedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string>>;
  /** When the probe first read it (ms since the epoch): soon after its transaction committed. */
  readonly seenAt: number;
}

/**
 * Reads topics from the beginning (committed data only, as Sijill's consumers do) and keeps every
 * record once, so a test can wait for what a service wrote. The probe's own group may rebalance
 * or restart on a loaded machine and read again from its last commit; a record it read before
 * (same topic, partition and offset) is not kept twice, so a record seen twice is one the service
 * wrote twice.
 */
export class TopicProbe {
  readonly records: ProbedRecord[] = [];
  private readonly seen = new Set<string>();

  private constructor(
    private readonly consumer: Consumer,
    private readonly state: { stopped: boolean },
  ) {}

  static async start(brokers: string, topics: readonly string[]): Promise<TopicProbe> {
    // Sijill may be configured to write compressed records: read every codec, as its consumers do.
    registerCompressionCodecs();
    const kafka = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING });
    const state = { stopped: false };
    const consumer = kafka.consumer({
      groupId: `probe-${randomUUID()}`,
      // A crash while the probe stops (a broker restarted under it) must not start it again.
      retry: { restartOnFailure: () => Promise.resolve(!state.stopped) },
      maxWaitTimeInMs: 100,
      // Room for a dead letter of a message at the input's size limit.
      maxBytesPerPartition: 32 * 1024 * 1024,
      maxBytes: 64 * 1024 * 1024,
    });
    const probe = new TopicProbe(consumer, state);
    await consumer.connect();
    // A topic created a moment ago may not be in every broker's metadata yet: retry until it is.
    const subscribed = await pollUntil(
      async () => {
        await consumer.subscribe({ topics: [...topics], fromBeginning: true });
        return true;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    if (subscribed.kind !== 'done') {
      throw new Error(
        `Could not subscribe to ${topics.join(', ')}: ${describeErrorMessage(
          subscribed.kind === 'timed-out' ? subscribed.lastError : subscribed.reason,
        )}`,
      );
    }
    await consumer.run({
      eachMessage: ({ topic, partition, message }) => {
        if (!probe.firstRead(topic, partition, message.offset)) return Promise.resolve();
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {})) {
          if (value !== undefined) headers[name] = String(value);
        }
        probe.records.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString('utf8') ?? null,
          value: message.value,
          headers,
          seenAt: Date.now(),
        });
        return Promise.resolve();
      },
    });
    return probe;
  }

  private firstRead(topic: string, partition: number, offset: string): boolean {
    const at = `${topic}/${partition}/${offset}`;
    if (this.seen.has(at)) return false;
    this.seen.add(at);
    return true;
  }

  on(topic: string): ProbedRecord[] {
    return this.records.filter((r) => r.topic === topic);
  }

  /** JSON values on a topic. */
  values<T>(topic: string): T[] {
    return this.on(topic).map((r) => JSON.parse(r.value?.toString('utf8') ?? 'null') as T);
  }

  async waitFor(
    what: string,
    condition: (probe: TopicProbe) => boolean,
    timeoutMs = 60_000,
  ): Promise<void> {
    const outcome = await pollUntil(() => (condition(this) ? true : undefined), {
      timeoutMs,
      intervalMs: 50,
    });
    if (outcome.kind !== 'done') {
      throw new Error(`Timed out waiting for ${what}; saw ${this.records.length} records`);
    }
  }

  async stop(): Promise<void> {
    this.state.stopped = true;
    await this.consumer.disconnect();
  }
}
