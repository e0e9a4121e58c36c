// `npm run report:copy-groups [-- DAY [SAMPLE]]`: streams one corpus day (default 2015-07-23) through
// the in-memory near-duplicate index in publication order and prints how many copy groups (an
// original and its copies) and rewrites it finds, then SAMPLE groups (default 30, a seeded draw)
// with each member's outlet, title and first words, to read.
import {
  DEFAULT_OVERLAP_PARAMS,
  InMemoryNearDuplicateIndex,
  normaliseArticle,
  overlapKeysOfText,
  overlapPolicy,
} from '@sijill/core';

import { seededRandom } from '../fixtures/real-sample/draw-real-sample';
import {
  byPublication,
  corpusDirOrSayAbsent,
  readCorpusDay,
  type CorpusArticle,
} from '../fixtures/real-sample/read-corpus';

async function main(): Promise<void> {
  const day = process.argv[2] ?? '2015-07-23';
  const sample = Number(process.argv[3] ?? 30);
  const dir = corpusDirOrSayAbsent('group');
  if (dir === undefined) return;
  const articles = readCorpusDay(dir, `${day}.jsonl.gz`).sort(byPublication);
  const policy = overlapPolicy(DEFAULT_OVERLAP_PARAMS, 7 * 86_400);
  const index = new InMemoryNearDuplicateIndex();
  const groups = new Map<string, CorpusArticle[]>();
  const texts = new Map<string, string>();
  let derived = 0;
  for (const article of articles) {
    const normalised = normaliseArticle(article);
    texts.set(article.id, normalised.text);
    const keys = overlapKeysOfText(normalised.matchingText, DEFAULT_OVERLAP_PARAMS);
    const outcome = await index.checkAndInsert({ articleId: article.id, ...keys }, policy, 0);
    if (outcome.kind === 'derived') derived += 1;
    if (outcome.kind !== 'near-duplicate') continue;
    const group = groups.get(outcome.of) ?? [];
    groups.set(outcome.of, [...group, article]);
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const copies = [...groups.values()].reduce((sum, g) => sum + g.length, 0);
  process.stdout.write(
    `${day}: ${articles.length} articles, ${groups.size} copy groups (${copies} copies), ${derived} rewrites\n\n`,
  );
  const random = seededRandom(16);
  const keys = [...groups.keys()].sort();
  const drawn: string[] = [];
  while (drawn.length < Math.min(sample, keys.length)) {
    const key = keys.splice(Math.floor(random() * keys.length), 1)[0];
    if (key !== undefined) drawn.push(key);
  }
  const line = (a: CorpusArticle | undefined): string =>
    a === undefined
      ? '?'
      : `${a.id} ${a.source ?? '?'} | ${(a.title ?? '').slice(0, 70)} | ${(texts.get(a.id) ?? '').replace(/\s+/gu, ' ').slice(0, 110)}`;
  drawn.forEach((key, i) => {
    process.stdout.write(`#${i + 1} ${key}\n   = ${line(byId.get(key))}\n`);
    for (const copy of groups.get(key) ?? []) process.stdout.write(`   + ${line(copy)}\n`);
  });
}

if (require.main === module) void main();
