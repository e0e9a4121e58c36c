// `npm run bench:extraction -- [maxChars]`: extraction time per article as the article grows (10 KB
// to 2 MB of one diplomatic sentence repeated), with the extractor stage's cap on what it reads (a
// cap of 3000000 reads every size whole: the time per KB read then shows that extraction is linear).
import {
  capArticleForExtraction,
  extractMentions,
  loadDefaultGazetteer,
  normaliseArticle,
} from '@sijill/core';
import type { UniqueArticle } from '@sijill/contracts';

const SENTENCE =
  'Saudi Foreign Minister Prince Faisal bin Farhan met Russian Foreign Minister Sergey Lavrov in Moscow on 3 July 2024 to discuss regional security. ';
const SIZES_KB = [10, 20, 40, 80, 160, 320, 640, 1024, 2048];
// The cap as the extractor applies it by default; another may be given as the first argument.
const MAX_CHARS = Number(process.argv[2] ?? 30_000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function main(): void {
  const gazetteer = loadDefaultGazetteer();
  const rows: string[] = [
    '| body | sentences read | chars read | extraction (median of 3) | per KB read |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const kb of SIZES_KB) {
    const body = SENTENCE.repeat(Math.ceil((kb * 1024) / SENTENCE.length)).slice(0, kb * 1024);
    const normalised = normaliseArticle({ body, language: 'en' });
    const unique: UniqueArticle = {
      articleId: `bench-${kb}`,
      publishedAt: '2024-07-03T09:00:00Z',
      language: 'en',
      languageDetected: false,
      text: normalised.text,
      sentences: normalised.sentences.map((s) => ({ start: s.start, end: s.end })),
      cuts: [],
      source: { topic: 'bench', partition: 0, offset: '0' },
    };
    const times: number[] = [];
    let read = { readChars: 0, sentences: 0 };
    for (let run = 0; run < 3; run++) {
      const startedAt = process.hrtime.bigint();
      const capped = capArticleForExtraction(unique, MAX_CHARS);
      extractMentions(capped.article, gazetteer);
      times.push(Number(process.hrtime.bigint() - startedAt) / 1e6);
      read = { readChars: capped.readChars, sentences: capped.article.sentences.length };
    }
    const perKb = (median(times) / (read.readChars / 1024)).toFixed(2);
    rows.push(
      `| ${kb} KB | ${read.sentences} | ${read.readChars} | ${median(times).toFixed(0)} ms | ${perKb} ms |`,
    );
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

main();
