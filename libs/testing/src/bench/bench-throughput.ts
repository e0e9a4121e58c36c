// `npm run bench:throughput [-- --articles 5000 --instances 2 --partitions 6 --json]`: publishes
// real articles (the SaudiNewsNet corpus in ../shared when present, else synthetic ones) to
// news.articles.v1 on Kafka and Redis it provisions like the tests, through every service (several
// instances of each in one consumer group), and measures sustained articles/s from the first
// publish to the last timeline record. In the same run, on the same broker and messages, a plain
// kafkajs consume → produce passthrough gives the box's own limit. Then latency publish → timeline
// record at a steady 100 articles/s. Prints a table; with --json, one JSON object as the last line.
// Figures, not a test: nothing here passes or fails on speed.
import { Kafka, logLevel } from 'kafkajs';
import Redis from 'ioredis';
import { ArticleProducer } from '../e2e/article-producer';
import { ServiceProcess } from '../e2e/service-process';
import { testEnvironment } from '../e2e/test-environment';
import { pollUntil } from '../infra/poll-until';
import { provisionInfrastructure } from '../infra/provision-infrastructure';
import { followTimelineTopic } from './follow-timeline-topic';
import { measurePassthrough } from './measure-passthrough';
import { phoneCallArticle } from './phone-call-article';
import { readBenchArticles } from './read-bench-articles';
import { runScript } from './run-script';

const STAGES = ['ingestor', 'extractor', 'timeline'] as const;
type Stage = (typeof STAGES)[number];
const INPUTS: Record<
  Stage,
  readonly ('articles' | 'accepted' | 'unique' | 'mentions' | 'duplicates')[]
> = {
  ingestor: ['articles', 'accepted'],
  extractor: ['unique'],
  timeline: ['mentions', 'duplicates'],
};
const LATENCY_RATE = 100;
const QUIET_MS = 3_000;

interface Options {
  readonly articles: number;
  readonly instances: number;
  readonly partitions: number;
  readonly latencySeconds: number;
  readonly json: boolean;
  readonly logLevel: string;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string, fallback: number): number => {
    const index = argv.indexOf(flag);
    const parsed = index === -1 ? fallback : Number(argv[index + 1]);
    if (!Number.isInteger(parsed) || parsed <= 0)
      throw new Error(`${flag} must be a positive integer`);
    return parsed;
  };
  const level = argv.indexOf('--log-level');
  return {
    articles: value('--articles', 5_000),
    instances: value('--instances', 2),
    partitions: value('--partitions', 6),
    latencySeconds: value('--latency-seconds', 10),
    json: argv.includes('--json'),
    logLevel: level === -1 ? 'warn' : (argv[level + 1] ?? 'warn'),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** CPU seconds (user + system) each stage's processes have used, summed over instances. */
async function cpuSeconds(services: readonly ServiceProcess[]): Promise<Record<Stage, number>> {
  const totals: Record<Stage, number> = { ingestor: 0, extractor: 0, timeline: 0 };
  for (const service of services) {
    if (service.name === 'gateway') continue;
    // A busy service may answer slowly on this shared machine: ask again until it answers.
    const answered = await pollUntil(() => service.metrics(), {
      timeoutMs: 120_000,
      intervalMs: 500,
    });
    if (answered.kind !== 'done') throw new Error(`${service.name} did not answer on /metrics`);
    const text = answered.value;
    const line = text.split('\n').find((l) => l.startsWith('sijill_process_cpu_seconds_total '));
    totals[service.name] += Number(line?.split(' ')[1] ?? 0);
  }
  return totals;
}

/** Bytes Redis holds for the dedup window (exact and near-duplicate tiers) of one namespace. */
async function dedupBytes(redis: Redis, namespace: string): Promise<number> {
  let bytes = 0;
  for (const pattern of [`{${namespace}:seen}*`, `{${namespace}:nd:*`]) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      const pipeline = redis.pipeline();
      for (const key of keys) pipeline.call('MEMORY', 'USAGE', key, 'SAMPLES', '0');
      for (const [, used] of (await pipeline.exec()) ?? []) bytes += Number(used ?? 0);
    } while (cursor !== '0');
  }
  return bytes;
}

/**
 * Whether every stage has committed all its input, checked in pipeline order: intake has taken
 * every published article, and each internal topic's group has committed up to the topic's end.
 * A stage writes its outputs in the transaction that commits its inputs, so once a stage is caught
 * up its outputs are all in place for the next check; a transactional topic ends with a commit
 * marker, hence "at least the high watermark less one".
 */
