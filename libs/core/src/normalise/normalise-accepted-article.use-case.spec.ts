import { DEFAULT_OVERLAP_PARAMS, InMemoryNearDuplicateIndex } from '../near-duplicate';
import { NormaliseAcceptedArticleUseCase } from './normalise-accepted-article.use-case';
import { prepareAcceptedArticle } from './prepare-accepted-article';
import { definedOnly, type AcceptedArticle } from '@sijill/contracts';
import { acceptedArticle } from '@sijill/testing';

function accepted(id: string, body: string): AcceptedArticle {
  return acceptedArticle(id, body, { language: 'ar', publishedAt: '2026-03-02T08:00:00Z' });
}

const BODIES = [
  'بحث وزير الخارجية العماني في مسقط مع نظيره الأردني سبل دعم الحوار بين دول المنطقة وتوسيع التبادل التجاري.',
  'افتتح محافظ المدينة معرضا للكتاب يضم أكثر من خمسمائة دار نشر عربية وأجنبية ويستمر عشرة أيام.',
  'بحث وزير الخارجية العماني في مسقط مع نظيره الأردني سبل دعم الحوار بين دول المنطقة وتوسيع التبادل التجاري.',
];

function useCase(betweenArticles?: () => Promise<void>): NormaliseAcceptedArticleUseCase {
  return new NormaliseAcceptedArticleUseCase(new InMemoryNearDuplicateIndex(), {
    params: DEFAULT_OVERLAP_PARAMS,
    windowSeconds: 86_400,
    ...definedOnly({ betweenArticles }),
  });
}

describe('NormaliseAcceptedArticleUseCase, a batch handed back between articles', () => {
  const batch = BODIES.map((body, i) => accepted(`a${i}`, body));
  const now = new Date('2026-03-02T10:00:00Z');

  it('lets its host run other work after each article it normalises', async () => {
    const turns: number[] = [];
    let prepared = 0;
    const outcomes = await useCase(() => {
      turns.push((prepared += 1));
      return Promise.resolve();
    }).executeMany(batch, now);
    expect(turns).toEqual([1, 2, 3]);
    expect(outcomes.map((o) => o.kind)).toEqual(['unique', 'unique', 'near-duplicate']);
  });

  it('decides exactly as a batch normalised in one go', async () => {
    const handedBack = await useCase(() => Promise.resolve()).executeMany(batch, now);
    const inOneGo = await useCase().executeMany(batch, now);
    expect(handedBack).toEqual(inOneGo);
  });

  it('decides exactly as in place when the batch is prepared elsewhere', async () => {
    const handed: string[][] = [];
    let turns = 0;
    const elsewhere = new NormaliseAcceptedArticleUseCase(new InMemoryNearDuplicateIndex(), {
      params: DEFAULT_OVERLAP_PARAMS,
      windowSeconds: 86_400,
      betweenArticles: () => Promise.resolve(void (turns += 1)),
      prepareMany: (articles, params) => {
        handed.push(articles.map((a) => a.articleId));
        return Promise.resolve(articles.map((a) => prepareAcceptedArticle(a, params)));
      },
    });
    const outcomes = await elsewhere.executeMany(batch, now);
    expect(handed).toEqual([['a0', 'a1', 'a2']]);
    expect(turns).toBe(0);
    expect(outcomes).toEqual(await useCase().executeMany(batch, now));
  });
});
