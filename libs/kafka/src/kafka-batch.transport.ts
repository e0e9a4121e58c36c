import { Logger } from '@nestjs/common';
import { type CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import type { SijillConfig } from '@sijill/config';
import type { TopicId } from '@sijill/contracts';
import { describeError } from '@sijill/logging';
import type { ConsumerProgress, MessageMetrics } from '@sijill/observability';
import type {
  Admin,
  Consumer,
  EachBatchPayload,
  Kafka,
  KafkaMessage,
  Message,
  Producer,
} from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { buildDeadLetter, buildDeadLetterByReference } from './build-dead-letter';
import { consumerSettings } from './consumer-settings';
import { createKafkaClient } from './create-kafka-client';
import { ensureTopics } from './ensure-topics';
import { isInfrastructureFault } from './is-infrastructure-fault';
import { BATCH_PATTERN_SUFFIX, type InboundMessage, type MessageAction } from './message-action';
import { producerCompression } from './producer-compression';
import { retryWhileRetriable } from './retry-while-retriable';
import { serialiseRecord } from './serialise-record';

interface HandledMessage {
  readonly message: KafkaMessage;
  readonly action: MessageAction;
  readonly startedAt: bigint;
}

/** What unit specs replace: the Kafka client, and how the process ends when it must. */
export interface TransportSeams {
  readonly kafka?: Kafka;
  readonly exit?: (code: number) => void;
}

type DeadLetterAction = Extract<MessageAction, { kind: 'dead-letter' }>;

const MAX_BACKOFF_MS = 5_000;
/** Messages handed to a batch handler at once: one Redis round trip per tier covers them all. */
const MAX_BATCH_MESSAGES = 100;
const MAX_RESTART_BACKOFF_MS = 30_000;
/**
 * Outputs committed in one transaction at most (bytes), unless one message alone is larger: Kafka
 * checks a whole batch of records against the topic's size limit, not each record.
 */
const TRANSACTION_BYTES = 4 * 1024 * 1024;
/** Produce errors that mean a record or batch is too large for its topic. */
const TOO_LARGE = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_RECORD']);

/** A message's handling ran past its budget. */
class ProcessingTimeout extends Error {
  constructor(readonly ms: number) {
    super(`handling took longer than ${ms} ms`);
  }
}

/**
 * A Nest microservice transport that consumes Kafka in batches. Handlers (`@EventPattern(topicId)`)
 * decide one `MessageAction` per message; the transport writes every output, dead letter and the
 * batch's offsets in one Kafka transaction, so a crash at any point neither loses nor repeats an
 * output for consumers reading committed data.
 *
 * No message stops a partition: one whose handling runs past `SIJILL_MESSAGE_TIMEOUT_MS` is
 * dead-lettered (`processing-timeout`), one that fails for a reason of its own is dead-lettered
 * after `SIJILL_MESSAGE_MAX_ATTEMPTS` tries (`processing-failed`), and a dead letter too large for
 * its topic is written by reference. An infrastructure fault is retried with backoff while the
 * partition waits, never skipped. A consumer that crashes is started again with backoff; after
 * `SIJILL_CONSUMER_MAX_RESTARTS` failed restarts in a row the process exits 1 for its supervisor.
 */
export class KafkaBatchTransport extends Server implements CustomTransportStrategy {
  private readonly log = new Logger(KafkaBatchTransport.name);
  private readonly kafka: Kafka;
  private consumer?: Consumer;
  /** The transactional producer, connected on first use; replaced when a failure leaves it unusable. */
  private producer?: { readonly client: Producer; readonly connected: Promise<Producer> };
  /** Whether the producer has ended a transaction since it was initialised. */
  private producerCommitted = false;
  /**
   * Partitions whose position is checked against the group's committed offset before their next
   * batch is handled: every partition after a join, and one whose commit failed.
   */
  private readonly unchecked = new Set<string>();
  /** The committed offsets of unchecked partitions, read once this instance's transactions settled. */
  private readonly committedOffsets = new Map<string, bigint>();
  private admin?: Promise<Admin>;
  private readonly topicIdByName: Map<string, TopicId>;
  private closing = false;
  private restarts = 0;
  private restartTimer?: NodeJS.Timeout;
  private injectedCrashesLeft: number;
  private readonly exit: (code: number) => void;

  constructor(
    private readonly config: SijillConfig,
    private readonly metrics: MessageMetrics,
    private readonly progress: ConsumerProgress,
    /** Topics this service writes, created at start when missing. */
    private readonly outputTopics: readonly TopicId[],
    seams: TransportSeams = {},
  ) {
    super();
    this.exit = seams.exit ?? ((code) => process.exit(code));
    this.injectedCrashesLeft = config.consumer.injectedCrashes;
    this.kafka =
      seams.kafka ??
      createKafkaClient(config.kafka, `${config.kafka.clientId}-${config.service.name}`);
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
    this.closing = true;
    clearTimeout(this.restartTimer);
    // Disconnecting leaves the group at once, so the partitions move without a session timeout.
    await this.consumer?.disconnect();
    await this.producer?.client.disconnect().catch(() => undefined);
    await this.admin?.then((admin) => admin.disconnect()).catch(() => undefined);
    this.progress.setState(this.groupId, 'stopped');
  }

  on(): void {
    throw new Error('KafkaBatchTransport emits no events to subscribe to.');
  }

  unwrap<T>(): T {
    return this.kafka as T;
  }

  private async start(): Promise<void> {
    this.progress.setState(this.groupId, 'starting');
    const inputs = [...this.messageHandlers.keys()]
      .filter((pattern) => !pattern.endsWith(BATCH_PATTERN_SUFFIX))
      .map((pattern) => this.topicId(pattern));
    // A cluster still starting answers with retriable errors (no leader yet, coordinator not
    // available, a topic not yet in its metadata): wait for it rather than crash at boot.
    await retryWhileRetriable(
      () =>
        ensureTopics(this.kafka, this.config.kafka, [
          ...new Set([...inputs, ...this.outputTopics, 'deadLetter' as const]),
        ]),
      this.log,
    );
    await this.transactionalProducer();
    await this.runConsumer(inputs.map((id) => this.config.kafka.topics[id]));
    this.log.log({ groupId: this.groupId, topics: inputs }, 'Consumer started');
  }

  private async runConsumer(topics: readonly string[]): Promise<void> {
    const consumer = this.kafka.consumer(consumerSettings(this.config.kafka, this.groupId));
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.settleTransactions();
      if (payload.restart) {
        this.progress.setState(this.groupId, 'restarting');
        this.log.warn(
          { groupId: this.groupId, error: describeError(payload.error) },
          'Consumer crashed; kafkajs restarts it',
        );
      } else {
        this.restartAfterCrash(topics, payload.error);
      }
    });
    // A fetch that held only transaction markers (or aborted records) never reaches a handler:
    // kafkajs moves past it by itself, and this is where its lag is seen.
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      if (payload.batchSize === 0) {
        const partition = `${payload.topic}/${payload.partition}`;
        this.progress.observeLag(this.groupId, partition, Number(payload.offsetLag));
      }
    });
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      this.progress.setState(this.groupId, 'running');
      const partitions = Object.entries(payload.memberAssignment).flatMap(([topic, ps]) =>
        ps.map((p) => `${topic}/${p}`),
      );
      this.progress.assigned(this.groupId, partitions);
      this.unchecked.clear();
      this.committedOffsets.clear();
      for (const partition of partitions) this.unchecked.add(partition);
    });
    await retryWhileRetriable(() => consumer.connect(), this.log);
    // A topic another service created a moment ago may not be in this broker's metadata yet.
    await retryWhileRetriable(
      () => consumer.subscribe({ topics: [...topics], fromBeginning: true }),
      this.log,
    );
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /** kafkajs gives up on errors it deems not retriable; a consumer must not stop for them. */
  private restartAfterCrash(topics: readonly string[], error: Error): void {
    if (this.closing) return;
    this.restarts += 1;
    if (this.restarts > this.config.consumer.maxRestarts) {
      this.progress.setState(this.groupId, 'failed');
      this.log.error(
        { groupId: this.groupId, restarts: this.restarts - 1, error: describeError(error) },
        'Consumer cannot be restarted; exiting',
      );
      this.exit(1);
      return;
    }
    const delayMs = Math.min(MAX_RESTART_BACKOFF_MS, 500 * 2 ** (this.restarts - 1));
    this.progress.setState(this.groupId, 'restarting');
    this.log.error(
      { groupId: this.groupId, restart: this.restarts, delayMs, error: describeError(error) },
      'Consumer crashed; restarting it',
    );
    this.restartTimer = setTimeout(() => {
      const crashed = this.consumer;
      void (async () => {
        await crashed?.disconnect().catch(() => undefined);
        if (this.closing) return;
        await this.runConsumer(topics);
      })().catch((restartError: unknown) => this.restartAfterCrash(topics, toError(restartError)));
    }, delayMs);
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
    if (topicId === undefined || handler === null) {
      throw new Error(`No handler for topic ${batch.topic}`);
    }
    const batchHandler = this.getHandlerByPattern(`${topicId}${BATCH_PATTERN_SUFFIX}`);
    const partition = `${batch.topic}/${batch.partition}`;
    if (this.injectedCrashesLeft > 0) {
      this.injectedCrashesLeft -= 1;
      throw Object.assign(new Error('Consumer crash injected by SIJILL_FAULT_CONSUMER_CRASHES'), {
        retriable: false,
      });
    }
    this.progress.setState(this.groupId, 'running');
    this.progress.observeLag(
      this.groupId,
      partition,
      lagAfter(batch.highWatermark, batch.firstOffset() ?? batch.highWatermark),
    );
    const stopping = () => !payload.isRunning() || payload.isStale();
    const messages = this.unchecked.has(partition)
      ? await this.notYetCommitted(payload)
      : batch.messages;
    let pending: HandledMessage[] = [];
    let pendingBytes = 0;
    let whole = true;
    for (let first = 0; first < messages.length && whole; first += MAX_BATCH_MESSAGES) {
      if (stopping()) {
        whole = false;
        break;
      }
      const chunk = messages.slice(first, first + MAX_BATCH_MESSAGES);
      const startedAt = process.hrtime.bigint();
      const inbound = chunk.map((message) => toInbound(batch.topic, batch.partition, message));
      const actions =
        batchHandler === null ? undefined : await this.actOnBatch(batchHandler, inbound, payload);
      if (actions === 'stopping') {
        whole = false;
        break;
      }
      for (const [i, message] of chunk.entries()) {
        if (stopping()) {
          whole = false;
          break;
        }
        const input = inbound[i];
        const messageStartedAt = actions === undefined ? process.hrtime.bigint() : startedAt;
        // Without a batch handler, or when the batch failed, each message is handled on its own:
        // a poison message is then dead-lettered alone.
        const action =
          actions?.[i] ??
          (input === undefined ? undefined : await this.actWithRetry(handler, input, payload));
        if (action === undefined) {
          whole = false;
          break;
        }
        const bytes = outputBytes(message, action);
        if (pending.length > 0 && pendingBytes + bytes > TRANSACTION_BYTES) {
          await this.commitHandled(payload, pending);
          pending = [];
          pendingBytes = 0;
        }
        pending.push({ message, action, startedAt: messageStartedAt });
        pendingBytes += bytes;
      }
      await payload.heartbeat();
    }
    // A whole batch is committed through its last offset, past the transaction markers that
    // follow its last message: otherwise the group's position sits on a marker, a restart fetches
    // it again, and the partition looks one message behind for ever.
    await this.commitHandled(payload, pending, whole ? batch.lastOffset() : undefined);
  }

  /**
   * The messages of a batch that the group has not committed yet. A partition's position is not
   * trusted after a join or a failed commit: a rejoining consumer reads the group's offsets without
   * waiting for a transaction whose commit is still being completed, and a commit whose answer was
   * lost (the broker gone mid-request) may have been applied all the same. Either way the
   * partition would be read again from before that transaction, and its outputs written twice.
   * So the producer first settles every transaction of this instance (a new producer's
   * initialisation waits for, or aborts, whatever the last one left open), then the group's
   * committed offset is read from the broker, and messages below it are not handled again.
   */
  private async notYetCommitted(payload: EachBatchPayload): Promise<KafkaMessage[]> {
    const { batch } = payload;
    const partition = `${batch.topic}/${batch.partition}`;
    if (!this.committedOffsets.has(partition)) await this.readCommittedOffsets();
    const committed = this.committedOffsets.get(partition) ?? -1n;
    this.committedOffsets.delete(partition);
    this.unchecked.delete(partition);
    const fresh = batch.messages.filter((m) => BigInt(m.offset) >= committed);
    const skipped = batch.messages.length - fresh.length;
    if (skipped > 0) {
      this.log.warn(
        { topic: batch.topic, partition: batch.partition, committed: String(committed), skipped },
        'Messages the group already committed are not handled again',
      );
      if (fresh.length === 0) payload.resolveOffset(String(committed - 1n));
    }
    return fresh;
  }

  /**
   * Settles this instance's transactions (a producer that has committed since its initialisation
   * is replaced: the new one's initialisation completes or aborts what the old one began), then
   * reads the group's committed offset of every unchecked partition (-1 when none).
   */
  private async readCommittedOffsets(): Promise<void> {
    if (this.producerCommitted) this.replaceProducer(await this.transactionalProducer());
    await this.transactionalProducer();
    const unchecked = [...this.unchecked];
    const topics = [...new Set(unchecked.map((p) => p.slice(0, p.lastIndexOf('/'))))];
    const admin = await this.adminClient();
    const offsets = await admin.fetchOffsets({ groupId: this.groupId, topics });
    for (const { topic, partitions } of offsets) {
      for (const { partition, offset } of partitions) {
        const key = `${topic}/${partition}`;
        if (this.unchecked.has(key)) this.committedOffsets.set(key, BigInt(offset));
      }
    }
  }

  /**
   * After a crash the consumer joins again, and its first batches wait for this instance's
   * transactions to settle (see `notYetCommitted`): a new producer starts initialising at once,
   * while the group still waits for the crashed member's session to expire.
   */
  private settleTransactions(): void {
    const producer = this.producer;
    if (!this.producerCommitted || producer === undefined) return;
    this.replaceProducer(producer.client);
    this.transactionalProducer().catch(() => undefined);
  }

  /** An admin client for reading the group's committed offsets, connected on first use. */
  private adminClient(): Promise<Admin> {
    if (this.admin !== undefined) return this.admin;
    const admin = this.kafka.admin();
    const connected = admin.connect().then(() => admin);
    this.admin = connected;
    connected.catch(() => {
      if (this.admin === connected) this.admin = undefined;
    });
    return connected;
  }

  /**
   * Handles a chunk of messages with one call of the topic's batch handler, within the sum of its
   * messages' time budgets. An infrastructure fault is retried with backoff for as long as it lasts. A failure
   * of any other kind, a timeout or an answer of the wrong length gives `undefined`: the messages
   * are then handled one by one, so only a poison message is dead-lettered. `'stopping'`: the group
   * took the partition away or the consumer is stopping.
   */
  private async actOnBatch(
    handler: MessageHandler,
    inbound: readonly InboundMessage[],
    payload: EachBatchPayload,
  ): Promise<readonly MessageAction[] | undefined | 'stopping'> {
    const stopping = () => !payload.isRunning() || payload.isStale();
    for (let attempt = 1; ; attempt++) {
      try {
        const actions = await this.withinBudget(
          handler,
          inbound,
          payload,
          this.config.consumer.messageTimeoutMs * inbound.length,
        );
        if (Array.isArray(actions) && actions.length === inbound.length) {
          return actions as MessageAction[];
        }
        this.log.warn(
          { ...inbound[0]?.position, messages: inbound.length },
          'Batch handler answered for another number of messages; handling them one by one',
        );
        return undefined;
      } catch (error) {
        if (stopping()) return 'stopping';
        if (!isInfrastructureFault(error)) {
          this.log.warn(
            { ...inbound[0]?.position, messages: inbound.length, error: describeError(error) },
            'Batch handling failed; handling its messages one by one',
          );
          return undefined;
        }
        const delayMs = Math.min(MAX_BACKOFF_MS, 100 * 2 ** attempt);
        this.log.warn(
          { ...inbound[0]?.position, attempt, delayMs, error: describeError(error) },
          'Batch handling failed on infrastructure; retrying',
        );
        await this.waitHeartbeating(payload, delayMs, stopping);
      }
    }
  }

  private async waitHeartbeating(
    payload: EachBatchPayload,
    delayMs: number,
    stopping: () => boolean,
  ): Promise<void> {
    const until = Date.now() + delayMs;
    while (Date.now() < until && !stopping()) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, until - Date.now())));
      await payload.heartbeat().catch(() => undefined);
    }
  }

  private async commitHandled(
    payload: EachBatchPayload,
    handled: HandledMessage[],
    through?: string,
  ): Promise<void> {
    const { batch } = payload;
    const last = handled.at(-1);
    if (last === undefined) return;
    const end = through ?? last.message.offset;
    try {
      await this.commit(batch.topic, batch.partition, handled, end, false);
    } catch (error) {
      if (!isTooLarge(error) || !handled.some((h) => h.action.kind === 'dead-letter')) {
        // Nothing was committed: the batch is fetched again and handled again (idempotently).
        this.log.error(
          {
            topic: batch.topic,
            partition: batch.partition,
            firstOffset: handled[0]?.message.offset,
            lastOffset: last.message.offset,
            error: describeError(error),
          },
          'Batch commit failed; it will be retried',
        );
        this.unchecked.add(`${batch.topic}/${batch.partition}`);
        this.committedOffsets.delete(`${batch.topic}/${batch.partition}`);
        throw error;
      }
      this.log.warn(
        { topic: batch.topic, partition: batch.partition, error: describeError(error) },
        'Dead letter too large for its topic; writing it by reference',
      );
      await this.commit(batch.topic, batch.partition, handled, end, true);
    }
    payload.resolveOffset(end);
    for (const h of handled) this.report(batch.topic, batch.partition, h);
    const lag = lagAfter(batch.highWatermark, nextOffset(end));
    this.metrics.recordLag(batch.topic, batch.partition, lag);
    this.progress.committed(this.groupId, `${batch.topic}/${batch.partition}`, lag);
    this.restarts = 0;
  }

  /**
   * Handles one message within its time budget (heartbeating meanwhile). An infrastructure fault
   * is retried with capped backoff for as long as it lasts; a failure of the message itself is
   * retried a few times, then the message is dead-lettered. `undefined`: the group took the
   * partition away or the consumer is stopping; nothing more is handled from this batch.
   */
  private async actWithRetry(
    handler: MessageHandler,
    inbound: InboundMessage,
    payload: EachBatchPayload,
  ): Promise<MessageAction | undefined> {
    const stopping = () => !payload.isRunning() || payload.isStale();
    const { maxAttempts, messageTimeoutMs } = this.config.consumer;
    let messageFailures = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.withinBudget(
          handler,
          inbound,
          payload,
          messageTimeoutMs,
        )) as MessageAction;
      } catch (error) {
        if (stopping()) return undefined;
        if (error instanceof ProcessingTimeout) {
          return deadLetter('processing-timeout', error.message);
        }
        const infrastructure = isInfrastructureFault(error);
        if (!infrastructure) messageFailures += 1;
        if (!infrastructure && messageFailures >= maxAttempts) {
          const { message, type } = describeError(error);
          return deadLetter(
            'processing-failed',
            `failed ${messageFailures} times: ${type ?? 'Error'}: ${message}`,
          );
        }
        const delayMs = Math.min(MAX_BACKOFF_MS, 100 * 2 ** attempt);
        this.log.warn(
          { ...inbound.position, attempt, infrastructure, delayMs, error: describeError(error) },
          'Message handling failed; retrying',
        );
        await this.waitHeartbeating(payload, delayMs, stopping);
      }
    }
  }

  /** Runs a handler on one message or a batch (heartbeating meanwhile); rejects past the budget. */
  private async withinBudget(
    handler: MessageHandler,
    data: InboundMessage | readonly InboundMessage[],
    payload: EachBatchPayload,
    budgetMs: number,
  ): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    // The group must not take the partition away while a long message is being handled.
    const heartbeat = setInterval(() => {
      payload.heartbeat().catch(() => undefined);
    }, this.config.kafka.heartbeatIntervalMs);
    try {
      const handled = (async () => {
        const result: unknown = await handler(data);
        return await lastValueFrom(this.transformToObservable(result));
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ProcessingTimeout(budgetMs)), budgetMs);
      });
      return await Promise.race([handled, timeout]);
    } finally {
      clearTimeout(timer);
      clearInterval(heartbeat);
    }
  }

  private async commit(
    topic: string,
    partition: number,
    handled: HandledMessage[],
    end: string,
    deadLettersByReference: boolean,
  ): Promise<void> {
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
        case 'dead-letter': {
          const source = {
            topic,
            partition,
            message,
            reason: action.reason,
            detail: action.detail,
            service: this.config.service.name,
            failedAt: new Date().toISOString(),
          };
          add(
            this.config.kafka.topics.deadLetter,
            deadLettersByReference ? buildDeadLetterByReference(source) : buildDeadLetter(source),
          );
          break;
        }
        case 'skip':
          break;
      }
    }
    const producer = await this.transactionalProducer();
    const transaction = await producer.transaction().catch((error: unknown) => {
      this.replaceProducer(producer, error);
      throw error;
    });
    try {
      if (messagesByTopic.size > 0) {
        await transaction.sendBatch({
          compression: producerCompression(this.config.kafka),
          topicMessages: [...messagesByTopic].map(([t, messages]) => ({ topic: t, messages })),
        });
      }
      await transaction.sendOffsets({
        consumerGroupId: this.groupId,
        topics: [{ topic, partitions: [{ partition, offset: nextOffset(end) }] }],
      });
      await transaction.commit();
      this.producerCommitted = true;
    } catch (error) {
      // kafkajs leaves a producer whose commit or abort failed (a broker gone mid-request) in a
      // state that refuses every later transaction: only a new producer gets out of it.
      const aborted = await transaction.abort().then(
        () => true,
        () => false,
      );
      if (!aborted) this.replaceProducer(producer, error);
      throw error;
    }
  }

  /**
   * The transactional producer, connecting it on first use (retrying while the cluster answers
   * with retriable errors). Its transactional id is the instance's, so a new one fences the old
   * and the coordinator aborts whatever transaction the old one left open.
   */
  private transactionalProducer(): Promise<Producer> {
    if (this.producer !== undefined) return this.producer.connected;
    const client = this.kafka.producer({
      transactionalId: `${this.groupId}-${this.config.service.instanceId}`,
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    const producer = {
      client,
      connected: retryWhileRetriable(() => client.connect(), this.log).then(() => client),
    };
    this.producer = producer;
    producer.connected.catch(() => {
      if (this.producer === producer) this.producer = undefined;
    });
    return producer.connected;
  }

  /**
   * Drops a producer, which the next commit replaces by a new one: one a failed transaction left
   * unusable (`error`), or one replaced only so that the new one's initialisation settles every
   * transaction the old one began.
   */
  private replaceProducer(client: Producer, error?: unknown): void {
    if (this.producer?.client !== client) return;
    this.producer = undefined;
    this.producerCommitted = false;
    if (error !== undefined) {
      this.log.warn(
        { groupId: this.groupId, error: describeError(error) },
        'Transaction could not be ended; replacing the producer',
      );
    }
    client.disconnect().catch(() => undefined);
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

function deadLetter(reason: DeadLetterAction['reason'], detail: string): DeadLetterAction {
  return { kind: 'dead-letter', reason, detail };
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

/** Roughly what a message's outputs weigh in a transaction. */
function outputBytes(message: KafkaMessage, action: MessageAction): number {
  switch (action.kind) {
    case 'produce':
      return action.records.reduce((sum, r) => sum + JSON.stringify(r.value).length, 0);
    case 'dead-letter':
      return (message.value?.length ?? 0) + (message.key?.length ?? 0);
    case 'skip':
      return 0;
  }
}

function nextOffset(offset: string): string {
  return (BigInt(offset) + 1n).toString();
}

function lagAfter(highWatermark: string, next: string): number {
  const lag = BigInt(highWatermark) - BigInt(next);
  return Number(lag < 0n ? 0n : lag);
}

function isTooLarge(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    if (TOO_LARGE.has(String((e as { type?: unknown }).type))) return true;
  }
  return false;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
