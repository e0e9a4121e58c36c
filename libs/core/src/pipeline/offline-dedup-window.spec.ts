import { loadDefaultGazetteer } from '../gazetteer';
import { ProcessArticlesUseCase } from './process-articles.use-case';

const BODY =
  'أعلنت وزارة الزراعة اليوم عن خطة جديدة لتوسيع زراعة النخيل في المناطق الشمالية تشمل توزيع آلاف الفسائل على المزارعين وإنشاء مراكز للتدريب على الري الحديث خلال الأعوام الثلاثة المقبلة.';

function article(id: string, publishedAt: string): { label: string; value: Uint8Array } {
  const json = JSON.stringify({ id, body: BODY, language: 'ar', publishedAt });
  return { label: id, value: new TextEncoder().encode(json) };
}

describe('the offline dedup window', () => {
  const gazetteer = loadDefaultGazetteer();
  const pipeline = () =>
    new ProcessArticlesUseCase(gazetteer, {
      limits: { maxBodyBytes: 1 << 20 },
      dedupTtlSeconds: 86_400,
      nearDuplicateThreshold: 0.65,
      maxExtractedChars: 30_000,
      now: () => new Date('2026-01-01T00:00:00Z'),
    });

  it('runs on the articles’ publication times, not on the wall clock', async () => {
    const offline = pipeline();
    await offline.add(article('first', '2024-07-01T08:00:00Z'));
    await offline.add(article('same-day', '2024-07-01T20:00:00Z'));
    await offline.add(article('two-days-on', '2024-07-03T09:00:00Z'));
    await offline.add(article('an-hour-on', '2024-07-03T10:00:00Z'));
    expect(offline.timeline().articles.map((a) => [a.id, a.outcome, a.duplicateOf])).toEqual([
      ['first', 'unique', undefined],
      ['same-day', 'duplicate', 'first'],
      ['two-days-on', 'unique', undefined],
      ['an-hour-on', 'duplicate', 'two-days-on'],
    ]);
  });

  it('never turns back: an article dated earlier is judged at the latest time read', async () => {
    const offline = pipeline();
    await offline.add(article('first', '2024-07-01T08:00:00Z'));
    await offline.add(article('later', '2024-07-03T09:00:00Z'));
    await offline.add(article('back-dated', '2024-07-01T09:00:00Z'));
    expect(offline.timeline().articles.map((a) => a.outcome)).toEqual([
      'unique',
      'unique',
      'duplicate',
    ]);
  });
});
