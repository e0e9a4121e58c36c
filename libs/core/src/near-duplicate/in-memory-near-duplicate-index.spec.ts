import { describeNearDuplicateIndexContract } from '@sijill/testing';
import { foldForMatching } from '../normalise';
import { InMemoryNearDuplicateIndex } from './in-memory-near-duplicate-index';
import { DEFAULT_OVERLAP_PARAMS } from './overlap-params';
import { overlapPolicy } from './overlap-policy';
import { overlapKeysOfText } from './select-anchors';

describeNearDuplicateIndexContract('InMemoryNearDuplicateIndex', () => {
  const index = new InMemoryNearDuplicateIndex();
  return Promise.resolve({ index, another: () => index, unique: '' });
});

const STORY =
  'وصل الرئيس الروسي فلاديمير بوتين إلى العاصمة الكازاخستانية أستانا صباح اليوم الخميس في زيارة رسمية تستمر يومين يجري خلالها محادثات مع نظيره قاسم جومارت توكاييف حول التعاون الاقتصادي والطاقة والنقل ومن المقرر أن يوقع الجانبان عددا من الاتفاقيات في مجالات الطاقة والصناعة والزراعة والتعليم';
const OTHER =
  'استقبل الرئيس التركي رجب طيب أردوغان في أنقرة اليوم رئيس الوزراء الباكستاني لبحث ملفات الدفاع والتجارة الثنائية وأعلن الجانبان عن خطة لرفع حجم التبادل التجاري إلى خمسة مليارات دولار خلال ثلاث سنوات إضافة إلى تعاون في صناعة الطائرات المسيرة';

describe('InMemoryNearDuplicateIndex window', () => {
  const policy = overlapPolicy(DEFAULT_OVERLAP_PARAMS, 10);
  const anchored = (articleId: string, text: string) => ({
    articleId,
    ...overlapKeysOfText(foldForMatching(text), DEFAULT_OVERLAP_PARAMS),
  });

  it('holds only the articles of the current window', async () => {
    const index = new InMemoryNearDuplicateIndex();
    await index.checkAndInsert(anchored('story', STORY), policy, 0);
    await index.checkAndInsert(anchored('other', OTHER), policy, 5_000);
    expect(index.size).toBe(2);
    expect((await index.checkAndInsert(anchored('copy', STORY), policy, 9_999)).kind).toBe(
      'near-duplicate',
    );
    await index.checkAndInsert(anchored('late', 'نص قصير لا يشبه شيئا'), policy, 10_000);
    expect(index.size).toBe(1);
  });

  it('takes an article seen after its original left the window for a new original', async () => {
    const index = new InMemoryNearDuplicateIndex();
    await index.checkAndInsert(anchored('story', STORY), policy, 0);
    expect((await index.checkAndInsert(anchored('again', STORY), policy, 10_000)).kind).toBe(
      'unique',
    );
    expect(index.size).toBe(1);
    expect((await index.checkAndInsert(anchored('copy', STORY), policy, 12_000)).kind).toBe(
      'near-duplicate',
    );
  });
});
