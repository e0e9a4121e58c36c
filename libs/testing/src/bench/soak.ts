// `npm run soak -- --minutes 10 --rate 200`: publishes real articles (the corpus in ../shared when
// present, else synthetic ones) at a steady rate through all four services on Kafka and Redis it
// provisions itself, samples every service's RSS and heap (from /metrics), consumer lag and Redis
// memory every 10 s into a CSV, prints a summary, and stops by itself. Not a test.
import { mkdirSync, writeFileSync, appendFileSync, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import Redis from 'ioredis';
import { ArticleProducer } from '../e2e/article-producer';
import { ServiceProcess, type ServiceName } from '../e2e/service-process';
import { testEnvironment } from '../e2e/test-environment';
import { locateRepoRoot } from '../infra/locate-repo-root';
import { provisionInfrastructure } from '../infra/provision-infrastructure';
import { corpusDayFiles } from './corpus-day';
import { syntheticArticles } from './synthetic-articles';
import { runScript } from './run-script';

const SERVICES: readonly ServiceName[] = ['ingestor', 'extractor', 'timeline', 'gateway'];
const SAMPLE_EVERY_MS = 10_000;
const TICK_MS = 100;

interface Options {
  readonly minutes: number;
  readonly rate: number;
}

interface Sample {
  readonly seconds: number;
  readonly sent: number;
  readonly services: Readonly<Record<string, { rss: number; heap: number; lag: number }>>;
  readonly redisBytes: number;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string, fallback: number): number => {
    const index = argv.indexOf(flag);
    const parsed = index === -1 ? fallback : Number(argv[index + 1]);
    if (!Number.isFinite(parsed) || parsed <= 0)
      throw new Error(`${flag} must be a positive number`);
    return parsed;
  };
  return { minutes: value('--minutes', 10), rate: value('--rate', 200) };
}

/** Article values without end: the shared corpus over and over, else synthetic articles. */
async function* articleValues(): AsyncGenerator<{ key: string; value: string }> {
  const files = corpusDayFiles();
  for (let pass = 0; ; pass++) {
    if (files.length === 0) {
      for (const a of syntheticArticles(10_000, 7 + pass)) {
        const id = `${a.id}-p${pass}`;
        yield { key: id, value: JSON.stringify({ id, body: a.body, language: a.language }) };
      }
      continue;
    }
    for (const file of files) {
      const lines = createInterface({
        input: createReadStream(file).pipe(createGunzip()),
      });
      for await (const line of lines) {
        if (line.trim() === '') continue;
        // Later passes repeat the corpus: exact repeats by id, handled by intake alone.
        const id = (JSON.parse(line) as { id?: string }).id ?? null;
        yield { key: id ?? `line-${pass}`, value: line };
      }
    }
  }
}

/** The value of every series of a metric in Prometheus text, summed. */
function metricSum(text: string, name: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || (line[name.length] !== ' ' && line[name.length] !== '{'))
      continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
  }
  return sum;
}

