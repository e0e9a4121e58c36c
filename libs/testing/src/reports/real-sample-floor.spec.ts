import type { EventMention, TimelineEntry } from '@sijill/contracts';
import { realSampleCorpusDir, scoreRealSample } from './report-real-sample';
import type { SampleScore } from './score-real-sample';

// Floors on the 600 randomly drawn real articles. Mentions hold the 0.90 the product promises
// (measured: precision 1.000, recall 1.000 of 15 certain encounters, once participants were bound
// to their clause, reception guests and collective counterparts were read and a plan's future
// verb was told from a report). Timeline entries measured precision 1.000, recall 0.857 of 14:
// the Doha round's plan (08-02) and its held trilateral (08-03) are one entry, which can match
// only one of the two labels' days, and Lavrov's Doha visit shares that entry. One encounter is
// about 0.07.
const MENTION_PRECISION_FLOOR = 0.9;
const MENTION_RECALL_FLOOR = 0.9;
const ENTRY_PRECISION_FLOOR = 0.9;
const ENTRY_RECALL_FLOOR = 0.85;

const corpus = realSampleCorpusDir();
const describeCorpus = corpus === undefined ? describe.skip : describe;

describeCorpus('extraction on the real random sample (../shared/corpora/saudinewsnet)', () => {
  let mentions: SampleScore<EventMention>;
  let entries: SampleScore<TimelineEntry>;

  beforeAll(async () => {
    ({ mentions, entries } = await scoreRealSample(corpus ?? ''));
  }, 300_000);

  it(`keeps mention precision at or above ${MENTION_PRECISION_FLOOR}`, () => {
    expect(mentions.precision).toBeGreaterThanOrEqual(MENTION_PRECISION_FLOOR);
  });

  it(`keeps mention recall at or above ${MENTION_RECALL_FLOOR}`, () => {
    expect(mentions.recall).toBeGreaterThanOrEqual(MENTION_RECALL_FLOOR);
  });

  it(`keeps timeline entry precision at or above ${ENTRY_PRECISION_FLOOR}`, () => {
    expect(entries.precision).toBeGreaterThanOrEqual(ENTRY_PRECISION_FLOOR);
  });

  it(`keeps timeline entry recall at or above ${ENTRY_RECALL_FLOOR}`, () => {
    expect(entries.recall).toBeGreaterThanOrEqual(ENTRY_RECALL_FLOOR);
  });
});
