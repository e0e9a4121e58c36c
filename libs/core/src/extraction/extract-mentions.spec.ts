import { EventMentionSchema, type EventMention, type UniqueArticle } from '@sijill/contracts';
import { loadDefaultGazetteer } from '../gazetteer';
import { exampleArticle } from '@sijill/testing';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();

function article(id: string, language: string, publishedAt: string, body: string): UniqueArticle {
  return exampleArticle(id, language, body, { publishedAt });
}

interface Expected {
  readonly type: EventMention['type'];
  readonly lifecycle: EventMention['lifecycle'];
  readonly start: string;
  readonly end?: string;
  readonly country?: string;
  readonly city?: string;
  readonly inferred?: boolean;
  /** The mention states no place at all. */
  readonly noPlace?: true;
  readonly organisation?: string;
  /** Participants as `name` or `name/side`. */
  readonly participants: readonly string[];
  readonly agreements?: number;
}

// Articles written for these tests (facts of real diplomacy, our own words).
const CASES: readonly { name: string; article: UniqueArticle; expected: readonly Expected[] }[] = [
  {
    name: 'visit that happened, host named as receiving (ar)',
    article: article(
      'ar-visit',
      'ar',
      '2022-06-22T20:00:00+03:00',
      'وصل ولي العهد السعودي الأمير محمد بن سلمان إلى أنقرة مساء الأربعاء في زيارة رسمية، وكان في استقباله الرئيس التركي رجب طيب أردوغان.',
    ),
    expected: [
      {
        type: 'visit',
        lifecycle: 'occurred',
        start: '2022-06-22',
        country: 'TR',
        city: 'Ankara',
        participants: ['Mohammed bin Salman/visitor', 'Recep Tayyip Erdoğan/host'],
      },
    ],
  },
  {
    name: 'scheduled visit to a country: its capital inferred, its length from تستمر ثلاثة أيام',
    article: article(
      'ar-announced',
      'ar',
      '2022-08-22T10:00:00+01:00',
      'من المقرر أن يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر يوم الخميس المقبل في زيارة تستمر ثلاثة أيام يلتقي خلالها نظيره عبد المجيد تبون.',
    ),
    expected: [
      {
        type: 'visit',
        lifecycle: 'announced',
        start: '2022-08-25',
        end: '2022-08-27',
        country: 'DZ',
        city: 'Algiers',
        inferred: true,
        participants: ['Emmanuel Macron/visitor', 'Abdelmadjid Tebboune/host'],
      },
    ],
  },
  {
    name: 'phone call, roles resolved by name',
    article: article(
      'ar-call',
      'ar',
      '2023-10-20T15:00:00+03:00',
      'بحث الرئيس المصري عبد الفتاح السيسي في اتصال هاتفي اليوم مع العاهل الأردني الملك عبد الله الثاني تطورات الأوضاع في غزة.',
    ),
    expected: [
      {
        type: 'call',
        lifecycle: 'occurred',
        start: '2023-10-20',
        participants: ['Abdel Fattah el-Sisi', 'Abdullah II of Jordan'],
      },
    ],
  },
  {
    name: 'a country after a topic word (الشرعية في) is not where talks are held',
    article: article(
      'ar-topic-legitimacy',
      'ar',
      '2015-07-24T07:00:00+03:00',
      'وقال وزير الخارجية عادل الجبير إن وزير الخارجية المصري سامح شكري اجتمع أمس مع ولي العهد الأمير محمد بن نايف وبحثا دعم الشرعية في اليمن.',
    ),
    expected: [
      {
        type: 'meeting',
        lifecycle: 'occurred',
        start: '2015-07-23',
        noPlace: true,
        participants: ['Muhammad bin Nayef', 'Sameh Shoukry'],
      },
    ],
  },
  {
    name: 'summit of an organisation named with its city',
    article: article(
      'ar-summit',
      'ar',
      '2022-12-09T15:00:00+03:00',
      'انطلقت في الرياض اليوم الجمعة أعمال القمة العربية الصينية الأولى بمشاركة الرئيس الصيني شي جين بينغ وولي العهد السعودي الأمير محمد بن سلمان.',
    ),
    expected: [
      {
        type: 'summit',
        lifecycle: 'occurred',
        start: '2022-12-09',
        country: 'SA',
        city: 'Riyadh',
        organisation: 'China–Arab States Summit',
        participants: ['Xi Jinping', 'Mohammed bin Salman'],
      },
    ],
  },
  {
    name: 'counterpart met in a third country',
    article: article(
      'ar-sideline',
      'ar',
      '2023-03-02T15:00:00+05:30',
      'التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي على هامش اجتماعات مجموعة العشرين في نيودلهي يوم الخميس.',
    ),
    expected: [
      {
        type: 'meeting',
        lifecycle: 'occurred',
        start: '2023-03-02',
        country: 'IN',
        participants: ['Sergey Lavrov', 'Wang Yi'],
      },
    ],
  },
  {
    name: 'one tour, two countries: two visits with their own hosts',
    article: article(
      'ar-tour',
      'ar',
      '2023-12-07T13:00:00+03:00',
      'قام الرئيس الروسي فلاديمير بوتين أمس الأربعاء بجولة زار خلالها أبوظبي حيث التقى رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان، ثم الرياض حيث استقبله ولي العهد السعودي الأمير محمد بن سلمان.',
    ),
    expected: [
      {
        type: 'visit',
        lifecycle: 'occurred',
        start: '2023-12-06',
        country: 'AE',
        participants: ['Vladimir Putin/visitor', 'Mohamed bin Zayed Al Nahyan/host'],
      },
      {
        type: 'visit',
        lifecycle: 'occurred',
        start: '2023-12-06',
        country: 'SA',
        participants: ['Vladimir Putin/visitor', 'Mohammed bin Salman/host'],
      },
    ],
  },
  {
    name: 'visit with talks and a document signed: one mention carrying the agreement',
    article: article(
      'en-state-visit',
      'en',
      '2024-05-16T18:00:00+08:00',
      'Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day state visit. He held talks with Chinese President Xi Jinping at the Great Hall of the People, and the two leaders signed a joint statement on deepening their partnership.',
    ),
    expected: [
      {
        type: 'visit',
        lifecycle: 'occurred',
        start: '2024-05-16',
        end: '2024-05-17',
        country: 'CN',
        city: 'Beijing',
        participants: ['Vladimir Putin/visitor', 'Xi Jinping/host'],
        agreements: 1,
      },
    ],
  },
  {
    name: 'meeting announced with a day',
    article: article(
      'en-announced',
      'en',
      '2023-11-10T09:00:00Z',
      'Chinese President Xi Jinping will meet U.S. President Joe Biden in San Francisco on November 15, the Chinese foreign ministry said.',
    ),
    expected: [
      {
        type: 'meeting',
        lifecycle: 'announced',
        start: '2023-11-15',
        country: 'US',
        participants: ['Xi Jinping', 'Joe Biden'],
      },
    ],
  },
  {
    name: 'organisation summit announced with a range of days',
    article: article(
      'en-summit',
      'en',
      '2023-07-20T09:00:00Z',
      "Leaders of the BRICS group will gather in Johannesburg from 22 to 24 August for their annual summit, South Africa's foreign ministry said on Thursday.",
    ),
    expected: [
      {
        type: 'summit',
        lifecycle: 'announced',
        start: '2023-08-22',
        end: '2023-08-24',
        country: 'ZA',
        city: 'Johannesburg',
        organisation: 'BRICS',
        participants: [],
      },
    ],
  },
  {
    name: 'visit to a seat of power: received by the head of state',
    article: article(
      'en-seat',
      'en',
      '2024-06-10T18:00:00+02:00',
      'Ukrainian President Volodymyr Zelensky arrived at the Elysee Palace on Monday for talks on air defence.',
    ),
    expected: [
      {
        type: 'visit',
        lifecycle: 'occurred',
        start: '2024-06-10',
        country: 'FR',
        city: 'Paris',
        participants: ['Volodymyr Zelensky/visitor', 'Emmanuel Macron/host'],
      },
    ],
  },
  {
    name: 'a reception at a seat of power outside the capital, with a minister for guest',
    article: article(
      'ar-seat-city',
      'ar',
      '2015-07-22T18:00:00+03:00',
      'استقبل خادم الحرمين الشريفين الملك سلمان في قصر السلام اليوم وزير الدفاع الأمريكي آشتون كارتر.',
    ),
    expected: [
      {
        type: 'visit',
        lifecycle: 'occurred',
        start: '2015-07-22',
        country: 'SA',
        city: 'Jeddah',
        participants: ['Ash Carter/visitor', 'Salman bin Abdulaziz Al Saud/host'],
      },
    ],
  },
];

