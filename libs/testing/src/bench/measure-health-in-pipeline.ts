import { loadavg } from 'node:os';
import { ArticleProducer } from '../e2e/article-producer';
import { ServiceProcess, type ServiceName } from '../e2e/service-process';
import { testEnvironment } from '../e2e/test-environment';
import { provisionInfrastructure } from '../infra/provision-infrastructure';
import { readBenchArticles } from './read-bench-articles';

const SERVICES: readonly ServiceName[] = ['ingestor', 'extractor', 'timeline', 'gateway'];
const POLL_EVERY_MS = 50;
const IDLE_MS = 5_000;
// The pipeline is done when no stage has handled a message for this long (every stage answering
// its /metrics meanwhile: a stage that does not answer may be busy, not done).
const QUIET_MS = 20_000;
const LONGEST_RUN_MS = 900_000;
const PROBES = ['/health/ready', '/health/live'] as const;

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function summary(values: readonly number[]): { p50: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const ms = (v: number): number => Math.round(v * 10) / 10;
  return {
    p50: ms(percentile(sorted, 50)),
    p99: ms(percentile(sorted, 99)),
    max: ms(sorted.at(-1) ?? 0),
  };
}

/** Answers other than 200 seen by `timeAnswer`, by URL. */
export const notOk = new Map<string, number>();

/** Milliseconds until `url` answers (any status); a request that fails counts as its timeout. */
export async function timeAnswer(url: string): Promise<number> {
  const started = performance.now();
  await fetch(url, { signal: AbortSignal.timeout(10_000) })
    .then((r) => {
      if (r.status !== 200) notOk.set(url, (notOk.get(url) ?? 0) + 1);
      return r.arrayBuffer();
    })
    .catch(() => notOk.set(url, (notOk.get(url) ?? 0) + 1));
  return performance.now() - started;
}

