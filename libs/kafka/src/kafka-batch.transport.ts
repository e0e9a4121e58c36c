import { Logger } from '@nestjs/common';
import { type CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import type { SijillConfig } from '@sijill/config';
import { DEAD_LETTER_HEADERS, type TopicId } from '@sijill/contracts';
import type { MessageMetrics } from '@sijill/observability';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Message, Producer } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { createKafkaClient } from './create-kafka-client';
import { consumerSettings } from './consumer-settings';
import { ensureTopics } from './ensure-topics';
import type { InboundMessage, MessageAction } from './message-action';
import { producerCompression } from './producer-compression';
import { retryWhileRetriable } from './retry-while-retriable';
import { serialiseRecord } from './serialise-record';

interface HandledMessage {
  readonly message: KafkaMessage;
  readonly action: MessageAction;
  readonly startedAt: bigint;
}

const MAX_BACKOFF_MS = 5_000;

/**
 * A Nest microservice transport that consumes Kafka in batches. Handlers (`@EventPattern(topicId)`)
 * decide one `MessageAction` per message; the transport writes every output, dead letter and the
 * batch's offsets in one Kafka transaction, so a crash at any point neither loses nor repeats an
 * output for consumers reading committed data. A handler that throws is retried with backoff while
 * the partition waits: an infrastructure fault never skips a message.
 */
export class KafkaBatchTransport extends Server implements CustomTransportStrategy {
  private readonly log = new Logger(KafkaBatchTransport.name);
  private readonly kafka: Kafka;
  private consumer?: Consumer;
  private producer?: Producer;
  private readonly topicIdByName: Map<string, TopicId>;

  constructor(
    private readonly config: SijillConfig,
    private readonly metrics: MessageMetrics,
    /** Topics this service writes, created at start when missing. */
    private readonly outputTopics: readonly TopicId[],
  ) {
    super();
    this.kafka = createKafkaClient(config.kafka, `${config.kafka.clientId}-${config.service.name}`);
    this.topicIdByName = new Map(
      Object.entries(config.kafka.topics).map(([id, name]) => [name, id as TopicId]),
    );
  }