const NOTHING: readonly { name: string; article: UniqueArticle }[] = [
  {
    name: 'a denied meeting (نفى … أن يكون قد التقى)',
    article: article(
      'ar-denied',
      'ar',
      '2023-03-20T15:00:00+03:00',
      'نفت الرئاسة التركية أن يكون أردوغان قد التقى الرئيس السوري بشار الأسد في موسكو الأسبوع الماضي.',
    ),
  },
  {
    name: 'a cancelled visit (ألغى زيارته)',
    article: article(
      'ar-cancelled',
      'ar',
      '2023-05-16T15:00:00+03:00',
      'أعلن البيت الأبيض أن الرئيس الأمريكي جو بايدن ألغى زيارته المقررة إلى أستراليا الأسبوع المقبل.',
    ),
  },
  {
    name: 'a postponed trip',
    article: article(
      'en-postponed',
      'en',
      '2024-03-05T09:00:00Z',
      'A planned visit by German Chancellor Olaf Scholz to Beijing next week has been postponed, officials said.',
    ),
  },
  {
    name: 'a leader who will not attend',
    article: article(
      'en-not-attend',
      'en',
      '2023-09-01T09:00:00Z',
      'Russian President Vladimir Putin will not attend the G20 summit in New Delhi, the Kremlin said on Friday.',
    ),
  },
  {
    name: 'a football team arriving and a derby called a summit',
    article: article(
      'ar-football',
      'ar',
      '2023-05-16T15:00:00+03:00',
      'وصل فريق الهلال إلى الرياض أمس بعد فوزه في قمة الدوري على النصر، وكان في استقباله رئيس النادي.',
    ),
  },
  {
    name: 'a company chief who met bankers and signed an agreement',
    article: article(
      'en-company',
      'en',
      '2024-03-05T09:00:00Z',
      'The chief executive of a cloud company met bank executives in Riyadh on Tuesday and signed a partnership agreement at a developer summit.',
    ),
  },
  {
    name: 'weather that visits and a mountain summit',
    article: article(
      'ar-weather',
      'ar',
      '2024-01-22T07:00:00+02:00',
      'يزور منخفض جوي المنطقة غدا الثلاثاء، ويتوقع تساقط الثلوج على قمة جبل الشيخ حتى الخميس.',
    ),
  },
  {
    name: 'an obituary without dated encounters',
    article: article(
      'en-obituary',
      'en',
      '2023-11-30T09:00:00Z',
      'Former US secretary of state Henry Kissinger, who visited China more than 100 times, died on Wednesday.',
    ),
  },
  {
    name: 'an announced visit with no date ("in the coming weeks")',
    article: article(
      'en-undated',
      'en',
      '2024-04-02T09:00:00Z',
      'Secretary of State Antony Blinken is expected to travel to China in the coming weeks.',
    ),
  },
];

