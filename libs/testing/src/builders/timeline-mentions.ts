import type { EventMention } from '@sijill/contracts';
import type { CopyLink } from '@sijill/core';
import { definedOnly } from '@sijill/contracts';

// Builders of event mentions for the timeline's specs. Facts are public (who met whom, where,
// when); all text is ours.

type Participant = EventMention['participants'][number];
type Person = Omit<Participant, 'side'>;
type Place = NonNullable<EventMention['location']>;
type Organisation = NonNullable<EventMention['organisation']>;

const person = (name: string, country: string, wikidata: string, ar: string): Person => ({
  name,
  wikidata,
  country,
  names: { en: name, ar },
});

export const PEOPLE = {
  putin: person('Vladimir Putin', 'RU', 'Q7747', 'فلاديمير بوتين'),
  lavrov: person('Sergey Lavrov', 'RU', 'Q4811', 'سيرغي لافروف'),
  tokayev: person('Kassym-Jomart Tokayev', 'KZ', 'Q1077529', 'قاسم جومارت توكاييف'),
  macron: person('Emmanuel Macron', 'FR', 'Q3052772', 'إيمانويل ماكرون'),
  lukashenko: person('Alexander Lukashenko', 'BY', 'Q7141', 'ألكسندر لوكاشينكو'),
  raisi: person('Ebrahim Raisi', 'IR', 'Q1503542', 'إبراهيم رئيسي'),
  erdogan: person('Recep Tayyip Erdogan', 'TR', 'Q39259', 'رجب طيب أردوغان'),
  kakar: person('Anwaar-ul-Haq Kakar', 'PK', 'Q55608406', 'أنوار الحق كاكر'),
  xi: person('Xi Jinping', 'CN', 'Q15031', 'شي جين بينغ'),
  aliyev: person('Ilham Aliyev', 'AZ', 'Q152451', 'إلهام علييف'),
  rahmon: person('Emomali Rahmon', 'TJ', 'Q69970', 'إمام علي رحمن'),
  mirziyoyev: person('Shavkat Mirziyoyev', 'UZ', 'Q1386154', 'شوكت ميرضيائيف'),
  // An organisation's officer: no state's, so no country.
  zhangMing: {
    name: 'Zhang Ming',
    role: 'secretary-general',
    names: { en: 'Zhang Ming', ar: 'تشانغ مينغ' },
  },
} as const;

export const PLACES = {
  astana: { city: 'Astana', country: 'KZ' },
  tashkent: { city: 'Tashkent', country: 'UZ' },
  dushanbe: { city: 'Dushanbe', country: 'TJ' },
  moscow: { city: 'Moscow', country: 'RU' },
  kazan: { city: 'Kazan', country: 'RU' },
  almaty: { city: 'Almaty', country: 'KZ' },
} as const satisfies Record<string, Place>;

export const ORGANISATIONS = {
  sco: { name: 'Shanghai Cooperation Organisation', acronym: 'SCO', wikidata: 'Q485207' },
  eco: { name: 'Economic Cooperation Organization', acronym: 'ECO', wikidata: 'Q846656' },
  csto: { name: 'Collective Security Treaty Organization', acronym: 'CSTO', wikidata: 'Q475691' },
  russiaCentralAsia: { name: 'Russia-Central Asia' },
} as const satisfies Record<string, Organisation>;

/** A compact description of one mention. */
export interface MentionSpec {
  readonly id: string;
  readonly article: string;
  readonly type: EventMention['type'];
  /** YYYY-MM-DD, YYYY-MM or YYYY: the precision follows the form. */
  readonly date: string;
  readonly end?: string;
  /** How the date was read; `fallback-news-day` marks a date guessed from the news day. */
  readonly rule?: string;
  readonly lifecycle?: EventMention['lifecycle'];
  readonly at?: Place;
  readonly inferredPlace?: boolean;
  readonly visitors?: readonly Person[];
  readonly hosts?: readonly Person[];
  readonly with?: readonly Person[];
  readonly organisation?: Organisation;
  readonly agreements?: readonly string[];
  readonly publishedAt?: string;
  readonly language?: string;
  readonly source?: string;
  readonly evidence?: string;
}

const PRECISION_BY_LENGTH: Record<number, EventMention['date']['precision']> = {
  10: 'day',
  7: 'month',
  4: 'year',
};

