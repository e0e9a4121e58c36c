// One day of the real corpus in ../shared as the extractor receives it: each article normalised
// into a UniqueArticle (synthetic articles when the corpus is absent). For benchmarks only.
import { readFileSync } from 'node:fs';
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
