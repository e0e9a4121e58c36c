import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { AcceptedArticle } from '@sijill/contracts';
import { type SijillConfig } from '@sijill/config';
import type { OverlapParams, PreparedArticle } from '@sijill/core';
import Piscina from 'piscina';
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
  private readonly pool?: Piscina<NormalisationTask | undefined, PreparedArticle>;
  private readonly budgetMs: number;

  constructor(config: SijillConfig, workerFile: string = WORKER_FILE) {
    this.budgetMs = config.consumer.messageTimeoutMs;
    const threads = config.intake.normalisationThreads;
    if (threads > 0 && existsSync(workerFile)) {
      this.pool = new Piscina({
        filename: workerFile,
        minThreads: threads,
        maxThreads: threads,
        idleTimeout: Number.MAX_SAFE_INTEGER,
      });
    }
  }

  /** Threads preparing at once; 0 when articles are prepared on the event loop. */
  get threads(): number {
    return this.pool?.maxThreads ?? 0;
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
    const budgetMs = (index: number) =>
      this.budgetMs * (1 + Math.floor(index / Math.max(1, pool.maxThreads)));
    return (batch, params) =>
      Promise.all(batch.map((accepted, i) => run(pool, { accepted, params }, budgetMs(i))));
  }

  /** Waits until every thread has loaded its modules, so the consumer starts on warm threads. */
  async onModuleInit(): Promise<void> {
    const pool = this.pool;
    if (pool === undefined) return;
    await Promise.all(
      Array.from({ length: pool.maxThreads }, () => pool.run(undefined, { name: 'warmUp' })),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
  }
}

async function run(
  pool: Piscina<NormalisationTask | undefined, PreparedArticle>,
  task: NormalisationTask,
  budgetMs: number,
): Promise<PreparedArticle> {
  const signal = AbortSignal.timeout(budgetMs);
  try {
    return await pool.run(task, { signal });
  } catch (error) {
    if (signal.aborted) {
      throw new Error(
        `Normalisation of ${task.accepted.articleId} ran past its budget of ${budgetMs} ms`,
      );
    }
    throw error;
  }
}