  private get groupId(): string {
    return this.config.kafka.consumerGroup;
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  on(): void {
    throw new Error('KafkaBatchTransport emits no events to subscribe to.');
  }

  unwrap<T>(): T {
    return this.kafka as T;
  }

  private async start(): Promise<void> {
    const inputs = [...this.messageHandlers.keys()].map((pattern) => this.topicId(pattern));
    await ensureTopics(this.kafka, this.config.kafka, [
      ...new Set([...inputs, ...this.outputTopics, 'deadLetter' as const]),
    ]);
    this.producer = this.kafka.producer({
      transactionalId: `${this.groupId}-${this.config.service.instanceId}`,
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    this.consumer = this.kafka.consumer({
      ...consumerSettings(this.config.kafka, this.groupId),
      retry: { restartOnFailure: () => Promise.resolve(true) },
    });
    await this.producer.connect();
    await this.consumer.connect();
    const consumer = this.consumer;
    const topics = inputs.map((id) => this.config.kafka.topics[id]);
    // A topic another service created a moment ago may not be in this broker's metadata yet.
    await retryWhileRetriable(() => consumer.subscribe({ topics, fromBeginning: true }), this.log);
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.handleBatch(payload),
    });
    this.log.log({ groupId: this.groupId, topics: inputs }, 'Consumer started');
  }

  private topicId(pattern: string): TopicId {
    if (!(pattern in this.config.kafka.topics)) {
      throw new Error(`@EventPattern("${pattern}") names no topic; use a TopicId.`);
    }
    return pattern as TopicId;
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const topicId = this.topicIdByName.get(batch.topic);
    const handler = topicId === undefined ? null : this.getHandlerByPattern(topicId);
    if (handler === null) throw new Error(`No handler for topic ${batch.topic}`);
    const handled: HandledMessage[] = [];
    for (const message of batch.messages) {
      if (!payload.isRunning() || payload.isStale()) break;
      const startedAt = process.hrtime.bigint();
      const inbound = toInbound(batch.topic, batch.partition, message);
      const action = await this.actWithRetry(handler, inbound, payload);
      if (action === undefined) break;
      handled.push({ message, action, startedAt });
      await payload.heartbeat();
    }
    const last = handled.at(-1);
    if (last === undefined) return;
    try {
      await this.commit(batch.topic, batch.partition, handled);
    } catch (error) {
      // Nothing was committed: the batch is fetched again and handled again (idempotently).
      this.log.error(
        {
          topic: batch.topic,
          partition: batch.partition,
          firstOffset: batch.firstOffset(),
          lastOffset: last.message.offset,
          err: describeError(error),
        },
        'Batch commit failed; it will be retried',
      );
      throw error;
    }
    payload.resolveOffset(last.message.offset);
    for (const h of handled) this.report(batch.topic, batch.partition, h);
    const lag = BigInt(batch.highWatermark) - BigInt(last.message.offset) - 1n;
    this.metrics.recordLag(batch.topic, batch.partition, Number(lag < 0n ? 0n : lag));
  }

  private async actWithRetry(
    handler: MessageHandler,
    inbound: InboundMessage,
    payload: EachBatchPayload,
  ): Promise<MessageAction | undefined> {
    const stopping = () => !payload.isRunning() || payload.isStale();
    for (let attempt = 1; ; attempt++) {
      try {
        const result: unknown = await handler(inbound);
        return (await lastValueFrom(this.transformToObservable(result))) as MessageAction;
      } catch (error) {
        if (stopping()) return undefined;
        const delayMs = Math.min(MAX_BACKOFF_MS, 100 * 2 ** attempt);
        this.log.warn(
          { ...inbound.position, attempt, delayMs, err: describeError(error) },
          'Message handling failed; retrying',
        );
        const until = Date.now() + delayMs;
        while (Date.now() < until && !stopping()) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, until - Date.now())));
          await payload.heartbeat().catch(() => undefined);
        }
      }
    }
  }

  private async commit(topic: string, partition: number, handled: HandledMessage[]): Promise<void> {
    const producer = this.producer;
    const last = handled.at(-1);
    if (producer === undefined || last === undefined) return;
    const messagesByTopic = new Map<string, Message[]>();
    const add = (t: string, m: Message): void => {
      const messages = messagesByTopic.get(t);
      if (messages === undefined) messagesByTopic.set(t, [m]);
      else messages.push(m);
    };
    for (const { message, action } of handled) {
      switch (action.kind) {
        case 'produce':
          for (const record of action.records) {
            add(this.config.kafka.topics[record.topic], serialiseRecord(record));
          }
          break;
        case 'dead-letter':
          add(
            this.config.kafka.topics.deadLetter,
            this.deadLetter(topic, partition, message, action),
          );
          break;
        case 'skip':
          break;
      }
    }
    const transaction = await producer.transaction();
    try {
      if (messagesByTopic.size > 0) {
        await transaction.sendBatch({
          compression: producerCompression(this.config.kafka),
          topicMessages: [...messagesByTopic].map(([t, messages]) => ({ topic: t, messages })),
        });
      }
      await transaction.sendOffsets({
        consumerGroupId: this.groupId,
        topics: [{ topic, partitions: [{ partition, offset: nextOffset(last.message.offset) }] }],
      });
      await transaction.commit();
    } catch (error) {
      await transaction.abort().catch(() => undefined);
      throw error;
    }
  }

  private deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    action: Extract<MessageAction, { kind: 'dead-letter' }>,
  ): Message {
    return {
      key: message.key,
      value: message.value,
      headers: {
        ...message.headers,
        [DEAD_LETTER_HEADERS.reason]: action.reason,
        [DEAD_LETTER_HEADERS.detail]: action.detail,
        [DEAD_LETTER_HEADERS.sourceTopic]: topic,
        [DEAD_LETTER_HEADERS.sourcePartition]: String(partition),
        [DEAD_LETTER_HEADERS.sourceOffset]: message.offset,
        [DEAD_LETTER_HEADERS.sourceTimestamp]: message.timestamp,
        [DEAD_LETTER_HEADERS.failedAt]: new Date().toISOString(),
        [DEAD_LETTER_HEADERS.service]: this.config.service.name,
      },
    };
  }

  private report(topic: string, partition: number, { message, action, startedAt }: HandledMessage) {
    const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
    const outcome = action.kind === 'dead-letter' ? 'dead-lettered' : action.outcome;
    this.metrics.recordHandled(topic, outcome, seconds);
    this.log.log(
      {
        outcome,
        ...(action.kind === 'dead-letter' ? { reason: action.reason } : {}),
        ...action.logFields,
        topic,
        partition,
        offset: message.offset,
        durationMs: Math.round(seconds * 1e6) / 1e3,
      },
      'Message handled',
    );
  }
}

function toInbound(topic: string, partition: number, message: KafkaMessage): InboundMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined)
      headers[name] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  return {
    key: message.key,
    value: message.value,
    headers,
    position: { topic, partition, offset: message.offset },
    timestamp: message.timestamp,
  };
}

function nextOffset(offset: string): string {
  return (BigInt(offset) + 1n).toString();
}

function describeError(error: unknown): { message: string; name?: string; code?: unknown } {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(code === undefined ? {} : { code }) };
  }
  return { message: String(error) };
}
