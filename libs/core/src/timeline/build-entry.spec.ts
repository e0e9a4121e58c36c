import { TimelineEntrySchema, definedOnly } from '@sijill/contracts';
import { assignCodes } from './assign-codes';
import { buildEntry, composeEntryContent, type CopiesByArticle } from './build-entry';
import { entryIdOf } from './derive-entry-id';
import { buildMention, type MentionSpec, ORGANISATIONS, PEOPLE, PLACES } from '@sijill/testing';

const { putin, lavrov, tokayev, xi, erdogan, raisi } = PEOPLE;
const { astana, tashkent } = PLACES;
const none: CopiesByArticle = new Map();

const visit = (spec: Partial<MentionSpec> & { id: string }): ReturnType<typeof buildMention> =>
  buildMention({
    article: spec.id.split('#')[0] ?? spec.id,
    type: 'visit',
    date: '2024-11-27',
    at: astana,
    visitors: [putin],
    hosts: [tokayev],
    ...spec,
  });

describe('composeEntryContent', () => {
  it('takes the id from the earliest published report', () => {
    const cluster = [
      visit({ id: 'b#1', publishedAt: '2024-11-28T10:00:00Z' }),
      visit({ id: 'c#1', publishedAt: '2024-11-26T10:00:00Z' }),
      visit({ id: 'a#1' }),
    ];
    expect(composeEntryContent(cluster, none).id).toBe(entryIdOf('c#1'));
  });

  it.each([
    ['any report of a visit makes it a visit', ['meeting', 'meeting', 'visit'], 'visit'],
    ['meetings stay meetings', ['meeting', 'meeting'], 'meeting'],
  ] as const)('%s', (_name, types, expected) => {
    const cluster = types.map((type, i) =>
      visit({
        id: `a${i}#1`,
        type,
        ...(type === 'meeting' ? { visitors: [], hosts: [], with: [putin, tokayev] } : {}),
      }),
    );
    expect(composeEntryContent(cluster, none).type).toBe(expected);
  });

  it.each([
    ['announced only', ['announced', 'announced'], 'announced'],
    ['announced, then reported', ['announced', 'occurred'], 'occurred'],
  ] as const)('lifecycle: %s', (_name, lifecycles, expected) => {
    const cluster = lifecycles.map((lifecycle, i) => visit({ id: `a${i}#1`, lifecycle }));
    expect(composeEntryContent(cluster, none).lifecycle).toBe(expected);
  });

  it.each([
    [
      'the day most reports give',
      [['2024-11-27'], ['2024-11-27'], ['2024-11-28']],
      { start: '2024-11-27', precision: 'day' },
    ],
    [
      'a reported range around it',
      [['2024-11-27', '2024-11-28'], ['2024-11-28']],
      { start: '2024-11-27', end: '2024-11-28', precision: 'day' },
    ],
    [
      'a misread day outvoted',
      [['2024-11-26'], ['2024-11-27'], ['2024-11-27']],
      { start: '2024-11-27', precision: 'day' },
    ],
    [
      'the day over a month',
      [['2024-11'], ['2024-11-27']],
      { start: '2024-11-27', precision: 'day' },
    ],
    ['the month over a year', [['2024'], ['2024-11']], { start: '2024-11', precision: 'month' }],
    [
      'a day over the week a report says it fell in',
      [['2024-11-20', '2024-11-26', 'relative-week'], ['2024-11-25']],
      { start: '2024-11-25', precision: 'day' },
    ],
    [
      'a day, not widened by a week window around it',
      [['2024-11-20', '2024-11-26', 'relative-week'], ['2024-11-25'], ['2024-11-25']],
      { start: '2024-11-25', precision: 'day' },
    ],
    [
      'the week window when no report gives more',
      [['2024-11-20', '2024-11-26', 'relative-week']],
      { start: '2024-11-20', end: '2024-11-26', precision: 'day' },
    ],
    [
      'a range of days the event lasted still widens',
      [['2024-11-24', '2024-11-26', 'absolute-day-range'], ['2024-11-25']],
      { start: '2024-11-24', end: '2024-11-26', precision: 'day' },
    ],
  ] as const)('date: %s', (_name, dates, expected) => {
    const cluster = dates.map(([date, end, rule], i) =>
      visit({
        id: `a${i}#1`,
        date,
        ...definedOnly({ end, rule }),
      }),
    );
    expect(composeEntryContent(cluster, none).date).toEqual(expected);
  });

  it.each([
    [
      'explicit beats inferred',
      [
        { at: astana },
        { at: tashkent, inferredPlace: true },
        { at: tashkent, inferredPlace: true },
      ],
      { city: 'Astana', country: 'KZ' },
    ],
    [
      'inferred when nothing else',
      [{ at: astana, inferredPlace: true }],
      { city: 'Astana', country: 'KZ', inferred: true },
    ],
    [
      'no city without agreement',
      [{ at: astana }, { at: { city: 'Almaty', country: 'KZ' } }],
      { country: 'KZ' },
    ],
    [
      'the city most reports name',
      [{ at: astana }, { at: astana }, { at: { city: 'Almaty', country: 'KZ' } }],
      { city: 'Astana', country: 'KZ' },
    ],
  ] as const)('location: %s', (_name, places, expected) => {
    const cluster = places.map((place, i) => visit({ id: `a${i}#1`, ...place }));
    expect(composeEntryContent(cluster, none).location).toEqual(expected);
  });

  it('lists everyone once, visitors first with their sides, and each agreement once', () => {
    const cluster = [
      visit({ id: 'a#1', agreements: ['Protocol on oil supplies'] }),
      visit({
        id: 'b#1',
        visitors: [],
        hosts: [],
        with: [tokayev, putin, lavrov],
        agreements: ['protocol on oil supplies.', 'Joint statement'],
      }),
    ];
    const entry = composeEntryContent(cluster, none);
    expect(entry.participants.map((p) => p.name)).toEqual([putin.name, tokayev.name, lavrov.name]);
    expect(entry.participants.map((p) => p.side)).toEqual(['visitor', 'host', undefined]);
    expect(entry.participants[0]).toEqual({ ...putin, side: 'visitor' });
    expect(entry.agreements.map((a) => a.title)).toEqual([
      'Joint statement',
      'Protocol on oil supplies',
    ]);
    expect(entry.title.en).toBe(
      'Vladimir Putin visits Kazakhstan for talks with Kassym-Jomart Tokayev',
    );
    expect(entry.title.ar).toBe(
      'زيارة فلاديمير بوتين إلى كازاخستان ومحادثات مع قاسم جومارت توكاييف',
    );
  });

  it('lists wire copies under their source, and folds an extracted copy into its original', () => {
    const cluster = [
      visit({ id: 'b#1', publishedAt: '2024-11-28T10:00:00Z', evidence: 'second' }),
      visit({ id: 'a#1', publishedAt: '2024-11-27T10:00:00Z', evidence: 'first' }),
      visit({ id: 'a#2', publishedAt: '2024-11-27T10:00:00Z', evidence: 'first again' }),
      visit({ id: 'a-copy#1', publishedAt: '2024-11-27T11:00:00Z' }),
    ];
    const copies: CopiesByArticle = new Map([['a', new Set(['a-copy', 'a-wire'])]]);
    const sources = composeEntryContent(cluster, copies).sources;
    expect(sources.map((s) => [s.articleId, s.duplicates])).toEqual([
      ['a', ['a-copy', 'a-wire']],
      ['b', undefined],
    ]);
    expect(sources[0]?.evidence.map((e) => e.text)).toEqual(['first', 'first again']);
  });

  it('is valid against the contract', () => {
    const entry = buildEntry([visit({ id: 'a#1' })], none, undefined, '2024-11-28T00:00:00.000Z');
    expect(TimelineEntrySchema.parse(entry)).toEqual(entry);
  });
});