async function sampleServices(services: readonly ServiceProcess[]): Promise<Sample['services']> {
  const entries = await Promise.all(
    services.map(async (s) => {
      const text = await s.metrics().catch(() => '');
      return [
        s.name,
        {
          rss: metricSum(text, 'sijill_process_resident_memory_bytes'),
          heap: metricSum(text, 'sijill_nodejs_heap_size_used_bytes'),
          lag: metricSum(text, 'sijill_consumer_lag'),
        },
      ] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function redisUsedBytes(redis: Redis): Promise<number> {
  const info = await redis.info('memory').catch(() => '');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

function csvHeader(): string {
  return [
    'seconds',
    'sent',
    ...SERVICES.flatMap((s) => [`${s}_rss_bytes`, `${s}_heap_used_bytes`, `${s}_lag`]),
    'redis_used_bytes',
  ].join(',');
}

function csvRow(sample: Sample): string {
  return [
    sample.seconds,
    sample.sent,
    ...SERVICES.flatMap((s) => {
      const m = sample.services[s];
      return [m?.rss ?? '', m?.heap ?? '', m?.lag ?? ''];
    }),
    sample.redisBytes,
  ].join(',');
}

function summary(samples: readonly Sample[], options: Options, elapsedSeconds: number): string {
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const mean = (values: readonly number[]) =>
    values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
  const firstMinute = samples.filter((s) => s.seconds <= 60);
  const lastMinute = samples.filter((s) => s.seconds >= elapsedSeconds - 60);
  const lines = [
    `soak: ${options.minutes} min at ${options.rate}/s target; sent ${samples.at(-1)?.sent ?? 0} articles in ${elapsedSeconds.toFixed(0)} s (${((samples.at(-1)?.sent ?? 0) / elapsedSeconds).toFixed(1)}/s)`,
  ];
  for (const service of SERVICES) {
    const rss = (set: readonly Sample[]) => mean(set.map((s) => s.services[service]?.rss ?? 0));
    const lagMax = Math.max(0, ...samples.map((s) => s.services[service]?.lag ?? 0));
    lines.push(
      `  ${service.padEnd(9)} RSS first minute ${mib(rss(firstMinute))}, last minute ${mib(rss(lastMinute))}; heap last ${mib(samples.at(-1)?.services[service]?.heap ?? 0)}; lag max ${lagMax}`,
    );
  }
  const redis = samples.map((s) => s.redisBytes);
  lines.push(
    `  redis     used first ${mib(redis[0] ?? 0)}, last ${mib(redis.at(-1) ?? 0)}, max ${mib(Math.max(0, ...redis))}`,
  );
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`soak: ${line}\n`);
  const outDir = join(locateRepoRoot(), '.cache', 'soak');
  mkdirSync(outDir, { recursive: true });
  const csv = join(outDir, `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.csv`);
  writeFileSync(csv, `${csvHeader()}\n`);

  const infrastructure = await provisionInfrastructure({ log });
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.REDIS_URL = infrastructure.redisUrl;
  const env = testEnvironment('soak');
  const services = await Promise.all(
    SERVICES.map((n) =>
      ServiceProcess.start(n, {
        ...env.serviceEnv,
        SIJILL_INSTANCE_ID: `soak-${n}`,
        LOG_LEVEL: 'warn',
      }),
    ),
  );
  const producer = await ArticleProducer.connect(env.brokers);
  const redis = new Redis(infrastructure.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 });
  const samples: Sample[] = [];
  try {
    await Promise.all(services.map((s) => s.waitForReadiness(200, 180_000)));
    log(`services ready; publishing for ${options.minutes} min; samples to ${csv}`);
    const source = articleValues();
    const startedAt = Date.now();
    const endsAt = startedAt + options.minutes * 60_000;
    let sent = 0;
    let nextSample = startedAt;
    while (Date.now() < endsAt) {
      const now = Date.now();
      if (now >= nextSample) {
        const sample: Sample = {
          seconds: Math.round((now - startedAt) / 1000),
          sent,
          services: await sampleServices(services),
          redisBytes: await redisUsedBytes(redis),
        };
        samples.push(sample);
        appendFileSync(csv, `${csvRow(sample)}\n`);
        nextSample += SAMPLE_EVERY_MS;
      }
      // Steady rate: catch up to the schedule each tick, never burst past it.
      const due = Math.floor(((Date.now() - startedAt) / 1000) * options.rate) - sent;
      if (due > 0) {
        const batch: { key: string; value: string }[] = [];
        for (let i = 0; i < due; i++) {
          const next = await source.next();
          if (next.done === true) break;
          batch.push(next.value);
        }
        await producer.send(env.topics.articles, batch);
        sent += batch.length;
      }
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
      const dead = services.find((s) => !s.running);
      if (dead !== undefined) throw new Error(`${dead.name} exited during the soak`);
    }
    const elapsed = (Date.now() - startedAt) / 1000;
    const last: Sample = {
      seconds: Math.round(elapsed),
      sent,
      services: await sampleServices(services),
      redisBytes: await redisUsedBytes(redis),
    };
    samples.push(last);
    appendFileSync(csv, `${csvRow(last)}\n`);
    process.stdout.write(summary(samples, options, elapsed));
    process.stdout.write(`  samples: ${csv}\n`);
  } finally {
    redis.disconnect();
    await producer.disconnect();
    await Promise.all(services.map((s) => s.stop()));
    await infrastructure.stop();
  }
}

runScript('soak', main);
