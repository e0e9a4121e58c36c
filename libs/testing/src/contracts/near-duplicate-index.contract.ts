import {
  DEFAULT_OVERLAP_PARAMS,
  foldForMatching,
  overlapJudgingOf,
  overlapKeysOfText,
  type AnchoredArticle,
  type NearDuplicateIndex,
  type NearDuplicatePolicy,
} from '@sijill/core';

/** The default judging with a one-hour window. */
export const CONTRACT_POLICY: NearDuplicatePolicy = {
  ...overlapJudgingOf(DEFAULT_OVERLAP_PARAMS),
  windowSeconds: 3600,
};
const policy = CONTRACT_POLICY;

/** An article's anchors, shingles and filter from a text, as the normaliser selects them. */
export function anchorArticle(articleId: string, text: string): AnchoredArticle {
  return { articleId, ...overlapKeysOfText(foldForMatching(text), DEFAULT_OVERLAP_PARAMS) };
}

export const WIRE_STORY = [
  'وصل الرئيس الروسي فلاديمير بوتين إلى العاصمة الكازاخستانية أستانا صباح اليوم الخميس في زيارة رسمية',
  'تستمر يومين يجري خلالها محادثات مع نظيره قاسم جومارت توكاييف حول التعاون الاقتصادي والطاقة والنقل.',
  'ومن المقرر أن يوقع الجانبان عددا من الاتفاقيات في مجالات الطاقة والصناعة والزراعة والتعليم،',
  'كما يشارك الرئيسان في منتدى التعاون الإقليمي الذي يجمع حكام المناطق الحدودية بين البلدين.',
  'وقال المتحدث باسم الكرملين إن الزيارة تعكس الطابع الاستراتيجي للعلاقات بين موسكو وأستانا.',
].join('\n');

/** The same wire story with a new dateline sentence and one paragraph dropped. */
export const WIRE_COPY = [
  'أستانا (وكالات) —',
  ...WIRE_STORY.split('\n').filter((_, i) => i !== 3),
].join('\n');

/** The wire story rewritten by another outlet: its own lead and close, two sentences kept. */
export const WIRE_REWRITE = [
  'بدأ سيد الكرملين جولة آسيوية جديدة تقوده إلى كازاخستان حيث ينتظره ملف الطاقة والممرات التجارية،',
  'في أول زيارة له إلى البلاد منذ عامين بحسب مصادر دبلوماسية في العاصمة الروسية.',
  'ومن المقرر أن يوقع الجانبان عددا من الاتفاقيات في مجالات الطاقة والصناعة والزراعة والتعليم،',
  'وقال المتحدث باسم الكرملين إن الزيارة تعكس الطابع الاستراتيجي للعلاقات بين موسكو وأستانا.',
  'ويرى محللون أن موسكو تسعى إلى تعزيز حضورها في آسيا الوسطى في ظل المنافسة الصينية المتزايدة',
  'على مشاريع البنية التحتية وخطوط نقل النفط والغاز التي تعبر أراضي المنطقة نحو الأسواق العالمية.',
].join('\n');

/** The rewrite rewritten again by a third outlet: its own lead and close, four of its lines kept. */
const REWRITE_OF_REWRITE = [
  'تترقب الأوساط الاقتصادية في المنطقة نتائج الزيارة التي يقوم بها الرئيس الروسي إلى أستانا هذا الأسبوع،',
  'وسط توقعات بإعلان مشاريع مشتركة جديدة في قطاعات النفط والسكك الحديدية والموانئ الجافة.',
  ...WIRE_REWRITE.split('\n').filter((_, i) => i === 1 || i === 3 || i === 4 || i === 5),
  'وأكد خبراء في أسواق الطاقة أن أي اتفاق جديد سيؤثر على أسعار الغاز في الأسواق المجاورة خلال العام المقبل،',
  'فيما يتوقع مراقبون أن تمتد المحادثات إلى ملفات الأمن الإقليمي ومكافحة الإرهاب على الحدود الجنوبية.',
].join('\n');

const OTHER_STORY = [
  'استقبل الرئيس التركي رجب طيب أردوغان في أنقرة اليوم رئيس الوزراء الباكستاني لبحث ملفات الدفاع',
  'والتجارة الثنائية، وأعلن الجانبان عن خطة لرفع حجم التبادل التجاري إلى خمسة مليارات دولار',
  'خلال ثلاث سنوات، إضافة إلى تعاون في صناعة الطائرات المسيرة وتدريب الكوادر العسكرية.',
].join('\n');

