import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { SijillConfig } from '@sijill/config';
import type { Admin, Kafka, Producer } from 'kafkajs';
import { createKafkaClient } from './create-kafka-client';
import { producerCompression } from './producer-compression';
import type { OutboundRecord } from './outbound-record';
import { serialiseRecord } from './serialise-record';

/**
 * The service's shared Kafka client: an admin for health checks and a plain idempotent producer for
 * request-driven publishing (the gateway). Consumers live in `KafkaBatchTransport`.
 */
@Injectable()
export class KafkaConnection implements OnApplicationShutdown {
  readonly kafka: Kafka;
  private admin?: Promise<Admin>;
  private producer?: Promise<Producer>;

  constructor(private readonly config: SijillConfig) {
    this.kafka = createKafkaClient(config.kafka, `${config.kafka.clientId}-${config.service.name}`);
  }

  /** Resolves when the cluster answers a metadata request within the connection timeout. */
  async ping(): Promise<void> {
    const admin = await this.connectedAdmin();
    await withTimeout(admin.describeCluster(), this.config.kafka.connectionTimeoutMs, 'Kafka');
  }

  /** Sends typed records (acks from all in-sync replicas); resolves when they are stored. */
  async publish(records: readonly OutboundRecord[]): Promise<void> {
    const producer = await this.connectedProducer();
    const byTopic = new Map<string, ReturnType<typeof serialiseRecord>[]>();
    for (const record of records) {
      const topic = this.config.kafka.topics[record.topic];
      const messages = byTopic.get(topic);
      if (messages === undefined) byTopic.set(topic, [serialiseRecord(record)]);
      else messages.push(serialiseRecord(record));
    }
    await producer.sendBatch({
      acks: -1,
      compression: producerCompression(this.config.kafka),
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const [admin, producer] = [this.admin, this.producer];
    this.admin = undefined;
    this.producer = undefined;
    await Promise.allSettled([
      admin?.then((a) => a.disconnect()),
      producer?.then((p) => p.disconnect()),
    ]);
  }

  private connectedAdmin(): Promise<Admin> {
    this.admin ??= connect(this.kafka.admin(), () => (this.admin = undefined));
    return this.admin;
  }

  private connectedProducer(): Promise<Producer> {
    this.producer ??= connect(
      this.kafka.producer({ idempotent: true, allowAutoTopicCreation: false }),
      () => (this.producer = undefined),
    );
    return this.producer;
  }
}

async function connect<T extends { connect(): Promise<void> }>(
  client: T,
  forget: () => void,
): Promise<T> {
  try {
    await client.connect();
    return client;
  } catch (error) {
    forget();
    throw error;
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