describe('buildEntry', () => {
  const now = '2024-11-28T00:00:00.000Z';
  const later = '2024-11-29T00:00:00.000Z';

  it('starts at revision 1, seen now', () => {
    expect(buildEntry([visit({ id: 'a#1' })], none, undefined, now)).toMatchObject({
      revision: 1,
      firstSeenAt: now,
      updatedAt: now,
    });
  });

  it('returns the previous entry itself when nothing changed', () => {
    const previous = buildEntry([visit({ id: 'a#1' })], none, undefined, now);
    expect(buildEntry([visit({ id: 'a#1' })], none, previous, later)).toBe(previous);
  });

  it('bumps the revision when the content changed, keeping firstSeenAt', () => {
    const previous = buildEntry([visit({ id: 'a#1' })], none, undefined, now);
    const next = buildEntry([visit({ id: 'a#1' }), visit({ id: 'b#1' })], none, previous, later);
    expect(next).toMatchObject({ revision: 2, firstSeenAt: now, updatedAt: later });
  });
});

describe('assignCodes', () => {
  const participants = [putin, tokayev];
  it.each([
    ['visit', {}, { plover: 'CONSULT', ploverMode: 'visit', cameo: '042' }],
    ['summit', {}, { plover: 'CONSULT', ploverMode: 'multilateral', cameo: '040' }],
    ['call', {}, { plover: 'CONSULT', ploverMode: 'phone', cameo: '041' }],
    ['meeting', { location: astana }, { plover: 'CONSULT', cameo: '046' }],
    [
      'meeting',
      { location: tashkent },
      { plover: 'CONSULT', ploverMode: 'third-party', cameo: '044' },
    ],
    ['statement', {}, { plover: 'OTHER', cameo: '010' }],
  ] as const)('%s %j', (type, extra, expected) => {
    expect(assignCodes({ type, participants, ...extra })).toEqual(expected);
  });
});

describe('titles', () => {
  it.each([
    [
      'summit',
      {
        type: 'summit',
        organisation: ORGANISATIONS.sco,
        visitors: [],
        hosts: [],
        with: [putin, xi],
      },
      'SCO summit in Astana',
      undefined,
    ],
    [
      'sideline meeting',
      { type: 'meeting', at: tashkent, visitors: [], hosts: [], with: [erdogan, raisi] },
      'Ebrahim Raisi meets Recep Tayyip Erdogan in Tashkent',
      'لقاء إبراهيم رئيسي ورجب طيب أردوغان في أوزبكستان',
    ],
    [
      'announced visit',
      { lifecycle: 'announced' },
      'Vladimir Putin to visit Kazakhstan for talks with Kassym-Jomart Tokayev',
      'زيارة فلاديمير بوتين إلى كازاخستان ومحادثات مع قاسم جومارت توكاييف',
    ],
    [
      'call',
      { type: 'call', at: undefined, visitors: [], hosts: [], with: [putin, erdogan] },
      'Recep Tayyip Erdogan speaks by phone with Vladimir Putin',
      'اتصال هاتفي بين رجب طيب أردوغان وفلاديمير بوتين',
    ],
  ] as const)('%s', (_name, spec, en, ar) => {
    expect(composeEntryContent([visit({ id: 'a#1', ...spec })], none).title).toEqual({
      en,
      ...definedOnly({ ar }),
    });
  });
});
