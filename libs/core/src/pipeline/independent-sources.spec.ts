import { foldForMatching } from '../normalise';
import { loadDefaultGazetteer } from '../gazetteer';
import {
  DEFAULT_OVERLAP_PARAMS,
  InMemoryNearDuplicateIndex,
  overlapKeysOfText,
} from '../near-duplicate';
import { ProcessArticlesUseCase } from './process-articles.use-case';

const NOW = new Date('2024-07-04T12:00:00.000Z');

function article(id: string, source: string, body: string): { label: string; value: Uint8Array } {
  const json = JSON.stringify({
    id,
    source,
    body,
    language: 'ar',
    publishedAt: '2024-07-04T09:00:00Z',
  });
  return { label: id, value: new TextEncoder().encode(json) };
}

const VISIT =
  'وصل الرئيس الروسي فلاديمير بوتين إلى أستانا اليوم الخميس في زيارة رسمية يجري خلالها محادثات مع الرئيس الكازاخستاني قاسم جومارت توكاييف.';
const SIGNING =
  'ومن المقرر أن يوقع الجانبان سبع اتفاقيات في مجالات الطاقة والصناعة والزراعة والتعليم بقيمة تتجاوز أربعة مليارات دولار خلال السنوات الخمس المقبلة.';
const QUOTE =
  'وقال المتحدث باسم الكرملين دميتري بيسكوف إن الزيارة تعكس الطابع الاستراتيجي للعلاقات بين موسكو وأستانا وإن البلدين يعملان على رفع التبادل التجاري إلى ثلاثين مليار دولار.';
const FORUM =
  'كما يشارك الرئيسان في منتدى التعاون الإقليمي الذي يجمع حكام المناطق الحدودية بين البلدين ويبحث مشاريع النقل والممرات اللوجستية وخطوط السكك الحديدية الجديدة.';

/** An agency's story of the visit. */
const WIRE = [VISIT, SIGNING, QUOTE, FORUM].join('\n');
/** A paper's copy of it: a dateline and a tail of its own. */
const COPY = ['أستانا (وكالات) —', WIRE, 'تابعوا تغطيتنا الكاملة للزيارة على موقعنا.'].join('\n');
/** A paper's rewrite: its own lead and analysis, the agreements' figures and the quote kept. */
const REWRITE = [
  'بدأ الرئيس فلاديمير بوتين اليوم الخميس زيارة رسمية إلى أستانا يلتقي خلالها الرئيس قاسم جومارت توكاييف في أول زيارة له إلى كازاخستان منذ عامين.',
  SIGNING,
  QUOTE,
  'ويرى محللون أن موسكو تسعى إلى تعزيز حضورها في آسيا الوسطى في ظل المنافسة الصينية المتزايدة على مشاريع البنية التحتية وخطوط نقل النفط والغاز نحو الأسواق العالمية.',
].join('\n');
/** Another outlet's own report of the visit: no sentence in common with the agency's. */
const OWN =
  'أجرى الرئيس فلاديمير بوتين في أستانا اليوم الخميس محادثات مع الرئيس قاسم جومارت توكاييف تناولت الطاقة والنقل وتوسيع التبادل التجاري بين روسيا وكازاخستان بحسب ما نقله مراسلنا من القصر الرئاسي.';

describe('independent sources of an entry (offline pipeline)', () => {
  it('relate the texts as written: a copy, a rewrite and an independent report', async () => {
    const index = new InMemoryNearDuplicateIndex();
    const policy = { ...DEFAULT_OVERLAP_PARAMS, windowSeconds: 3600 };
    const check = (id: string, text: string) =>
      index.checkAndInsert(
        {
          articleId: id,
          ...overlapKeysOfText(foldForMatching(text), DEFAULT_OVERLAP_PARAMS),
        },
        policy,
        0,
      );
    await check('wire', WIRE);
    expect((await check('copy', COPY)).kind).toBe('near-duplicate');
    expect((await check('rewrite', REWRITE)).kind).toBe('derived');
    expect((await check('own', OWN)).kind).toBe('unique');
  });

  it('counts a rewrite once with its original, a copy not at all, and another outlet apart', async () => {
    const pipeline = new ProcessArticlesUseCase(loadDefaultGazetteer(), {
      limits: { maxBodyBytes: 1 << 20 },
      dedupTtlSeconds: 7 * 86_400,
      nearDuplicateThreshold: DEFAULT_OVERLAP_PARAMS.copyContainment,
      maxExtractedChars: 20_000,
      now: () => NOW,
    });
    await pipeline.add(article('wire', 'agency', WIRE));
    await pipeline.add(article('rewrite', 'paper-a', REWRITE));
    await pipeline.add(article('copy', 'paper-b', COPY));
    await pipeline.add(article('own', 'paper-c', OWN));
    const visit = pipeline
      .timeline()
      .events.find((e) => e.status === 'active' && e.type === 'visit');
    expect(visit?.sources.map((s) => [s.articleId, s.duplicates, s.derivedFrom])).toEqual([
      ['own', undefined, undefined],
      ['rewrite', undefined, 'wire'],
      ['wire', ['copy'], undefined],
    ]);
    expect(visit).toMatchObject({ independentSources: 2, copies: 1 });
  });
});
