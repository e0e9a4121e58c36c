import type { UniqueArticle } from '@sijill/contracts';
import { loadDefaultGazetteer } from '../gazetteer';
import { ExtractArticleUseCase } from './extract-article.use-case';

const VISIT =
  'Russian President Vladimir Putin arrived in Astana on Monday for talks with President Kassym-Jomart Tokayev.';
const AFTER = 'The two leaders discussed trade and energy.';

function article(): UniqueArticle {
  const text = `${VISIT} ${AFTER}`;
  return {
    articleId: 'a1',
    language: 'en',
    languageDetected: false,
    publishedAt: '2024-07-02T08:00:00Z',
    text,
    sentences: [
      { start: 0, end: VISIT.length },
      { start: VISIT.length + 1, end: text.length },
    ],
    cuts: [],
    source: { topic: 't', partition: 0, offset: '0' },
  };
}

describe('ExtractArticleUseCase', () => {
  const gazetteer = loadDefaultGazetteer();
  const now = '2024-07-02T09:00:00.000Z';

  it('returns the mentions the article reports and how much of it was read', () => {
    const outcome = new ExtractArticleUseCase(gazetteer, { maxChars: 10_000 }).execute(
      article(),
      now,
    );
    expect(outcome.mentions.map((m) => [m.type, m.location?.city])).toEqual([['visit', 'Astana']]);
    expect(outcome).toMatchObject({ readChars: article().text.length, droppedSentences: 0 });
  });

  it('reads no further than its cap: a report past the cap is not extracted', () => {
    const outcome = new ExtractArticleUseCase(gazetteer, { maxChars: 20 }).execute(article(), now);
    expect(outcome).toEqual({ mentions: [], readChars: 20, droppedSentences: 2 });
  });
});
