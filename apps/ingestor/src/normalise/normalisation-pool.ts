import { join } from 'node:path';
import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { AcceptedArticle } from '@sijill/contracts';
import { type SijillConfig } from '@sijill/config';
import type { OverlapParams, PreparedArticle } from '@sijill/core';
import { queuedBudgetMs, WorkerPool } from '@sijill/runtime';
import type { NormalisationTask } from './normalisation.worker';

// The compiled worker beside this file (the build's output); absent when run from sources.
const WORKER_FILE = join(__dirname, 'normalisation.worker.js');

/**
 * Prepares accepted articles (HTML parsing, chrome removal, language, overlap keys: a few
 * milliseconds of CPU each) on a pool of `SIJILL_NORMALISATION_THREADS` worker threads, so the
 * ingestor's event loop stays free for intake, health checks, metrics and heartbeats. With 0
 * threads (or no compiled worker) `prepareMany` is absent and the use case prepares in place. A
 * task still running past its message's budget (`SIJILL_MESSAGE_TIMEOUT_MS`, one more per wave of
 * `threads` articles queued before it) is aborted, which ends its thread (the pool starts
 * another), and the batch fails: the transport then handles its messages one by one, so only the
 * article that does not end is dead-lettered, and no later article waits behind it.
 * Provided by a factory: `workerFile` is for specs, which run from sources.
 */
export class NormalisationPool implements OnModuleInit, OnApplicationShutdown {
  private readonly pool?: WorkerPool<NormalisationTask, PreparedArticle>;
  private readonly budgetMs: number;

  constructor(config: SijillConfig, workerFile: string = WORKER_FILE) {
    this.budgetMs = config.consumer.messageTimeoutMs;
    this.pool = WorkerPool.open(workerFile, config.intake.normalisationThreads);
  }

  /** Threads preparing at once; 0 when articles are prepared on the event loop. */
  get threads(): number {
    return this.pool?.threads ?? 0;
  }

  /**
   * Prepares a batch across the threads, results in input order; undefined when there are no
   * threads (the caller prepares in place).
   */
  get prepareMany():
    | ((batch: readonly AcceptedArticle[], params: OverlapParams) => Promise<PreparedArticle[]>)
    | undefined {
    const pool = this.pool;
    if (pool === undefined) return undefined;
    return (batch, params) =>
      Promise.all(
        batch.map((accepted, i) => {
          const budgetMs = queuedBudgetMs(this.budgetMs, i, pool.threads);
          return pool.run({ accepted, params }, budgetMs, () => {
            throw new Error(
              `Normalisation of ${accepted.articleId} ran past its budget of ${budgetMs} ms`,
            );
          });
        }),
      );
  }

  /** Waits until every thread has loaded its modules, so the consumer starts on warm threads. */
  async onModuleInit(): Promise<void> {
    await this.pool?.warmUp();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
  }
}
