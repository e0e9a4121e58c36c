// `npm run bench:extraction-cost -- [day] [limit]`: CPU time extraction takes per real article
// (one day of the corpus in ../shared, default 2015-07-31; synthetic articles without it), each
// article normalised first and capped as the extractor stage caps it; the first 50 warm up. Prints
// the mean and the share of articles that report an encounter. Not a test.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { UniqueArticle } from '@sijill/contracts';
import {
  capArticleForExtraction,
  extractMentions,
  loadDefaultGazetteer,
  normaliseArticle,
} from '@sijill/core';
import { sharedPath } from '../fixtures/shared-dir';
import { syntheticArticles } from './synthetic-articles';

const MAX_CHARS = 30_000;
const WARM_UP = 50;

interface RawArticle {
  readonly id?: string;
  readonly body: string;
  readonly title?: string;
  readonly language?: string;
  readonly publishedAt?: string;
}

function rawArticles(day: string): RawArticle[] {
  const file = sharedPath('corpora', 'saudinewsnet', `${day}.jsonl.gz`);
  if (file === undefined) return syntheticArticles(2_000, 7);
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RawArticle);
}

function toUnique(raw: RawArticle, index: number): UniqueArticle {
  const normalised = normaliseArticle({
    body: raw.body,
    ...(raw.title === undefined ? {} : { title: raw.title }),
    ...(raw.language === undefined ? {} : { language: raw.language }),
  });
  return {
    articleId: raw.id ?? `article-${index}`,
    ...(raw.publishedAt === undefined ? {} : { publishedAt: raw.publishedAt }),
    language: normalised.language,
    languageDetected: normalised.languageDetected,
    ...(normalised.title === undefined ? {} : { title: normalised.title }),
    text: normalised.text,
    sentences: normalised.sentences.map(({ start, end }) => ({ start, end })),
    cuts: [],
    source: { topic: 'bench', partition: 0, offset: String(index) },
  };
}

function main(): void {
  const [day = '2015-07-31', limit] = process.argv.slice(2);
  const gazetteer = loadDefaultGazetteer();
  const articles = rawArticles(day)
    .slice(0, limit === undefined ? undefined : Number(limit))
    .map((raw, i) => capArticleForExtraction(toUnique(raw, i), MAX_CHARS).article);
  const now = '2026-01-01T00:00:00Z';
  for (const article of articles.slice(0, WARM_UP)) extractMentions(article, gazetteer, { now });
  let reporting = 0;
  const started = process.cpuUsage();
  for (const article of articles)
    if (extractMentions(article, gazetteer, { now }).length > 0) reporting += 1;
  const used = process.cpuUsage(started);
  const msPerArticle = (used.user + used.system) / 1_000 / articles.length;
  process.stdout.write(
    `${JSON.stringify({ day, articles: articles.length, reporting, cpuMsPerArticle: Math.round(msPerArticle * 1000) / 1000 })}\n`,
  );
}

main();
