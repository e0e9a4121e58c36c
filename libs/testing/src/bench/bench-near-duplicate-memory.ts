// `npm run bench:near-duplicate-memory [-- DAYS]`: streams real articles (the first DAYS day files of
// ../shared/corpora/saudinewsnet, default 1) through the Redis near-duplicate index, each at its
// publication time, and prints what the index holds: bytes per article from MEMORY USAGE over its
// keys and from INFO used_memory, the key count, and how many articles were copies or rewrites.
// Takes REDIS_URL, or provisions a Redis like the tests. Not a test: it reports.
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@sijill/config';
import {
  DEFAULT_OVERLAP_PARAMS,
  normaliseArticle,
  overlapParamsFingerprint,
  overlapKeysOfText,
  overlapPolicy,
} from '@sijill/core';
import { RedisConnection, RedisNearDuplicateIndex } from '@sijill/redis';
import {
  byPublication,
  corpusDayFiles,
  corpusDirOrSayAbsent,
  readCorpusDay,
} from '../fixtures/real-sample/read-corpus';
import { startRedis } from '../infra/start-redis';
import { definedOnly } from '@sijill/contracts';

const DAYS = Number(process.argv[2] ?? 1);
const WINDOW_SECONDS = 7 * 86_400;

async function usedMemory(connection: RedisConnection): Promise<number> {
  const info = await connection.client.info('memory');
  return Number(/used_memory:(\d+)/u.exec(info)?.[1] ?? 0);
}

async function keyBytes(connection: RedisConnection, prefix: string) {
  let bytes = 0;
  let keys = 0;
  let cursor = '0';
  do {
    const [next, found] = await connection.client.scan(
      cursor,
      'MATCH',
      `${prefix}*`,
      'COUNT',
      1000,
    );
    cursor = next;
    const pipeline = connection.client.pipeline();
    for (const key of found) pipeline.call('MEMORY', 'USAGE', key, 'SAMPLES', '0');
    for (const [, used] of (await pipeline.exec()) ?? []) bytes += Number(used ?? 0);
    keys += found.length;
  } while (cursor !== '0');
  return { bytes, keys };
}

async function main(): Promise<void> {
  const dir = corpusDirOrSayAbsent('measure');
  if (dir === undefined) return;
  const articles = corpusDayFiles(dir)
    .slice(0, DAYS)
    .flatMap((file) => readCorpusDay(dir, file))
    .sort(byPublication);
  const given = process.env.REDIS_URL;
  const redis = given === undefined ? await startRedis() : undefined;
  const prefix = `bench-nd-${randomBytes(3).toString('hex')}:`;
  const config = loadConfig(
    { REDIS_URL: given ?? redis?.url, REDIS_KEY_PREFIX: prefix },
    { name: 'bench', httpPort: 0 },
  );
  const connection = new RedisConnection(config);
  try {
    await connection.whenReady(10_000);
    const params = DEFAULT_OVERLAP_PARAMS;
    const index = new RedisNearDuplicateIndex(connection, overlapParamsFingerprint(params));
    const policy = overlapPolicy(params, WINDOW_SECONDS);
    const before = await usedMemory(connection);
    const outcomes = { unique: 0, 'near-duplicate': 0, derived: 0 };
    let anchors = 0;
    let originalAnchors = 0;
    for (const article of articles) {
      const normalised = normaliseArticle({
        body: article.body,
        ...definedOnly({ title: article.title, language: article.language }),
      });
      const keys = overlapKeysOfText(normalised.matchingText, params);
      const list = keys.anchors;
      anchors += list.length;
      const nowMs = Date.parse(article.publishedAt ?? '2015-07-21T00:00:00Z');
      const outcome = await index.checkAndInsert({ articleId: article.id, ...keys }, policy, nowMs);
      outcomes[outcome.kind] += 1;
      if (outcome.kind === 'unique') originalAnchors += list.length;
    }
    const after = await usedMemory(connection);
    const held = await keyBytes(connection, prefix);
    const report = {
      articles: articles.length,
      outcomes,
      anchorsPerArticle: +(anchors / articles.length).toFixed(1),
      anchorsPerOriginal: +(originalAnchors / Math.max(1, outcomes.unique)).toFixed(1),
      keys: held.keys,
      memoryUsageBytes: held.bytes,
      bytesPerArticle: Math.round(held.bytes / articles.length),
      bytesPerOriginal: Math.round(held.bytes / Math.max(1, outcomes.unique)),
      usedMemoryDeltaPerArticle: Math.round((after - before) / articles.length),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await connection.onApplicationShutdown();
    await redis?.destroy();
  }
}

void main();