async function caughtUp(
  admin: ReturnType<Kafka['admin']>,
  groups: Record<Stage, string>,
  topics: Record<string, string>,
  published: number,
): Promise<boolean> {
  for (const stage of STAGES) {
    for (const id of INPUTS[stage]) {
      const topic = topics[id] ?? '';
      const [committed] = await admin.fetchOffsets({ groupId: groups[stage], topics: [topic] });
      const at = new Map(
        (committed?.partitions ?? []).map((p) => [p.partition, Math.max(0, Number(p.offset))]),
      );
      if (id === 'articles') {
        if ([...at.values()].reduce((sum, o) => sum + o, 0) < published) return false;
        continue;
      }
      for (const { partition, high } of await admin.fetchTopicOffsets(topic)) {
        if ((at.get(partition) ?? 0) < Number(high) - 1) return false;
      }
    }
  }
  return true;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => void process.stderr.write(`${line}\n`);
  const { source, messages } = await readBenchArticles(options.articles);
  const infrastructure = await provisionInfrastructure({ log });
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.REDIS_URL = infrastructure.redisUrl;
  const env = testEnvironment('throughput');
  const serviceEnv = {
    ...env.serviceEnv,
    SIJILL_TOPIC_PARTITIONS: String(options.partitions),
    LOG_LEVEL: options.logLevel,
  };
  const services: ServiceProcess[] = [];
  const kafka = new Kafka({ brokers: env.brokers.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const redis = new Redis(env.redisUrl, { maxRetriesPerRequest: 1 });
  const producer = await ArticleProducer.connect(env.brokers);
  try {
    for (const stage of STAGES) {
      for (let i = 0; i < options.instances; i++) {
        services.push(
          await ServiceProcess.start(stage, { ...serviceEnv, SIJILL_INSTANCE_ID: `${stage}-${i}` }),
        );
      }
    }
    services.push(await ServiceProcess.start('gateway', serviceEnv));
    await Promise.all(services.map((s) => s.waitForReadiness(200, 180_000)));
    await admin.connect();
    const follower = await followTimelineTopic(
      env.brokers,
      env.topics.timeline,
      `${env.namespace}.bench-follower`,
    );
    const groups = Object.fromEntries(
      STAGES.map((s) => [s, `${env.namespace}.sijill-${s}`]),
    ) as Record<Stage, string>;
    const redisBefore = await dedupBytes(redis, env.namespace);
    const cpuBefore = await cpuSeconds(services);

    log(`Publishing ${messages.length} ${source} articles…`);
    const firstPublishMs = Date.now();
    await producer.send(env.topics.articles, messages);
    const publishedMs = Date.now();
    const settled = await pollUntil(
      async () => ((await caughtUp(admin, groups, env.topics, messages.length)) ? true : undefined),
      { timeoutMs: 60 * 60_000, intervalMs: 500 },
    );
    if (settled.kind !== 'done') throw new Error('The pipeline did not catch up in an hour');
    log(`Settled after ${((Date.now() - firstPublishMs) / 1000).toFixed(1)} s`);
    // The follower may still be reading the last records the timeline stage committed.
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const lastRecordMs = follower.lastTimestampMs() || Date.now();
    const seconds = (lastRecordMs - firstPublishMs) / 1000;
    const cpuAfter = await cpuSeconds(services);
    const redisBytes = (await dedupBytes(redis, env.namespace)) - redisBefore;
    const timelineRecords = follower.records();

    log('Measuring the passthrough on the same broker and messages…');
    const passthrough = await measurePassthrough({
      brokers: env.brokers,
      from: env.topics.articles,
      to: `${env.namespace}.bench.passthrough`,
      partitions: options.partitions,
      count: messages.length,
      groupId: `${env.namespace}.bench-passthrough`,
    });

    log(`Measuring latency at ${LATENCY_RATE} articles/s for ${options.latencySeconds} s…`);
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    follower.onEntry = (ids, readAtMs) => {
      for (const id of ids) {
        const sent = sentAt.get(id);
        if (sent === undefined) continue;
        sentAt.delete(id);
        latencies.push(readAtMs - sent);
      }
    };
    const total = LATENCY_RATE * options.latencySeconds;
    const warmUp = LATENCY_RATE; // the first second is left out
    const startMs = Date.now();
    const sends: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = startMs + (i * 1000) / LATENCY_RATE;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      const { id, value } = phoneCallArticle(i, `${env.namespace}-latency`);
      const sending = Date.now();
      sends.push(
        producer.send(env.topics.articles, [{ key: id, value }]).then(() => {
          if (i >= warmUp) sentAt.set(id, sending);
        }),
      );
    }
    await Promise.all(sends);
    await pollUntil(() => (sentAt.size === 0 ? true : undefined), {
      timeoutMs: 60_000,
      intervalMs: 100,
    });
    latencies.sort((a, b) => a - b);
    await follower.stop();

    const articlesPerSecond = messages.length / seconds;
    const cpuMicrosPerArticle = Object.fromEntries(
      STAGES.map((s) => [s, Math.round(((cpuAfter[s] - cpuBefore[s]) * 1e6) / messages.length)]),
    ) as Record<Stage, number>;
    const result = {
      articles: messages.length,
      seconds: +seconds.toFixed(2),
      articlesPerSecond: Math.round(articlesPerSecond),
      passthroughPerSecond: Math.round(passthrough.perSecond),
      ratio: +(articlesPerSecond / passthrough.perSecond).toFixed(3),
      cpuMicrosPerArticle,
      redisBytesPerArticle: Math.round(redisBytes / messages.length),
      latencyMs: {
        p50: Math.round(percentile(latencies, 50)),
        p99: Math.round(percentile(latencies, 99)),
      },
    };
    const rows: [string, string][] = [
      ['articles', `${messages.length} (${source})`],
      ['instances per stage / partitions', `${options.instances} / ${options.partitions}`],
      ['publish took', `${((publishedMs - firstPublishMs) / 1000).toFixed(2)} s`],
      ['first publish → last timeline record', `${result.seconds} s`],
      ['timeline records', String(timelineRecords)],
      ['articles/s end to end', String(result.articlesPerSecond)],
      ['passthrough messages/s', String(result.passthroughPerSecond)],
      ['ratio', String(result.ratio)],
      ...STAGES.map((s): [string, string] => [
        `CPU µs/article, ${s}`,
        String(cpuMicrosPerArticle[s]),
      ]),
      ['Redis bytes/article, dedup window', String(result.redisBytesPerArticle)],
      [
        `latency at ${LATENCY_RATE}/s p50 / p99 (${latencies.length} samples)`,
        `${result.latencyMs.p50} / ${result.latencyMs.p99} ms`,
      ],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
    if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
    redis.disconnect();
    await Promise.all(services.map((s) => s.stop()));
    await infrastructure.stop();
  }
}

runScript('bench', main, 'stack');
