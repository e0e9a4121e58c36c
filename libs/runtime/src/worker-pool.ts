import { existsSync } from 'node:fs';
import Piscina from 'piscina';

/**
 * A fixed number of worker threads (piscina) running one compiled worker file, whose default
 * export does a task and whose `warmUp` export answers once the thread has loaded what it needs.
 * Threads stay up for the service's life. A task that runs past its budget is aborted, which ends
 * its thread (the pool starts another).
 */
export class WorkerPool<Task, Result> {
  private constructor(private readonly pool: Piscina<Task | undefined, Result>) {}

  /**
   * A pool of `threads` threads on `workerFile`; undefined with 0 threads or no compiled worker
   * (as when run from sources), so the caller works in place.
   */
  static open<Task, Result>(
    workerFile: string,
    threads: number,
  ): WorkerPool<Task, Result> | undefined {
    if (threads <= 0 || !existsSync(workerFile)) return undefined;
    return new WorkerPool<Task, Result>(
      new Piscina({
        filename: workerFile,
        minThreads: threads,
        maxThreads: threads,
        idleTimeout: Number.MAX_SAFE_INTEGER,
      }),
    );
  }

  get threads(): number {
    return this.pool.maxThreads;
  }

  /** Runs one task; past `budgetMs` the task is aborted and `pastBudget` answers instead. */
  async run<Late>(task: Task, budgetMs: number, pastBudget: () => Late): Promise<Result | Late> {
    const signal = AbortSignal.timeout(budgetMs);
    try {
      return await this.pool.run(task, { signal });
    } catch (error) {
      if (signal.aborted) return pastBudget();
      throw error;
    }
  }

  /** Waits until every thread has warmed up, so no task's budget is spent on a thread's start. */
  async warmUp(): Promise<void> {
    await Promise.all(
      Array.from({ length: this.threads }, () => this.pool.run(undefined, { name: 'warmUp' })),
    );
  }

  async destroy(): Promise<void> {
    await this.pool.destroy();
  }
}

/**
 * The budget of the task at `index` of a batch spread over `threads` threads: one budget for each
 * wave of tasks queued before it and its own.
 */
export function queuedBudgetMs(budgetMs: number, index: number, threads: number): number {
  return budgetMs * (1 + Math.floor(index / Math.max(1, threads)));
}
