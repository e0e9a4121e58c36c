// One day of the real corpus in ../shared as the extractor receives it: each article normalised
// into a UniqueArticle (synthetic articles when the corpus is absent). For benchmarks only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { UniqueArticle } from '@sijill/contracts';
import { sharedPath } from '../fixtures/shared-dir';
import { toUniqueArticle } from '../reports/report-extraction';
import { syntheticArticles } from './synthetic-articles';

interface RawArticle {
  readonly id?: string;
  readonly body: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  readonly language?: string;
  readonly publishedAt?: string;
}

/** The corpus's day files (gzipped JSON Lines) in date order; none without ../shared. */
export function corpusDayFiles(): string[] {
  const dir = sharedPath('corpora', 'saudinewsnet');
  if (dir === undefined) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort()
    .map((f) => join(dir, f));
}

/** The raw articles of one corpus day. */
export function rawArticles(day: string): RawArticle[] {
  const file = sharedPath('corpora', 'saudinewsnet', `${day}.jsonl.gz`);
  if (file === undefined) return syntheticArticles(2_000, 7);
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RawArticle);
}

/** An article normalised as the ingestor normalises it, ready for extraction. */
export function toUnique(raw: RawArticle, index: number): UniqueArticle {
  return toUniqueArticle({ ...raw, id: raw.id ?? `article-${index}` });
}