/**
 * The behaviour every `NearDuplicateIndex` adapter must show. `makeIndex` returns an index and a
 * factory for a second one over the same store (another instance, another connection).
 */
export function describeNearDuplicateIndexContract(
  name: string,
  makeIndex: () => Promise<{
    index: NearDuplicateIndex;
    another: () => NearDuplicateIndex;
    unique: string;
  }>,
): void {
  describe(`${name} (NearDuplicateIndex contract)`, () => {
    let index: NearDuplicateIndex;
    let another: () => NearDuplicateIndex;
    let u: string;
    beforeEach(async () => {
      ({ index, another, unique: u } = await makeIndex());
    });

    it('says unique for a first article and finds its wire copy, naming it with a similarity', async () => {
      expect(await index.checkAndInsert(anchorArticle(`${u}a`, WIRE_STORY), policy, 1_000)).toEqual(
        {
          kind: 'unique',
        },
      );
      const copy = await index.checkAndInsert(anchorArticle(`${u}b`, WIRE_COPY), policy, 2_000);
      expect(copy).toMatchObject({ kind: 'near-duplicate', of: `${u}a` });
      expect(copy.kind === 'near-duplicate' && copy.containment).toBeGreaterThanOrEqual(
        policy.copyContainment,
      );
    });

    it('tells a different story apart', async () => {
      await index.checkAndInsert(anchorArticle(`${u}a`, WIRE_STORY), policy, 1_000);
      expect(
        await index.checkAndInsert(anchorArticle(`${u}c`, OTHER_STORY), policy, 2_000),
      ).toEqual({
        kind: 'unique',
      });
    });

    it('finds an excerpt of an earlier article, and an article that embeds an earlier one', async () => {
      await index.checkAndInsert(anchorArticle(`${u}a`, WIRE_STORY), policy, 1_000);
      const excerpt = WIRE_STORY.split('\n').slice(0, 3).join('\n');
      expect(
        await index.checkAndInsert(anchorArticle(`${u}e`, excerpt), policy, 2_000),
      ).toMatchObject({ kind: 'near-duplicate', of: `${u}a` });
      await index.checkAndInsert(anchorArticle(`${u}c`, OTHER_STORY), policy, 3_000);
      const embedding = `${OTHER_STORY}\n${WIRE_STORY.split('\n').slice(0, 2).join('\n')}`;
      expect(
        await index.checkAndInsert(anchorArticle(`${u}f`, embedding), policy, 4_000),
      ).toMatchObject({ kind: 'near-duplicate', of: `${u}c` });
    });

    it("reads the original's shingle filter before calling a copy: three fifths verbatim is a rewrite", async () => {
      // Anchors of this overlap look like a copy (most of the shorter's sampled shingles shared);
      // every shingle says 0.6 of it is inside the original: a rewrite, linked but not a copy.
      const words = (count: number, from: number): string =>
        Array.from({ length: count }, (_, i) => `w${(from + i).toString(36)}`).join(' ');
      const original = words(400, 0);
      const rewrite = `${words(240, 0)} ${words(160, 5000)}`;
      await index.checkAndInsert(anchorArticle(`${u}a`, original), policy, 1_000);
      const verdict = await index.checkAndInsert(anchorArticle(`${u}r`, rewrite), policy, 2_000);
      expect(verdict).toMatchObject({ kind: 'derived', of: `${u}a` });
    });

    it('links a rewrite that keeps sentences of an earlier article to it, not as a copy', async () => {
      await index.checkAndInsert(anchorArticle(`${u}a`, WIRE_STORY), policy, 1_000);
      const rewrite = await index.checkAndInsert(
        anchorArticle(`${u}r`, WIRE_REWRITE),
        policy,
        2_000,
      );
      expect(rewrite).toMatchObject({ kind: 'derived', of: `${u}a` });
      // A rewrite is remembered: a copy of it is its copy, not a second rewrite of the original.
      const again = await index.checkAndInsert(anchorArticle(`${u}s`, WIRE_REWRITE), policy, 3_000);
      expect(again).toMatchObject({ kind: 'near-duplicate', of: `${u}r` });
    });

    it('links a rewrite of a rewrite to the root of the story, and a redelivered rewrite to it again', async () => {
      await index.checkAndInsert(anchorArticle(`${u}a`, WIRE_STORY), policy, 1_000);
      await index.checkAndInsert(anchorArticle(`${u}r`, WIRE_REWRITE), policy, 2_000);
      expect(
        await index.checkAndInsert(anchorArticle(`${u}t`, REWRITE_OF_REWRITE), policy, 3_000),
      ).toMatchObject({ kind: 'derived', of: `${u}a` });
      expect(
        await index.checkAndInsert(anchorArticle(`${u}r`, WIRE_REWRITE), policy, 4_000),
      ).toMatchObject({ kind: 'derived', of: `${u}a` });
      expect(await index.checkAndInsert(anchorArticle(`${u}a`, WIRE_STORY), policy, 5_000)).toEqual(
        { kind: 'unique' },
      );
    });

    it('lets exactly one of two copies of a rewrite, checked at the same moment by two instances, be its original', async () => {
      await index.checkAndInsert(anchorArticle(`${u}a`, WIRE_STORY), policy, 1_000);
      const second = another();
      const outcomes = await Promise.all([
        index.checkAndInsert(anchorArticle(`${u}r`, WIRE_REWRITE), policy, 2_000),
        second.checkAndInsert(anchorArticle(`${u}s`, `(وكالات) —\n${WIRE_REWRITE}`), policy, 2_000),
      ]);
      expect(outcomes.filter((o) => o.kind === 'derived')).toEqual([
        expect.objectContaining({ of: `${u}a` }),
      ]);
      expect(outcomes.filter((o) => o.kind === 'near-duplicate')).toHaveLength(1);
    });

    it('finds itself on redelivery and stays unique', async () => {
      await index.checkAndInsert(anchorArticle(`${u}a`, WIRE_STORY), policy, 1_000);
      expect(await index.checkAndInsert(anchorArticle(`${u}a`, WIRE_STORY), policy, 2_000)).toEqual(
        {
          kind: 'unique',
        },
      );
    });

    it('does not remember a copy, only its original', async () => {
      await index.checkAndInsert(anchorArticle(`${u}a`, WIRE_STORY), policy, 1_000);
      await index.checkAndInsert(anchorArticle(`${u}b`, WIRE_COPY), policy, 2_000);
      const third = await index.checkAndInsert(anchorArticle(`${u}d`, WIRE_COPY), policy, 3_000);
      expect(third).toMatchObject({ kind: 'near-duplicate', of: `${u}a` });
    });

    it('forgets articles older than the window', async () => {
      await index.checkAndInsert(anchorArticle(`${u}a`, WIRE_STORY), policy, 1_000);
      const later = 1_000 + policy.windowSeconds * 1000 + 1;
      expect(await index.checkAndInsert(anchorArticle(`${u}b`, WIRE_COPY), policy, later)).toEqual({
        kind: 'unique',
      });
    });

    it('checks a batch in order: a later article of the batch is a copy of an earlier one', async () => {
      await index.checkAndInsert(anchorArticle(`${u}o`, OTHER_STORY), policy, 1_000);
      const outcomes = await index.checkAndInsertMany(
        [
          anchorArticle(`${u}a`, WIRE_STORY),
          anchorArticle(`${u}b`, WIRE_COPY),
          anchorArticle(`${u}c`, OTHER_STORY),
          anchorArticle(`${u}a`, WIRE_STORY),
        ],
        policy,
        2_000,
      );
      expect(outcomes).toMatchObject([
        { kind: 'unique' },
        { kind: 'near-duplicate', of: `${u}a` },
        { kind: 'near-duplicate', of: `${u}o` },
        { kind: 'unique' },
      ]);
      expect(
        await index.checkAndInsert(anchorArticle(`${u}d`, WIRE_COPY), policy, 3_000),
      ).toMatchObject({ kind: 'near-duplicate', of: `${u}a` });
    });

    it('lets exactly one of two copies checked at the same moment by two instances pass', async () => {
      const second = another();
      const outcomes = await Promise.all([
        index.checkAndInsert(anchorArticle(`${u}x`, WIRE_STORY), policy, 1_000),
        second.checkAndInsert(anchorArticle(`${u}y`, WIRE_COPY), policy, 1_000),
      ]);
      expect(outcomes.filter((o) => o.kind === 'unique')).toHaveLength(1);
    });
  });
}
