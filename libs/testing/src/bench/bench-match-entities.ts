// `npm run bench:match`: what matching gazetteer names costs on a 1,000-word Arabic article, cold
// (the first article after loading) and warm (the mean over 100 further articles). Not a test: it
// reports; a timed assertion would fail on a loaded machine and pass on an idle one.
import { loadDefaultGazetteer, matchEntities } from '@sijill/core';
import { syntheticArabicWireArticle } from './synthetic-arabic-wire-article';

const OPTIONS = { date: '2024-06-01' };

function microseconds(run: () => void, times: number): number {
  const started = process.hrtime.bigint();
  for (let i = 0; i < times; i += 1) run();
  return Number(process.hrtime.bigint() - started) / 1_000 / times;
}

const loadStarted = process.hrtime.bigint();
const gazetteer = loadDefaultGazetteer();
const loadMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;
const first = syntheticArabicWireArticle(1000, 0);
const cold = microseconds(() => matchEntities(gazetteer, first, OPTIONS), 1);
const texts = Array.from({ length: 50 }, (_, salt) => syntheticArabicWireArticle(1000, salt + 1));
let next = 0;
const warm = microseconds(() => {
  matchEntities(gazetteer, texts[next % texts.length] ?? '', OPTIONS);
  next += 1;
}, 100);
process.stdout.write(
  `gazetteer load ${loadMs.toFixed(0)} ms; match, 1,000-word Arabic article: cold ${cold.toFixed(0)} µs, warm ${warm.toFixed(0)} µs\n`,
);
