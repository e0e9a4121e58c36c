import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TimelineEntry } from '@sijill/contracts';
import {
  compareTimelines,
  controlProvisionedKafka,
  controlProvisionedRedis,
  pollUntil,
  ServiceProcess,
  testEnvironment,
  TopicProbe,
  writePipelineCorpus,
  type ServiceName,
  type TestEnvironment,
  type TimelineDifference,
} from '@sijill/testing';

// Fault drills for every stage on real Kafka and Redis: half the articles are published, a fault
// strikes once the pipeline is moving, the other half follows, and the final timeline must be the
// offline mode's for the same articles: no entry or source lost or doubled, every service ready
// again by itself. Each drill prints its figures.

const cli = join(__dirname, '..', 'dist', 'apps', 'cli', 'src', 'main.js');
const STAGES: readonly ServiceName[] = ['ingestor', 'extractor', 'timeline'];

/** The services of one drill, by instance id, in their own namespace. */
class Pipeline {
  readonly services = new Map<string, { name: ServiceName; process: ServiceProcess }>();

  constructor(readonly env: TestEnvironment) {}

  async start(
    name: ServiceName,
    instance: string = name,
    env: Record<string, string> = {},
  ): Promise<ServiceProcess> {
    const process = await ServiceProcess.start(name, {
      ...this.env.serviceEnv,
      ...env,
      SIJILL_INSTANCE_ID: `${this.env.namespace}-${instance}`,
    });
    this.services.set(instance, { name, process });
    await process.waitForReadiness(200, 120_000);
    return process;
  }

  get(instance: string): ServiceProcess {
    const service = this.services.get(instance);
    if (service === undefined) throw new Error(`No instance ${instance}`);
    return service.process;
  }

  /** SIGKILL, then the same instance again; resolves to the seconds it took to be ready. */
  async killAndRestart(instance: string): Promise<number> {
    const { name, process } = this.services.get(instance) ?? {};
    if (name === undefined || process === undefined) throw new Error(`No instance ${instance}`);
    process.kill('SIGKILL');
    await process.exited;
    const startedAt = Date.now();
    await this.start(name, instance);
    return (Date.now() - startedAt) / 1000;
  }

  /** Seconds until every running service reports ready, with no restart. */
  async secondsToReady(): Promise<number> {
    const startedAt = Date.now();
    await Promise.all(
      [...this.services.values()]
        .filter((s) => s.process.running)
        .map((s) => s.process.waitForReadiness(200, 120_000)),
    );
    return (Date.now() - startedAt) / 1000;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.services.values()].map((s) => s.process.stop()));
  }
}

