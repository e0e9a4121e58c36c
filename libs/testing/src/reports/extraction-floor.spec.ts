import { loadDefaultGazetteer } from '@sijill/core';
import {
  devSetArticles,
  evidenceOutsideText,
  runExtraction,
  scoreArticle,
  scoreExtraction,
  seedArticles,
  seedsDir,
} from './report-extraction';

// Floors a little under what extraction achieves (measured: precision 0.966, recall 0.955 on the
// 105-case development set, after cases 081-105 in wire and agency forms were added; precision
// 0.953, recall 0.950 on 145 cases, after cases 106-145 kept because they failed when written); a
// change that loses more than this fails CI. Raise them as extraction improves.
const DEV_PRECISION_FLOOR = 0.93;
const DEV_RECALL_FLOOR = 0.95;

const gazetteer = loadDefaultGazetteer();

describe('extraction on the development set', () => {
  const score = scoreExtraction(runExtraction(devSetArticles(), gazetteer).scored);

  it(`keeps mention precision at or above ${DEV_PRECISION_FLOOR}`, () => {
    expect(score.precision).toBeGreaterThanOrEqual(DEV_PRECISION_FLOOR);
  });

  it(`keeps mention recall at or above ${DEV_RECALL_FLOOR}`, () => {
    expect(score.recall).toBeGreaterThanOrEqual(DEV_RECALL_FLOOR);
  });

  it('finds nothing in the hard negatives', () => {
    const negatives = score.articles.filter((a) => a.id.includes('hard-negative'));
    expect(negatives.length).toBeGreaterThan(0);
    expect(negatives.flatMap((a) => a.falseMentions)).toEqual([]);
  });
});

const seeds = seedsDir();
const describeSeeds = seeds === undefined ? describe.skip : describe;

describeSeeds('extraction on the seed articles (../shared/fixtures/seeds)', () => {
  const { scored } = runExtraction(seeds === undefined ? [] : seedArticles(seeds), gazetteer);

  it.each(scored.map((s) => [s.id, s] as const))(
    '%s: every required gold event listed for it is among its mentions',
    (_, article) => {
      const missed = scoreArticle(article).missed.map((e) => e.label);
      expect(missed).toEqual([]);
    },
  );

  it.each(scored.map((s) => [s.id, s] as const))(
    '%s: no evidence lies outside the display text or in a cut (related articles, captions)',
    (_, article) => {
      expect(evidenceOutsideText(article.article, article.mentions)).toEqual([]);
    },
  );

  it('reports no event from the related-articles section of seed 004', () => {
    const article = scored.find((s) => s.id.includes('004_'));
    expect(article).toBeDefined();
    const related = article?.article.cuts.filter((c) => c.rule.startsWith('related')) ?? [];
    expect(related.length).toBeGreaterThan(0);
    for (const mention of article?.mentions ?? []) {
      for (const e of mention.evidence) {
        expect(related.some((c) => c.text.includes(e.text) || e.text.includes(c.text))).toBe(false);
      }
    }
  });
});
