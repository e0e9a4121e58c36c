import { ConsumerProgress } from './consumer-progress';
import { MetricsRegistry } from './metrics-registry';

const STALL_MS = 60_000;

function runningConsumer(): ConsumerProgress {
  const progress = new ConsumerProgress(new MetricsRegistry());
  progress.setState('group', 'running');
  progress.assigned('group', ['topic/0'], 0);
  return progress;
}

describe('ConsumerProgress', () => {
  it('reports a consumer that is not running', () => {
    const progress = runningConsumer();
    progress.setState('group', 'restarting');
    expect(progress.problems(STALL_MS, 1_000)).toEqual([
      { consumer: 'group', problem: 'consumer is restarting' },
    ]);
  });

  it('reports a partition with lag that has not moved for the stall timeout', () => {
    const progress = runningConsumer();
    progress.observeLag('group', 'topic/0', 5, 1_000);
    expect(progress.problems(STALL_MS, 1_000 + STALL_MS - 1)).toEqual([]);
    expect(progress.problems(STALL_MS, 1_000 + STALL_MS + 1)).toEqual([
      { consumer: 'group', problem: 'no progress for 60 s on topic/0' },
    ]);
  });

  it('keeps a caught-up partition ready however long it stays idle', () => {
    const progress = runningConsumer();
    progress.committed('group', 'topic/0', 0, 1_000);
    expect(progress.problems(STALL_MS, 1_000 + 10 * STALL_MS)).toEqual([]);
  });

  it('starts the stall clock when lag appears on a partition that was idle, not when it last moved', () => {
    const progress = runningConsumer();
    progress.committed('group', 'topic/0', 0, 1_000);
    const lagSeenAt = 1_000 + 10 * STALL_MS;
    progress.observeLag('group', 'topic/0', 3, lagSeenAt);
    expect(progress.problems(STALL_MS, lagSeenAt + 1_000)).toEqual([]);
    expect(progress.problems(STALL_MS, lagSeenAt + STALL_MS + 1)).toHaveLength(1);
  });

  it('counts a shrinking lag as progress', () => {
    const progress = runningConsumer();
    progress.observeLag('group', 'topic/0', 9, 1_000);
    progress.observeLag('group', 'topic/0', 4, 1_000 + STALL_MS);
    expect(progress.problems(STALL_MS, 1_000 + STALL_MS + 1_000)).toEqual([]);
  });
});