/** A value of the service's Prometheus text: the sum of every line of `metric`. */
function metricSum(text: string, metric: string): number {
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${metric} `) || l.startsWith(`${metric}{`))
    .reduce((sum, l) => sum + Number(l.split(' ').at(-1) ?? 0), 0);
}

/** Polls `url` every 50 ms until `until()` says stop; the answer times. */
async function pollAnswers(url: string, until: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (!until()) {
    const tick = performance.now();
    times.push(await timeAnswer(url));
    const wait = POLL_EVERY_MS - (performance.now() - tick);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return times;
}

type Samples = Record<ServiceName, Record<(typeof PROBES)[number], number[]>>;

/** Polls every probe of every service concurrently until `until()` says stop. */
async function pollAll(services: readonly ServiceProcess[], until: () => boolean) {
  const samples = {} as Samples;
  await Promise.all(
    services.flatMap((service) =>
      PROBES.map(async (probe) => {
        const times = await pollAnswers(`${service.url}${probe}`, until);
        samples[service.name] ??= { '/health/ready': [], '/health/live': [] };
        samples[service.name][probe] = times;
      }),
    ),
  );
  return samples;
}

/** `--pipeline` mode of `npm run bench:health` (see there). */
export async function measurePipeline(argv: readonly string[]): Promise<void> {
  const index = argv.indexOf('--articles');
  const count = index === -1 ? 5_000 : Number(argv[index + 1]);
  const log = (line: string) => void process.stderr.write(`${line}\n`);
  const { source, messages } = await readBenchArticles(count);
  const infrastructure = await provisionInfrastructure({ log });
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.REDIS_URL = infrastructure.redisUrl;
  const env = testEnvironment('health-pipeline');
  const serviceEnv = { ...env.serviceEnv, SIJILL_TOPIC_PARTITIONS: '6', LOG_LEVEL: 'warn' };
  const services: ServiceProcess[] = [];
  const producer = await ArticleProducer.connect(env.brokers);
  try {
    for (const name of SERVICES) services.push(await ServiceProcess.start(name, serviceEnv));
    await Promise.all(services.map((s) => s.waitForReadiness(200, 180_000)));

    log('Idle baseline…');
    const idleLoad = loadavg()[0] ?? 0;
    const idleUntil = performance.now() + IDLE_MS;
    const idle = await pollAll(services, () => performance.now() > idleUntil);

    log(`Publishing ${messages.length} ${source} articles…`);
    const loads: number[] = [];
    const loopMaxMs: Record<string, number> = {};
    // Each second's longest loop delay, per service: its median says how long a typical stall is.
    const loopSecondsMs: Record<string, number[]> = {};
    const handled = new Map<string, number>();
    let changedAt = performance.now();
    let done = false;
    const startedAt = performance.now();
    // Every second: the load average, each stage's handled count and its event loop's longest
    // delay since the last scrape (prom-client resets its histogram at each collection).
    const watching = (async () => {
      while (!done) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        loads.push(loadavg()[0] ?? 0);
        for (const service of services) {
          const text = await service.metrics().catch(() => '');
          if (text === '') {
            changedAt = performance.now();
            continue;
          }
          const lagMs = metricSum(text, 'sijill_nodejs_eventloop_lag_max_seconds') * 1000;
          loopMaxMs[service.name] = Math.max(loopMaxMs[service.name] ?? 0, lagMs);
          (loopSecondsMs[service.name] ??= []).push(lagMs);
          const now = metricSum(text, 'sijill_messages_total');
          if (now !== (handled.get(service.name) ?? 0)) {
            handled.set(service.name, now);
            changedAt = performance.now();
          }
        }
        const quiet =
          (handled.get('timeline') ?? 0) > 0 && performance.now() - changedAt > QUIET_MS;
        if (quiet || performance.now() - startedAt > LONGEST_RUN_MS) done = true;
      }
    })();
    const publishing = producer.send(env.topics.articles, messages);
    notOk.clear();
    const busy = await pollAll(services, () => done);
    await Promise.all([watching, publishing]);

    const rows = services.map((s) => ({
      service: s.name,
      idleReady: summary(idle[s.name]['/health/ready']),
      busyReady: {
        samples: busy[s.name]['/health/ready'].length,
        ...summary(busy[s.name]['/health/ready']),
      },
      idleLive: summary(idle[s.name]['/health/live']),
      busyLive: summary(busy[s.name]['/health/live']),
      eventLoopMaxMs: Math.round(loopMaxMs[s.name] ?? 0),
      eventLoopSecondMaxP50Ms: summary(loopSecondsMs[s.name] ?? []).p50,
      busyReadyNot200: notOk.get(`${s.url}/health/ready`) ?? 0,
      handled: handled.get(s.name) ?? 0,
    }));
    const table = [
      `${messages.length} ${source} articles, ${((changedAt - startedAt) / 1000).toFixed(1)} s to the last handled message; ` +
        `load average (1 min) ${idleLoad.toFixed(1)} idle, ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} busy`,
      '| service | ready idle p50/p99 | ready busy p50/p99/max | ratio p99 busy/idle | not 200 | live busy p50/p99 | loop max delay (p50 of seconds / max) | handled |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.service} | ${r.idleReady.p50} / ${r.idleReady.p99} ms | ${r.busyReady.p50} / ${r.busyReady.p99} / ${r.busyReady.max} ms | ` +
          `${(r.busyReady.p99 / Math.max(r.idleReady.p99, 0.1)).toFixed(1)} | ${r.busyReadyNot200}/${r.busyReady.samples} | ` +
          `${r.busyLive.p50} / ${r.busyLive.p99} ms | ${r.eventLoopSecondMaxP50Ms} / ${r.eventLoopMaxMs} ms | ${r.handled} |`,
      ),
    ];
    process.stdout.write(`${table.join('\n')}\n`);
    process.stdout.write(
      `${JSON.stringify({ articles: messages.length, idleLoad, loads, rows })}\n`,
    );
  } finally {
    await producer.disconnect().catch(() => undefined);
    await Promise.all(services.map((s) => s.stop()));
    await infrastructure.stop();
  }
}
