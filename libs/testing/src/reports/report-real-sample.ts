// `npm run report:real-sample` (after `npm run build`): reads the 600 randomly drawn articles of
// ../shared/corpora/saudinewsnet by id, runs extraction on each and the whole offline pipeline
// on all of them, matches mentions and timeline entries to the labels of
// libs/testing/src/fixtures/real-sample/labels.json the way ../shared/tools/score-timeline.mjs
// matches entries to gold events, and prints precision, recall and every article with a missed
// encounter or a false mention or entry. `--verbose` also lists the matched ones.
import type { EventMention, TimelineEntry } from '@sijill/contracts';
import { loadDefaultGazetteer } from '@sijill/core';
import { loadRealSampleLabels } from '../fixtures/real-sample/load-real-sample';
import { readCorpusArticles, type CorpusArticle } from '../fixtures/real-sample/read-corpus';
import { sharedPath } from '../fixtures/shared-dir';
import {
  buildSampleTimeline,
  extractSampleMentions,
  scoreEntries,
  scoreMentions,
  toGoldEncounters,
  type Candidate,
  type GoldEncounter,
  type SampleScore,
} from './score-real-sample';

/** Where the corpus is, when this checkout has it (a user's clone does not). */
export function realSampleCorpusDir(): string | undefined {
  return sharedPath('corpora', 'saudinewsnet', '2015-07-21.jsonl.gz') === undefined
    ? undefined
    : sharedPath('corpora', 'saudinewsnet');
}

/** The labelled articles read from the corpus by id, with their labels as gold encounters. */
export function loadRealSampleArticles(corpusDir: string): {
  articles: CorpusArticle[];
  expected: Map<string, GoldEncounter[]>;
} {
  const labels = loadRealSampleLabels();
  const articles = readCorpusArticles(
    corpusDir,
    labels.articles.map((a) => a.id),
  );
  const expected = new Map(labels.articles.map((a) => [a.id, toGoldEncounters(a.id, a.events)]));
  return { articles, expected };
}

/** Both scores of today's extraction on the sample: mentions per article, and the timeline. */
export async function scoreRealSample(corpusDir: string): Promise<{
  mentions: SampleScore<EventMention>;
  entries: SampleScore<TimelineEntry>;
}> {
  const gazetteer = loadDefaultGazetteer();
  const { articles, expected } = loadRealSampleArticles(corpusDir);
  const extracted = extractSampleMentions(articles, gazetteer);
  const mentions = scoreMentions(
    articles.map((a) => ({
      id: a.id,
      mentions: extracted.get(a.id) ?? [],
      expected: expected.get(a.id) ?? [],
    })),
  );
  // A fixed clock after the corpus's last crawl keeps the run reproducible.
  const timeline = await buildSampleTimeline(articles, gazetteer, new Date('2015-08-05T00:00:00Z'));
  const entries = scoreEntries(timeline, [...expected.values()].flat());
  return { mentions, entries };
}

const describeCandidate = (c: Candidate): string =>
  [
    c.type,
    c.date.start + (c.date.end === undefined ? '' : `..${c.date.end}`),
    c.location === undefined ? '-' : `${c.location.city ?? ''}/${c.location.country}`,
    c.organisation?.acronym ?? c.organisation?.name ?? '',
    c.participants.map((p) => `${p.name}${p.side === undefined ? '' : `(${p.side})`}`).join(', '),
  ]
    .filter((s) => s !== '')
    .join(' | ');

const describeGold = (g: GoldEncounter): string =>
  `${g.type} ${g.date} ${g.city ?? ''}/${g.country ?? ''} ${g.organisation ?? ''} ${g.participants.join(', ')}${g.required ? '' : ' (uncertain)'}`;

function printScore<C extends Candidate>(title: string, score: SampleScore<C>): void {
  const say = (line = ''): void => {
    process.stdout.write(`${line}\n`);
  };
  say(`\n== ${title} ==`);
  for (const article of score.articles) {
    say(`${article.id}: ${article.missed.length} missed, ${article.falseCandidates.length} false`);
    for (const m of article.missed) say(`   MISSED ${describeGold(m)}`);
    for (const f of article.falseCandidates) say(`   FALSE  ${describeCandidate(f)}`);
  }
  say(
    `${title}: predicted ${score.predicted}, matched ${score.matchedPredicted}, ` +
      `labelled (certain) ${score.required}, found ${score.matchedRequired}`,
  );
  say(`${title}: precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}`);
}

async function main(): Promise<void> {
  const corpusDir = realSampleCorpusDir();
  if (corpusDir === undefined) {
    process.stdout.write(
      'The corpus ../shared/corpora/saudinewsnet is absent: nothing to score.\n',
    );
    return;
  }
  const { mentions, entries } = await scoreRealSample(corpusDir);
  printScore('real sample, mentions', mentions);
  printScore('real sample, timeline entries', entries);
}

if (require.main === module) void main();