/** A valid mention from a compact description. */
export function buildMention(spec: MentionSpec): EventMention {
  const language = spec.language ?? 'ar';
  const evidence = spec.evidence ?? `${spec.type} reported in ${spec.article}`;
  const start = spec.id.length;
  return {
    mentionId: spec.id,
    articleId: spec.article,
    gazetteerVersion: '2025.1',
    type: spec.type,
    lifecycle: spec.lifecycle ?? 'occurred',
    date: {
      start: spec.date,
      ...definedOnly({ end: spec.end }),
      precision: PRECISION_BY_LENGTH[spec.date.length] ?? 'day',
      rule: spec.rule ?? 'fixture',
    },
    ...definedOnly({
      location:
        spec.at === undefined
          ? undefined
          : { ...spec.at, ...(spec.inferredPlace === true ? { inferred: true } : {}) },
    }),
    participants: [
      ...(spec.visitors ?? []).map((p): Participant => ({ ...p, side: 'visitor' })),
      ...(spec.hosts ?? []).map((p): Participant => ({ ...p, side: 'host' })),
      ...(spec.with ?? []),
    ],
    ...definedOnly({ organisation: spec.organisation }),
    agreements: (spec.agreements ?? []).map((title) => ({ title, language })),
    evidence: [{ text: evidence, start, end: start + evidence.length }],
    confidence: 0.9,
    article: {
      url: `https://news.example/${spec.article}`,
      source: spec.source ?? 'Example News',
      ...definedOnly({ publishedAt: spec.publishedAt }),
      language,
    },
  };
}

const { putin, lavrov, tokayev, macron, lukashenko, raisi, erdogan, kakar, xi, aliyev, rahmon } =
  PEOPLE;
const { astana, tashkent, dushanbe } = PLACES;
const { sco, eco, csto, russiaCentralAsia } = ORGANISATIONS;

/**
 * A realistic week-by-week run of reports: several articles per encounter in Arabic and English,
 * an announcement followed by reports that it happened, sideline meetings beside summits, the same
 * people and place a year apart, two visitors to one host in one week, a meeting held during a
 * visit, a report of the day before that bridges two entries, a past summit named in passing, and
 * two wire copies.
 */