/** A service's consumer lag, summed over its partitions, as its `/metrics` reports it. */
async function lagOf(service: ServiceProcess): Promise<number> {
  return (await service.metrics())
    .split('\n')
    .filter((line) => line.startsWith('sijill_consumer_partition_lag{'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

// The drills' target: moving again within this of the broker answering.
const MOVING_AGAIN_MS = 15_000;

/**
 * For each stage, the seconds from `since` to the first message it handled after that; a stage
 * that handled none and has no lag once the target time has passed had nothing to move (its
 * input was all handled before the fault).
 */
async function secondsToMove(pipeline: Pipeline, since: number): Promise<string> {
  const figures = await Promise.all(
    STAGES.map(async (stage) => {
      const service = pipeline.get(stage);
      const handled = () =>
        service
          .logsWhere((l) => l.msg === 'Message handled' && Date.parse(String(l.time)) >= since)
          .at(0);
      const outcome = await pollUntil(
        async () => {
          const first = handled();
          if (first !== undefined)
            return `${((Date.parse(String(first.time)) - since) / 1000).toFixed(1)} s`;
          if (Date.now() - since < MOVING_AGAIN_MS) return undefined;
          const lag = await lagOf(service);
          return lag === 0 ? 'nothing to move' : undefined;
        },
        { timeoutMs: 120_000, intervalMs: 250 },
      );
      return `${stage} ${outcome.kind === 'done' ? outcome.value : 'not moving'}`;
    }),
  );
  return figures.join(', ');
}

function publish(env: TestEnvironment, file: string): void {
  const published = spawnSync(process.execPath, [cli, 'publish', file], {
    env: { ...process.env, ...env.serviceEnv },
    encoding: 'utf8',
  });
  if (published.status !== 0) throw new Error(`publish failed: ${published.stderr}`);
}

/** The final timeline compared with the expected one, read afresh from the start of the topic. */
async function finalDifference(
  env: TestEnvironment,
  expected: readonly TimelineEntry[],
): Promise<TimelineDifference> {
  const probe = await TopicProbe.start(env.brokers, [env.topics.timeline]);
  try {
    const difference = () =>
      compareTimelines(expected, probe.values<TimelineEntry>(env.topics.timeline));
    await probe.waitFor('the expected timeline', () => difference().same, 180_000).catch(() => {});
    return difference();
  } finally {
    await probe.stop();
  }
}

/** Writes the corpus's lines in `count` consecutive parts beside it; returns their paths. */
function splitCorpus(corpus: string, count: number): string[] {
  const lines = readFileSync(corpus, 'utf8').trimEnd().split('\n');
  const size = Math.ceil(lines.length / count);
  return Array.from({ length: count }, (_, i) => {
    const file = join(dirname(corpus), `part-${count}-${i}.jsonl`);
    writeFileSync(file, `${lines.slice(i * size, (i + 1) * size).join('\n')}\n`);
    return file;
  });
}

describe('fault drills for every stage, on real Kafka and Redis', () => {
  let corpus: string;
  let halves: string[];
  let articles: number;
  let expected: TimelineEntry[];

  beforeAll(() => {
    corpus = writePipelineCorpus('drills');
    articles = readFileSync(corpus, 'utf8').trimEnd().split('\n').length;
    halves = splitCorpus(corpus, 2);
    const offline = spawnSync(process.execPath, [cli, 'process', corpus], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (offline.status !== 0) throw new Error(`offline run failed: ${offline.stderr}`);
    expected = (JSON.parse(offline.stdout) as { events: TimelineEntry[] }).events;
  });

  /** Prints a drill's figures, then checks that its final timeline lost and doubled nothing. */
  function expectNothingLostOrDoubled(
    label: string,
    difference: TimelineDifference,
    recovery: string,
  ): void {
    process.stdout.write(
      `[drill] ${label}: ${articles} articles, ${difference.entries} entries expected; ` +
        `entries lost ${difference.entriesLost}, doubled ${difference.entriesDoubled}; ` +
        `sources lost ${difference.sourcesLost}, doubled ${difference.sourcesDoubled}; ${recovery}\n`,
    );
    expect(difference).toEqual({
      entries: difference.entries,
      entriesLost: 0,
      entriesDoubled: 0,
      sourcesLost: 0,
      sourcesDoubled: 0,
      same: true,
    });
    expect(difference.entries).toBeGreaterThan(10);
  }

  /**
   * Runs one drill: the stages (plus `extra` instances) start, the first half is published, the
   * fault strikes once a mention is out, the second half follows, and the figures are checked.
   */
  async function drill(
    label: string,
    fault: (pipeline: Pipeline) => Promise<number>,
    extra: readonly [ServiceName, string][] = [],
  ): Promise<void> {
    const env = testEnvironment(label);
    const pipeline = new Pipeline(env);
    let probe: TopicProbe | undefined;
    try {
      for (const stage of STAGES) await pipeline.start(stage);
      for (const [name, instance] of extra) await pipeline.start(name, instance);
      // After the services, which create the topics.
      probe = await TopicProbe.start(env.brokers, [env.topics.mentions]);
      publish(env, halves[0]!);
      await probe.waitFor('a first mention', (p) => p.on(env.topics.mentions).length > 0, 120_000);
      const secondsToReady = await fault(pipeline);
      publish(env, halves[1]!);
      const difference = await finalDifference(env, expected);
      const readyAfter = await pipeline.secondsToReady();
      expectNothingLostOrDoubled(
        label,
        difference,
        `ready again in ${secondsToReady.toFixed(1)} s (all ready ${readyAfter.toFixed(1)} s after the check)`,
      );
    } finally {
      await probe?.stop().catch(() => undefined);
      await pipeline.stop();
    }
  }

  it('SIGKILL of the ingestor mid-stream', async () => {
    await drill('kill-ingestor', (p) => p.killAndRestart('ingestor'));
  }, 600_000);

  it('SIGKILL of the extractor mid-stream', async () => {
    await drill('kill-extractor', (p) => p.killAndRestart('extractor'));
  }, 600_000);

  it('SIGKILL of the timeline mid-stream', async () => {
    await drill('kill-timeline', (p) => p.killAndRestart('timeline'));
  }, 600_000);

  it('two extractors, one killed with SIGKILL: the other takes its partitions', async () => {
    await drill(
      'two-extractors',
      async (p) => {
        const startedAt = Date.now();
        p.get('extractor-b').kill('SIGKILL');
        await p.get('extractor-b').exited;
        p.services.delete('extractor-b');
        await p.secondsToReady();
        return (Date.now() - startedAt) / 1000;
      },
      [['extractor', 'extractor-b']],
    );
  }, 600_000);

  it('a consumer crashed by fault injection: readiness 503 meanwhile, then back by itself', async () => {
    const env = testEnvironment('injected-crash');
    const pipeline = new Pipeline(env);
    try {
      await pipeline.start('ingestor');
      const extractor = await pipeline.start('extractor', 'extractor', {
        SIJILL_FAULT_CONSUMER_CRASHES: '3',
      });
      await pipeline.start('timeline');
      publish(env, corpus);
      await extractor.waitForReadiness(503, 120_000);
      const unreadyAt = Date.now();
      await extractor.waitForReadiness(200, 120_000);
      const secondsUnready = (Date.now() - unreadyAt) / 1000;
      const difference = await finalDifference(env, expected);
      const restarts = extractor.logsWhere((l) => l.msg === 'Consumer crashed; restarting it');
      process.stdout.write(
        `[drill] injected-crash: ${restarts.length} crashes, ready again ${secondsUnready.toFixed(1)} s ` +
          `after readiness first answered 503; entries lost ${difference.entriesLost}, ` +
          `doubled ${difference.entriesDoubled}\n`,
      );
      // Batches of several partitions may fail in one crash: up to three, at least one.
      expect(restarts.length).toBeGreaterThanOrEqual(1);
      expect(restarts.length).toBeLessThanOrEqual(3);
      expect(difference.same).toBe(true);
      expect(extractor.running).toBe(true);
    } finally {
      await pipeline.stop();
    }
  }, 600_000);

  it('Redis restarted under the timeline stage', async () => {
    await drill('redis-restart', async (p) => {
      const redis = controlProvisionedRedis();
      await redis.stop();
      try {
        await p.get('timeline').waitForReadiness(503, 60_000);
      } finally {
        await redis.start();
      }
      return p.secondsToReady();
    });
  }, 600_000);

  // Before consumers were restarted after a crash, the timeline never caught up after a broker
  // restart (75 of 75 entries missing after 180 s while every service answered ready); before a
  // producer left unusable by a transaction cut short was replaced, one stage in a few stayed
  // unready for good.
  it('the broker stopped and restarted mid-stream five times in a row', async () => {
    const restarts = 5;
    const parts = splitCorpus(corpus, restarts + 2);
    const env = testEnvironment('broker-restarts');
    const pipeline = new Pipeline(env);
    const kafka = controlProvisionedKafka();
    let probe: TopicProbe | undefined;
    try {
      for (const stage of STAGES) await pipeline.start(stage);
      probe = await TopicProbe.start(env.brokers, [env.topics.mentions]);
      const mentions = () => probe?.on(env.topics.mentions).length ?? 0;
      publish(env, parts[0]!);
      await probe.waitFor('a first mention', () => mentions() > 0, 120_000);
      const figures: string[] = [];
      for (let i = 1; i <= restarts; i++) {
        await kafka.stop();
        await kafka.start();
        const answeredAt = Date.now();
        const before = mentions();
        publish(env, parts[i]!);
        await probe.waitFor(`mentions after restart ${i}`, () => mentions() > before, 120_000);
        const ready = await pipeline.secondsToReady();
        figures.push(
          `#${i} ${await secondsToMove(pipeline, answeredAt)}, all ready ${ready.toFixed(1)} s`,
        );
      }
      publish(env, parts[restarts + 1]!);
      const difference = await finalDifference(env, expected);
      await pipeline.secondsToReady();
      expectNothingLostOrDoubled(
        'broker-restarts',
        difference,
        `moving again after the broker answered: ${figures.join('; ')}`,
      );
    } finally {
      await probe?.stop().catch(() => undefined);
      await pipeline.stop();
    }
  }, 1_500_000);
});
