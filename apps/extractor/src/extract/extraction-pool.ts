import { join } from 'node:path';
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { UniqueArticle } from '@sijill/contracts';
import { SijillConfig } from '@sijill/config';
import { queuedBudgetMs, WorkerPool } from '@sijill/runtime';
import { extractArticle, type ExtractionResult, type ExtractionTask } from './extract-article';
import { LoadedGazetteer } from './loaded-gazetteer';

/** An article's extraction: what it found, or that it ran past the per-message budget. */
export type ExtractionOutcome =
  | ({ readonly kind: 'extracted' } & ExtractionResult)
  | { readonly kind: 'timed-out'; readonly budgetMs: number };

// The compiled worker beside this file (the build's output); absent when run from sources.
const WORKER_FILE = join(__dirname, 'extraction.worker.js');

/**
 * Runs extraction on a small pool of worker threads (`SIJILL_EXTRACTION_THREADS`), so the event
 * loop stays free for health checks, metrics and the consumer's heartbeats however long an
 * article takes. A worker still extracting when its article's budget (`SIJILL_MESSAGE_TIMEOUT_MS`)
 * runs out is terminated and replaced. With 0 threads (or no compiled worker) extraction runs in
 * place, as the offline mode does.
 */
@Injectable()
export class ExtractionPool implements OnModuleInit, OnApplicationShutdown {
  private readonly pool?: WorkerPool<ExtractionTask, ExtractionResult>;

  constructor(
    private readonly config: SijillConfig,
    private readonly loaded: LoadedGazetteer,
  ) {
    this.pool = WorkerPool.open(WORKER_FILE, config.extraction.threads);
  }

  /** Threads extracting at once; 0 when extraction runs on the event loop. */
  get threads(): number {
    return this.pool?.threads ?? 0;
  }

  /** Extracts one article within one message's budget. */
  extract(article: UniqueArticle, now: Date): Promise<ExtractionOutcome> {
    return this.run(article, now, this.config.consumer.messageTimeoutMs);
  }

  /**
   * Extracts a batch of articles across the threads, results in input order. Each article has one
   * message's budget from the moment a thread can take it (articles queue behind each other).
   */
  extractMany(articles: readonly UniqueArticle[], now: Date): Promise<ExtractionOutcome[]> {
    const budgetMs = this.config.consumer.messageTimeoutMs;
    return Promise.all(
      articles.map((article, index) =>
        this.run(article, now, queuedBudgetMs(budgetMs, index, this.threads)),
      ),
    );
  }

  /**
   * Waits until every thread has loaded the gazetteer, so no article's budget is spent on a
   * thread's start and the consumer starts only then.
   */
  async onModuleInit(): Promise<void> {
    await this.pool?.warmUp();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
  }

  private async run(
    article: UniqueArticle,
    now: Date,
    budgetMs: number,
  ): Promise<ExtractionOutcome> {
    const task: ExtractionTask = {
      article,
      maxChars: this.config.extraction.maxChars,
      now: now.toISOString(),
    };
    if (this.pool === undefined) {
      return { kind: 'extracted', ...extractArticle(task, this.loaded.gazetteer) };
    }
    const result = await this.pool.run(task, budgetMs, () => undefined);
    return result === undefined
      ? { kind: 'timed-out', budgetMs }
      : { kind: 'extracted', ...result };
  }
}
