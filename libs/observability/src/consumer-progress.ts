import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

/** Where a consumer stands: fetching, being restarted after a crash, or stopped for good. */
export type ConsumerState = 'starting' | 'running' | 'restarting' | 'stopped' | 'failed';

const STATES: readonly ConsumerState[] = ['starting', 'running', 'restarting', 'stopped', 'failed'];

interface PartitionProgress {
  lag: number;
  /** When this partition last moved forward (or was first seen). */
  movedAt: number;
}

interface ConsumerRecord {
  state: ConsumerState;
  committedAt?: number;
  readonly partitions: Map<string, PartitionProgress>;
}

/** Why a consumer is not doing its work, for readiness. */
export interface ConsumerProblem {
  readonly consumer: string;
  readonly problem: string;
}

/**
 * What each consumer of the process is doing: its state, the lag of every partition it reads and
 * when each last moved, and when it last committed. Readiness asks it whether any consumer is not
 * running or sits on a partition with lag that has not moved for the stall timeout; Prometheus
 * reads the same figures.
 */
@Injectable()
export class ConsumerProgress {
  private readonly consumers = new Map<string, ConsumerRecord>();

  constructor(registry: MetricsRegistry) {
    const consumers = this.consumers;
    const gauge = <L extends string>(
      name: string,
      help: string,
      labelNames: readonly L[],
      collect: (set: (labels: Record<L, string>, value: number) => void) => void,
    ) =>
      new Gauge<L>({
        name,
        help,
        labelNames,
        registers: [registry.registry],
        collect() {
          collect((labels, value) => this.set(labels, value));
        },
      });
    gauge(
      'sijill_consumer_state',
      '1 for the state each consumer (group) is in, 0 for the others.',
      ['consumer', 'state'],
      (set) => {
        for (const [consumer, record] of consumers) {
          for (const state of STATES) set({ consumer, state }, record.state === state ? 1 : 0);
        }
      },
    );
    gauge(
      'sijill_consumer_seconds_since_commit',
      'Seconds since the consumer last committed a batch (absent before its first commit).',
      ['consumer'],
      (set) => {
        const now = Date.now();
        for (const [consumer, record] of consumers) {
          if (record.committedAt !== undefined)
            set({ consumer }, (now - record.committedAt) / 1000);
        }
      },
    );
    gauge(
      'sijill_consumer_partition_lag',
      'Messages behind the end of each partition a consumer reads, as last seen.',
      ['consumer', 'partition'],
      (set) => {
        for (const [consumer, record] of consumers) {
          for (const [partition, progress] of record.partitions) {
            set({ consumer, partition }, progress.lag);
          }
        }
      },
    );
  }

  setState(consumer: string, state: ConsumerState): void {
    this.record(consumer).state = state;
  }

  /**
   * What a fetch showed: `lag` messages from the next one to handle to the end of the partition.
   * A partition that was caught up starts its stall clock when lag appears, not when it last moved.
   */
  observeLag(consumer: string, partition: string, lag: number, now = Date.now()): void {
    const partitions = this.record(consumer).partitions;
    const known = partitions.get(partition);
    if (known === undefined) partitions.set(partition, { lag, movedAt: now });
    else {
      if (known.lag === 0 || lag < known.lag) known.movedAt = now;
      known.lag = lag;
    }
  }

  /** A batch was committed on `partition`, leaving `lag` behind. */
  committed(consumer: string, partition: string, lag: number, now = Date.now()): void {
    const record = this.record(consumer);
    record.committedAt = now;
    record.partitions.set(partition, { lag, movedAt: now });
  }

  /** The group took partitions away or gave new ones: forget what is no longer ours. */
  assigned(consumer: string, partitions: readonly string[], now = Date.now()): void {
    const record = this.record(consumer);
    const keep = new Set(partitions);
    for (const partition of record.partitions.keys()) {
      if (!keep.has(partition)) record.partitions.delete(partition);
    }
    for (const partition of partitions) {
      const known = record.partitions.get(partition);
      if (known === undefined) record.partitions.set(partition, { lag: 0, movedAt: now });
      else known.movedAt = now;
    }
  }

  /** Every consumer not running, or holding a partition with lag that has not moved in time. */
  problems(stallTimeoutMs: number, now = Date.now()): ConsumerProblem[] {
    const problems: ConsumerProblem[] = [];
    for (const [consumer, record] of this.consumers) {
      if (record.state !== 'running') {
        problems.push({ consumer, problem: `consumer is ${record.state}` });
        continue;
      }
      const stalled = [...record.partitions]
        .filter(([, p]) => p.lag > 0 && now - p.movedAt > stallTimeoutMs)
        .map(([partition]) => partition);
      if (stalled.length > 0) {
        problems.push({
          consumer,
          problem: `no progress for ${Math.round(stallTimeoutMs / 1000)} s on ${stalled.join(', ')}`,
        });
      }
    }
    return problems;
  }

  private record(consumer: string): ConsumerRecord {
    let record = this.consumers.get(consumer);
    if (record === undefined) {
      record = { state: 'starting', partitions: new Map() };
      this.consumers.set(consumer, record);
    }
    return record;
  }
}
