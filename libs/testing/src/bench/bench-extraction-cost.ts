// `npm run bench:extraction-cost -- [day] [limit]`: CPU time extraction takes per real article
// (one day of the corpus in ../shared, default 2015-07-31; synthetic articles without it), each
// article normalised first and capped as the extractor stage caps it; the first 50 warm up. Prints
// the mean and the share of articles that report an encounter. Not a test.
import { capArticleForExtraction, extractMentions, loadDefaultGazetteer } from '@sijill/core';
import { rawArticles, toUnique } from './corpus-day';

const MAX_CHARS = 30_000;
const WARM_UP = 50;

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
