import { queuedBudgetMs, WorkerPool } from './worker-pool';

describe('WorkerPool.open', () => {
  it('opens no pool with 0 threads or without a compiled worker file', () => {
    expect(WorkerPool.open(__filename, 0)).toBeUndefined();
    expect(WorkerPool.open('/nowhere/absent.worker.js', 2)).toBeUndefined();
  });
});

describe('queuedBudgetMs', () => {
  it.each([
    { index: 0, threads: 2, expected: 100 },
    { index: 1, threads: 2, expected: 100 },
    { index: 2, threads: 2, expected: 200 },
    { index: 5, threads: 2, expected: 300 },
    { index: 3, threads: 0, expected: 400 },
  ])('task $index over $threads threads has $expected ms', ({ index, threads, expected }) => {
    expect(queuedBudgetMs(100, index, threads)).toBe(expected);
  });
});
