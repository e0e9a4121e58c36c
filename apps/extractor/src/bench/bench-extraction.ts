// `npm run bench:extraction -- [maxChars] [day] [news|arabic-repeated|english-repeated]`:
// extraction CPU time per article as the article grows from 10 K to 2 M characters (K = 1,024),
// with the extractor stage's cap on what it reads (default 30,000 characters; 3000000 reads every
// size whole, and the time per K characters read then shows whether extraction is linear). Three
// bodies: realistic Arabic news (the corpus day's articles in ../shared, default 2015-07-31, one
// after another; our own Arabic wire copy without it), one Arabic and one English diplomatic
// sentence repeated (the worst cases: every sentence holds a trigger, two people, a place and a
// date); the third argument picks one. Each body is normalised as the ingestor normalises it. One
// table per body: sentences and characters read (what the outcome records), the median of 3 runs
// and the milliseconds per K characters read. Not a test: a shared machine's figures vary.
import {
  buildUniqueArticle,
  capArticleForExtraction,
  extractMentions,
  loadDefaultGazetteer,
  normaliseArticle,
} from '@sijill/core';
import { rawArticles, syntheticArabicWireArticle } from '@sijill/testing';

const ENGLISH_SENTENCE =
  'Saudi Foreign Minister Prince Faisal bin Farhan met Russian Foreign Minister Sergey Lavrov in Moscow on 3 July 2024 to discuss regional security. ';
const ARABIC_SENTENCE =
  'واستقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض يوم 3 يوليو 2024 نظيره الروسي سيرغي لافروف وبحثا الأوضاع في المنطقة. ';
const SIZES_KB = [10, 20, 40, 80, 160, 320, 640, 1024, 2048];
const RUNS = 3;
const NOW = '2026-01-01T00:00:00Z';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Realistic Arabic news: the day's articles one after another, as long as `chars` asks. */
function newsText(day: string): (chars: number) => string {
  const bodies = rawArticles(day)
    .filter((a) => (a.language ?? 'ar') === 'ar')
    .map((a) => a.body);
  const all = bodies.length > 0 ? bodies : [syntheticArabicWireArticle(20_000, 1)];
  return (chars) => {
    const out: string[] = [];
    let length = 0;
    for (let i = 0; length < chars; i++) {
      const body = all[i % all.length] ?? '';
      out.push(body);
      length += body.length + 2;
    }
    return out.join('\n\n').slice(0, chars);
  };
}

function repeated(sentence: string): (chars: number) => string {
  return (chars) => sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
}

/** Prints one body's table, a row as each size is measured. */
function table(
  name: string,
  language: string,
  body: (chars: number) => string,
  maxChars: number,
): void {
  const gazetteer = loadDefaultGazetteer();
  const print = (line: string) => void process.stdout.write(`${line}\n`);
  print(`\n${name}, cap ${maxChars} characters`);
  print(
    '| body (K chars) | sentences read | chars read | extraction CPU (median of 3) | per K chars read |',
  );
  print('| --- | --- | --- | --- | --- |');
  for (const kb of SIZES_KB) {
    const unique = buildUniqueArticle(
      `bench-${kb}`,
      { publishedAt: '2024-07-03T09:00:00Z' },
      normaliseArticle({ body: body(kb * 1024), language }),
      { topic: 'bench', partition: 0, offset: '0' },
    );
    const times: number[] = [];
    let read = { readChars: 0, sentences: 0 };
    for (let run = 0; run < RUNS; run++) {
      const started = process.cpuUsage();
      const capped = capArticleForExtraction(unique, maxChars);
      extractMentions(capped.article, gazetteer, { now: NOW });
      const used = process.cpuUsage(started);
      times.push((used.user + used.system) / 1000);
      read = { readChars: capped.readChars, sentences: capped.article.sentences.length };
    }
    const perKb = (median(times) / (read.readChars / 1024)).toFixed(2);
    print(
      `| ${kb} KB | ${read.sentences} | ${read.readChars} | ${median(times).toFixed(0)} ms | ${perKb} ms |`,
    );
  }
}

function main(): void {
  // The cap as the extractor applies it by default; another may be given as the first argument.
  const maxChars = Number(process.argv[2] ?? 30_000);
  const day = process.argv[3] ?? '2015-07-31';
  const only = process.argv[4];
  const bodies: [string, string, (chars: number) => string][] = [
    ['news', 'ar', newsText(day)],
    ['arabic-repeated', 'ar', repeated(ARABIC_SENTENCE)],
    ['english-repeated', 'en', repeated(ENGLISH_SENTENCE)],
  ];
  const titles: Record<string, string> = {
    news: `Arabic news (${day}, articles one after another)`,
    'arabic-repeated': 'One Arabic diplomatic sentence repeated',
    'english-repeated': 'One English diplomatic sentence repeated',
  };
  for (const [id, language, body] of bodies) {
    if (only === undefined || only === id) table(titles[id] ?? id, language, body, maxChars);
  }
}

main();
