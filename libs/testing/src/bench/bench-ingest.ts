// `npm run bench:ingest`: what intake and normalisation cost per article. Not a test: it reports.
//   CPU: normalise + anchors, µs per article (process CPU time) and p50/p99.
//   Redis: round trips per article for the exact (claim) and near-duplicate (anchors) indexes, and
//   the bytes each article holds in Redis, from MEMORY USAGE over every key after N articles.
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@sijill/config';
import {
  DEFAULT_OVERLAP_PARAMS,
  hashContent,
  normaliseArticle,
  overlapKeysOfText,
  overlapParamsFingerprint,
  overlapPolicy,
} from '@sijill/core';
import { RedisConnection, RedisNearDuplicateIndex, RedisSeenArticleIndex } from '@sijill/redis';
import { startRedis } from '../infra/start-redis';
import { syntheticArticles } from './synthetic-articles';
import { runScript } from './run-script';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const CPU_SAMPLE = Math.min(ARTICLES, 2_000);
const params = DEFAULT_OVERLAP_PARAMS;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function measureCpu(articles: ReturnType<typeof syntheticArticles>) {
  const times: number[] = [];
  for (const a of articles.slice(0, 50)) normaliseArticle({ body: a.body, language: a.language });
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  for (const a of articles.slice(0, CPU_SAMPLE)) {
    const started = process.hrtime.bigint();
    const normalised = normaliseArticle({ body: a.body, language: a.language });
    overlapKeysOfText(normalised.matchingText, params);
    times.push(Number(process.hrtime.bigint() - started) / 1_000);
  }
  const used = process.cpuUsage(cpu);
  const wallSeconds = Number(process.hrtime.bigint() - wall) / 1e9;
  times.sort((x, y) => x - y);
  return {
    articles: CPU_SAMPLE,
    cpuMicrosPerArticle: Math.round((used.user + used.system) / CPU_SAMPLE),
    articlesPerSecond: Math.round(CPU_SAMPLE / wallSeconds),
    p50Micros: Math.round(percentile(times, 50)),
    p99Micros: Math.round(percentile(times, 99)),
  };
}

async function measureRedis(articles: ReturnType<typeof syntheticArticles>, redisUrl: string) {
  const prefix = `bench-${randomBytes(3).toString('hex')}:`;
  const config = loadConfig(
    { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix },
    { name: 'bench', httpPort: 0 },
  );
  const connection = new RedisConnection(config);
  await connection.whenReady(10_000);
  const seen = new RedisSeenArticleIndex(connection);
  const near = new RedisNearDuplicateIndex(connection, overlapParamsFingerprint(params));
  // Every write to the socket is one round trip (a pipeline is written at once).
  const stream = (
    connection.client as unknown as { stream: { write: (...a: unknown[]) => boolean } }
  ).stream;
  let writes = 0;
  const write = stream.write.bind(stream);
  stream.write = (...args: unknown[]) => {
    writes++;
    return write(...args);
  };
  const policy = overlapPolicy(params, 3600);
  let claimTrips = 0;
  let nearTrips = 0;
  let duplicates = 0;
  const started = process.hrtime.bigint();
  for (const [i, a] of articles.entries()) {
    const normalised = normaliseArticle({ body: a.body, language: a.language });
    let before = writes;
    const claim = await seen.claim(
      { articleId: a.id, contentHash: hashContent(a.body) },
      `bench/0/${i}`,
      3600,
    );
    claimTrips += writes - before;
    if (claim.kind === 'duplicate') continue;
    before = writes;
    const outcome = await near.checkAndInsert(
      { articleId: a.id, ...overlapKeysOfText(normalised.matchingText, params) },
      policy,
      Date.now(),
    );
    nearTrips += writes - before;
    if (outcome.kind === 'near-duplicate') duplicates++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const bytes = { seen: 0, near: 0 };
  let cursor = '0';
  do {
    const [nextCursor, keys] = await connection.client.scan(
      cursor,
      'MATCH',
      `{${prefix}*`,
      'COUNT',
      1000,
    );
    cursor = nextCursor;
    const pipeline = connection.client.pipeline();
    for (const key of keys) pipeline.call('MEMORY', 'USAGE', key, 'SAMPLES', '0');
    const results = (await pipeline.exec()) ?? [];
    keys.forEach((key, k) => {
      const used = Number(results[k]?.[1] ?? 0);
      if (key.startsWith(`{${prefix}seen}:`)) bytes.seen += used;
      else bytes.near += used;
    });
  } while (cursor !== '0');
  await connection.onApplicationShutdown();
  return {
    articles: articles.length,
    nearDuplicatesFound: duplicates,
    articlesPerSecondWithRedis: Math.round(articles.length / seconds),
    roundTripsPerArticle: {
      exact: +(claimTrips / articles.length).toFixed(2),
      near: +(nearTrips / (articles.length - 0)).toFixed(2),
    },
    redisBytesPerArticle: {
      exact: Math.round(bytes.seen / articles.length),
      near: Math.round(bytes.near / articles.length),
      total: Math.round((bytes.seen + bytes.near) / articles.length),
    },
  };
}

async function main(): Promise<void> {
  const articles = syntheticArticles(ARTICLES);
  const cpu = measureCpu(articles);
  const given = process.env.REDIS_URL;
  const redis = given === undefined ? await startRedis() : undefined;
  try {
    const store = await measureRedis(articles, given ?? (redis?.url as string));
    const report = { node: process.version, params, cpu, redis: store };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await redis?.destroy();
  }
}

runScript('bench', main, 'stack');
