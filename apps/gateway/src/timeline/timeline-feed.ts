import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { SijillConfig } from '@sijill/config';
import { TimelineEntrySchema } from '@sijill/contracts';
import { describeError } from '@sijill/logging';
import {
  consumerSettings,
  ensureTopics,
  KafkaConnection,
  retryWhileRetriable,
} from '@sijill/kafka';
import type { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { type Observable, Subject } from 'rxjs';
import type { EventStreamSource } from './write-event-stream';
import type { StreamCursor } from './stream-cursor';
import { TimelineLog, type TimelineRecord } from './timeline-log';

/** Whether the feed has read the timeline topic up to where it ended when the gateway started. */
export type FeedState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'catching-up'; readonly behind: readonly number[] }
  | { readonly kind: 'live' }
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * The gateway's subscription to the public timeline topic: reads it from the beginning and then
 * follows it, keeping a `TimelineLog` for queries and event streams. It never commits offsets:
 * each instance reads in a consumer group of its own, and a restart reads the topic again (the log
 * ignores offsets it has already taken).
 */
@Injectable()
export class TimelineFeed implements OnApplicationBootstrap, OnModuleDestroy, EventStreamSource {
  private readonly logger = new Logger(TimelineFeed.name);
  readonly log = new TimelineLog();
  private readonly appended = new Subject<readonly TimelineRecord[]>();
  /** The records accepted from each batch, once they are in the log. */
  readonly appended$: Observable<readonly TimelineRecord[]> = this.appended.asObservable();
  private consumer?: Consumer;
  /** Per partition, the offset the feed must reach to have read what existed at start. */
  private targets?: Map<number, bigint>;
  /** Per partition, the next offset to read (control records included). */
  private readonly positions = new Map<number, bigint>();
  private live = false;
  private failure?: string;
  private startedAt = 0;

  constructor(
    private readonly config: SijillConfig,
    private readonly connection: KafkaConnection,
  ) {}

  get state(): FeedState {
    if (this.failure !== undefined) return { kind: 'failed', reason: this.failure };
    if (this.live) return { kind: 'live' };
    if (this.targets === undefined) return { kind: 'starting' };
    return { kind: 'catching-up', behind: this.partitionsBehind() };
  }

  after(cursor: StreamCursor, limit: number): readonly TimelineRecord[] {
    return this.log.after(cursor, limit);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.startedAt = performance.now();
    const { kafka } = this.connection;
    const topic = this.config.kafka.topics.timeline;
    await ensureTopics(kafka, this.config.kafka, ['timeline']);
    // The topic may have been created a moment ago: its leader can still be on its way.
    this.targets = await retryWhileRetriable(() => this.endOffsets(topic), this.logger);
    const groupId = `${this.config.kafka.consumerGroup}-${this.config.service.instanceId}-${randomBytes(4).toString('hex')}`;
    const consumer = kafka.consumer(consumerSettings(this.config.kafka, groupId));
    this.consumer = consumer;
    // Batches of control records only (transaction markers) reach no handler but move the position.
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      this.advance(payload.partition, payload.lastOffset);
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.logger.error(
        { topic, groupId, restart: payload.restart, error: describeError(payload.error) },
        'Timeline feed crashed',
      );
      if (!payload.restart) this.failure = `the consumer stopped: ${payload.error.message}`;
    });
    await consumer.connect();
    await retryWhileRetriable(
      () => consumer.subscribe({ topic, fromBeginning: true }),
      this.logger,
    );
    await consumer.run({ autoCommit: false, eachBatch: (payload) => this.take(payload) });
    this.logger.log({ topic, groupId }, 'Timeline feed started');
    this.checkCaughtUp();
  }

  /** Ends open event streams, then stops reading. */
  async onModuleDestroy(): Promise<void> {
    this.appended.complete();
    await this.consumer?.disconnect();
  }

  private take({ batch }: EachBatchPayload): Promise<void> {
    const accepted: TimelineRecord[] = [];
    for (const message of batch.messages) {
      const entry = this.decode(batch.topic, batch.partition, message);
      if (entry === undefined) continue;
      const outcome = this.log.offer(batch.partition, BigInt(message.offset), entry);
      switch (outcome.kind) {
        case 'accepted':
          accepted.push(outcome.record);
          break;
        case 'stale':
          this.logger.debug(
            { entryId: entry.id, revision: entry.revision, heldRevision: outcome.heldRevision },
            'Stale timeline revision ignored',
          );
          break;
        case 'repeated':
          break;
      }
    }
    if (accepted.length > 0) this.appended.next(accepted);
    this.advance(batch.partition, batch.lastOffset());
    return Promise.resolve();
  }

  /** Our own output, validated all the same; a record that does not match is logged and skipped. */
  private decode(topic: string, partition: number, message: KafkaMessage) {
    const position = { topic, partition, offset: message.offset };
    if (message.value === null) {
      this.logger.warn(position, 'Timeline tombstone skipped');
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(message.value.toString('utf8'));
    } catch {
      this.logger.warn({ ...position, reason: 'not JSON' }, 'Timeline record skipped');
      return undefined;
    }
    const parsed = TimelineEntrySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const reason = `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`;
      this.logger.warn({ ...position, reason }, 'Timeline record skipped');
      return undefined;
    }
    return parsed.data;
  }

  private advance(partition: number, lastOffset: string): void {
    const next = BigInt(lastOffset) + 1n;
    if (next > (this.positions.get(partition) ?? 0n)) this.positions.set(partition, next);
    this.checkCaughtUp();
  }

  private checkCaughtUp(): void {
    if (this.live || this.targets === undefined || this.consumer === undefined) return;
    if (this.partitionsBehind().length > 0) return;
    this.live = true;
    this.logger.log(
      {
        topic: this.config.kafka.topics.timeline,
        entries: this.log.entryCount,
        records: this.log.recordCount,
        durationMs: Math.round(performance.now() - this.startedAt),
      },
      'Timeline feed caught up',
    );
  }

  private partitionsBehind(): number[] {
    return [...(this.targets ?? [])]
      .filter(([partition, target]) => (this.positions.get(partition) ?? 0n) < target)
      .map(([partition]) => partition);
  }

  /** Where each partition ended at start; an empty partition (low = high) is already read. */
  private async endOffsets(topic: string): Promise<Map<number, bigint>> {
    const admin = this.connection.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      return new Map(
        offsets.map(({ partition, high, low }) => [
          partition,
          BigInt(high) > BigInt(low) ? BigInt(high) : 0n,
        ]),
      );
    } finally {
      await admin.disconnect();
    }
  }
}