export function realisticMentions(): { mentions: EventMention[]; copies: CopyLink[] } {
  const mentions = [
    // Putin in Astana, November 2023, reported by three articles; one of them a day early.
    buildMention({
      id: 'a000#1',
      article: 'a000',
      type: 'visit',
      date: '2023-11-09',
      at: astana,
      visitors: [putin],
      hosts: [tokayev],
      publishedAt: '2023-11-09T09:00:00Z',
    }),
    buildMention({
      id: 'a001#1',
      article: 'a001',
      type: 'visit',
      date: '2023-11-09',
      at: astana,
      with: [putin, tokayev],
      publishedAt: '2023-11-09T11:00:00Z',
    }),
    buildMention({
      id: 'a001#2',
      article: 'a001',
      type: 'meeting',
      date: '2023-11-09',
      at: astana,
      with: [putin, tokayev, lavrov],
      publishedAt: '2023-11-09T11:00:00Z',
    }),
    buildMention({
      id: 'a006#1',
      article: 'a006',
      type: 'visit',
      date: '2023-11-08',
      at: astana,
      inferredPlace: true,
      visitors: [putin],
      publishedAt: '2023-11-08T20:00:00Z',
      language: 'en',
    }),
    buildMention({
      id: 'a007#1',
      article: 'a007',
      type: 'visit',
      date: '2023-11-10',
      at: astana,
      visitors: [putin],
      hosts: [tokayev],
      publishedAt: '2023-11-10T08:00:00Z',
      language: 'en',
    }),
    // Another visitor to the same host in the same week.
    buildMention({
      id: 'a007#2',
      article: 'a007',
      type: 'visit',
      date: '2023-11-10',
      at: astana,
      visitors: [lukashenko],
      hosts: [tokayev],
      publishedAt: '2023-11-10T08:00:00Z',
      language: 'en',
    }),
    buildMention({
      id: 'a000#3',
      article: 'a000',
      type: 'visit',
      date: '2023-11-01',
      at: astana,
      visitors: [macron],
      hosts: [tokayev],
      publishedAt: '2023-11-09T09:00:00Z',
    }),
    // The ECO summit in Tashkent the same day, and a meeting on its sidelines.
    buildMention({
      id: 'a000#2',
      article: 'a000',
      type: 'summit',
      date: '2023-11-09',
      at: tashkent,
      organisation: eco,
      with: [raisi, erdogan],
      publishedAt: '2023-11-09T09:00:00Z',
    }),
    buildMention({
      id: 'a001#3',
      article: 'a001',
      type: 'summit',
      date: '2023-11-09',
      at: tashkent,
      organisation: eco,
      with: [kakar, raisi],
      publishedAt: '2023-11-09T11:00:00Z',
    }),
    buildMention({
      id: 'a001#4',
      article: 'a001',
      type: 'meeting',
      date: '2023-11-09',
      at: tashkent,
      with: [erdogan, raisi],
      publishedAt: '2023-11-09T11:00:00Z',
    }),
    // The SCO summit in Astana, July 2024, with a sideline meeting.
    buildMention({
      id: 'a002#1',
      article: 'a002',
      type: 'summit',
      date: '2024-07-03',
      end: '2024-07-04',
      at: astana,
      organisation: sco,
      with: [putin, xi],
      publishedAt: '2024-07-03T12:00:00Z',
      language: 'en',
    }),
    buildMention({
      id: 'a002#2',
      article: 'a002',
      type: 'meeting',
      date: '2024-07-03',
      at: astana,
      with: [putin, aliyev],
      publishedAt: '2024-07-03T12:00:00Z',
      language: 'en',
    }),
    buildMention({
      id: 'a008#1',
      article: 'a008',
      type: 'summit',
      date: '2024-07-04',
      at: astana,
      organisation: sco,
      with: [tokayev, putin],
      publishedAt: '2024-07-04T15:00:00Z',
    }),
    // Putin in Astana again, November 2024: announced, then reported with what was signed.
    buildMention({
      id: 'a009#1',
      article: 'a009',
      type: 'visit',
      date: '2024-11-27',
      lifecycle: 'announced',
      at: astana,
      visitors: [putin],
      hosts: [tokayev],
      publishedAt: '2024-11-25T10:00:00Z',
      language: 'en',
    }),
    buildMention({
      id: 'a003#1',
      article: 'a003',
      type: 'visit',
      date: '2024-11-27',
      end: '2024-11-28',
      at: astana,
      visitors: [putin],
      hosts: [tokayev],
      agreements: [
        'Joint statement on deepening the strategic partnership',
        'Protocol on oil supplies',
      ],
      publishedAt: '2024-11-28T03:29:00Z',
    }),
    buildMention({
      id: 'a003#2',
      article: 'a003',
      type: 'summit',
      date: '2024-11-28',
      lifecycle: 'announced',
      at: astana,
      organisation: csto,
      with: [putin],
      publishedAt: '2024-11-28T03:29:00Z',
    }),
    buildMention({
      id: 'a010#1',
      article: 'a010',
      type: 'visit',
      date: '2024-11-28',
      at: astana,
      visitors: [putin],
      hosts: [tokayev],
      agreements: ['Joint Statement on Deepening the Strategic Partnership.'],
      publishedAt: '2024-11-28T18:00:00Z',
      language: 'en',
    }),
    // Dushanbe, October 2025: a state visit and a summit on one day stay two entries.
    buildMention({
      id: 'a004#1',
      article: 'a004',
      type: 'visit',
      date: '2025-10-09',
      lifecycle: 'announced',
      at: dushanbe,
      visitors: [putin],
      hosts: [rahmon],
      publishedAt: '2025-10-08T07:00:00Z',
    }),
    buildMention({
      id: 'a004#2',
      article: 'a004',
      type: 'summit',
      date: '2025-10-09',
      lifecycle: 'announced',
      at: dushanbe,
      organisation: russiaCentralAsia,
      with: [putin, rahmon],
      publishedAt: '2025-10-08T07:00:00Z',
    }),
    buildMention({
      id: 'a004#3',
      article: 'a004',
      type: 'summit',
      date: '2022',
      at: astana,
      organisation: russiaCentralAsia,
      with: [putin, tokayev],
      publishedAt: '2025-10-08T07:00:00Z',
    }),
    buildMention({
      id: 'a011#1',
      article: 'a011',
      type: 'summit',
      date: '2025-10-09',
      at: dushanbe,
      with: [putin, rahmon],
      publishedAt: '2025-10-09T16:00:00Z',
      language: 'en',
    }),
    // Two calls on one day with different counterparts.
    buildMention({
      id: 'a012#1',
      article: 'a012',
      type: 'call',
      date: '2025-10-20',
      with: [putin, erdogan],
      publishedAt: '2025-10-20T12:00:00Z',
      language: 'en',
    }),
    buildMention({
      id: 'a012#2',
      article: 'a012',
      type: 'call',
      date: '2025-10-20',
      with: [putin, tokayev],
      publishedAt: '2025-10-20T12:00:00Z',
      language: 'en',
    }),
    buildMention({
      id: 'a013#1',
      article: 'a013',
      type: 'call',
      date: '2025-10-20',
      with: [tokayev, putin],
      publishedAt: '2025-10-20T13:00:00Z',
    }),
  ];
  const copies = [
    { articleId: 'a001-copy', duplicateOf: 'a001' },
    { articleId: 'a003-copy', duplicateOf: 'a003' },
  ];
  return { mentions, copies };
}