function describeParticipant(p: EventMention['participants'][number]): string {
  return p.side === undefined ? p.name : `${p.name}/${p.side}`;
}

describe('extractMentions', () => {
  it.each(CASES)('$name', ({ article: input, expected }) => {
    const mentions = extractMentions(input, gazetteer);
    expect(mentions).toHaveLength(expected.length);
    for (const want of expected) {
      const found = mentions.find(
        (m) =>
          m.type === want.type &&
          m.date.start === want.start &&
          (want.country === undefined || m.location?.country === want.country),
      );
      expect(found).toBeDefined();
      if (found === undefined) continue;
      expect(found.lifecycle).toBe(want.lifecycle);
      if (want.end !== undefined) expect(found.date.end).toBe(want.end);
      if (want.city !== undefined) expect(found.location?.city).toBe(want.city);
      if (want.noPlace === true) expect(found.location).toBeUndefined();
      if (want.inferred !== undefined)
        expect(found.location?.inferred === true).toBe(want.inferred);
      if (want.organisation !== undefined) expect(found.organisation?.name).toBe(want.organisation);
      expect(found.participants.map(describeParticipant)).toEqual(
        expect.arrayContaining([...want.participants]),
      );
      expect(found.agreements).toHaveLength(want.agreements ?? 0);
    }
  });

  it.each(NOTHING)('finds nothing in $name', ({ article: input }) => {
    expect(extractMentions(input, gazetteer)).toEqual([]);
  });

  it('gives valid mentions with evidence that is verbatim display text', () => {
    for (const { article: input } of CASES) {
      for (const mention of extractMentions(input, gazetteer)) {
        expect(EventMentionSchema.parse(mention)).toEqual(mention);
        expect(mention.evidence.length).toBeGreaterThan(0);
        for (const e of mention.evidence) expect(input.text.slice(e.start, e.end)).toBe(e.text);
        expect(mention.gazetteerVersion).toBe(gazetteer.version);
        expect(mention.articleId).toBe(input.articleId);
        expect(mention.article).toEqual({
          url: input.url,
          source: input.sourceName,
          publishedAt: input.publishedAt,
          language: input.language,
        });
      }
    }
  });

  it('is deterministic: the same article gives the same mentions, ids and order', () => {
    for (const { article: input } of CASES) {
      const first = extractMentions(input, gazetteer);
      const second = extractMentions(structuredClone(input), gazetteer);
      expect(second).toEqual(first);
      expect(new Set(first.map((m) => m.mentionId)).size).toBe(first.length);
      const starts = first.map((m) => m.date.start);
      expect(starts).toEqual([...starts].sort());
    }
  });

  it('ties the mention id to the article and the event, not to wording elsewhere', () => {
    const base = CASES[0]?.article;
    if (base === undefined) throw new Error('no case');
    const [original] = extractMentions(base, gazetteer);
    const [elsewhere] = extractMentions({ ...base, articleId: 'another-article' }, gazetteer);
    expect(original?.mentionId).toMatch(/^m-[0-9a-f]{24}$/u);
    expect(elsewhere?.mentionId).not.toBe(original?.mentionId);
  });

  it('extracts nothing for a language without a lexicon and no Arabic script', () => {
    const input = article(
      'de',
      'de',
      '2024-05-16T09:00:00Z',
      'Putin traf am Donnerstag in Peking ein.',
    );
    expect(extractMentions(input, gazetteer)).toEqual([]);
  });
});
