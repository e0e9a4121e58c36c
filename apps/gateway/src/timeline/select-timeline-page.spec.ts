import { entrySource, ENTRY_PEOPLE as PEOPLE, timelineEntry } from '@sijill/testing';
import type { TimelineEntry } from '@sijill/contracts';
import { parseTimelineQuery } from './parse-timeline-query';
import {
  compareEntries,
  decodePageCursor,
  encodePageCursor,
  expandDate,
  selectTimelinePage,
  type TimelineQuery,
} from './select-timeline-page';
import { definedOnly } from '@sijill/contracts';

const day = (start: string, end?: string) => ({
  start,
  ...definedOnly({ end }),
  precision: 'day' as const,
});

const ENTRIES: readonly TimelineEntry[] = [
  timelineEntry('ev-putin-astana', {
    date: day('2024-07-03', '2024-07-04'),
    sources: [
      entrySource('a1', { duplicates: ['a1-copy', 'a1-copy2'] }),
      entrySource('a2'),
      entrySource('a3'),
    ],
    independentSources: 3,
    copies: 2,
  }),
  timelineEntry('ev-erdogan-cairo', {
    date: day('2024-02-14'),
    location: { city: 'Cairo', country: 'EG' },
    participants: [PEOPLE.erdogan, PEOPLE.sisi],
  }),
  timelineEntry('ev-call', {
    type: 'call',
    date: day('2024-07-10'),
    participants: [PEOPLE.erdogan, PEOPLE.putin],
    // One agency readout and a paper's rewrite of it: one independent source.
    sources: [entrySource('c1'), entrySource('c2', { derivedFrom: 'c1' })],
    independentSources: 1,
    copies: 0,
  }),
  // Published before entries counted their sources: counted from them (two outlets).
  timelineEntry('ev-sco-month', {
    type: 'summit',
    lifecycle: 'announced',
    date: { start: '2024-07', precision: 'month' },
    sources: [entrySource('s1'), entrySource('s2'), entrySource('s3', { derivedFrom: 's1' })],
  }),
  timelineEntry('ev-year', { type: 'meeting', date: { start: '2023', precision: 'year' } }),
  timelineEntry('ev-old-id', {
    status: 'merged',
    mergedInto: 'ev-putin-astana',
    date: day('2024-07-03'),
  }),
].sort(compareEntries);

function query(params: Record<string, string>): TimelineQuery {
  const parsed = parseTimelineQuery(params);
  if (parsed.kind === 'invalid') throw new Error(parsed.detail);
  return parsed.query;
}

const ids = (params: Record<string, string>) =>
  selectTimelinePage(ENTRIES, query(params)).entries.map((e) => e.id);

describe('selectTimelinePage', () => {
  it('orders by start date (a year before its months and days), then id', () => {
    expect(ids({ status: 'all' })).toEqual([
      'ev-year',
      'ev-erdogan-cairo',
      'ev-sco-month',
      'ev-old-id',
      'ev-putin-astana',
      'ev-call',
    ]);
  });

  it.each([
    [
      'active entries by default',
      {},
      ['ev-year', 'ev-erdogan-cairo', 'ev-sco-month', 'ev-putin-astana', 'ev-call'],
    ],
    ['merged entries', { status: 'merged' }, ['ev-old-id']],
    [
      'an English name, any case, in part',
      { participant: 'PUTIN' },
      ['ev-year', 'ev-sco-month', 'ev-putin-astana', 'ev-call'],
    ],
    ['a name without its accent', { participant: 'erdogan' }, ['ev-erdogan-cairo', 'ev-call']],
    [
      'an Arabic name spelt another way',
      { participant: 'إردوغان' },
      ['ev-erdogan-cairo', 'ev-call'],
    ],
    ['an Arabic surname with the article', { participant: 'السيسي' }, ['ev-erdogan-cairo']],
    ['no one by that name', { participant: 'Macron' }, []],
    ['the country it was held in', { country: 'EG' }, ['ev-erdogan-cairo']],
    ['a participant’s country', { country: 'TR' }, ['ev-erdogan-cairo', 'ev-call']],
    ['one type', { type: 'call' }, ['ev-call']],
    ['two types', { type: 'call,summit' }, ['ev-sco-month', 'ev-call']],
    [
      'a day inside a two-day visit and a month',
      { from: '2024-07-04', to: '2024-07-04' },
      ['ev-sco-month', 'ev-putin-astana'],
    ],
    ['from a day on', { from: '2024-07-05' }, ['ev-sco-month', 'ev-call']],
    ['up to a day', { to: '2024-02-14' }, ['ev-year', 'ev-erdogan-cairo']],
    ['a whole year', { from: '2023', to: '2023' }, ['ev-year']],
    [
      'at least two independent sources (rewrites counted once, older entries counted)',
      { minSources: '2' },
      ['ev-sco-month', 'ev-putin-astana'],
    ],
    ['at least three independent sources', { minSources: '3' }, ['ev-putin-astana']],
    [
      'at least one independent source: every entry',
      { minSources: '1' },
      ['ev-year', 'ev-erdogan-cairo', 'ev-sco-month', 'ev-putin-astana', 'ev-call'],
    ],
    [
      'filters together',
      { participant: 'putin', type: 'visit', country: 'kz', from: '2024-07' },
      ['ev-putin-astana'],
    ],
  ])('selects %s', (_name, params, expected) => {
    expect(ids(params)).toEqual(expected);
  });

  it('pages by key: the pages together are the whole result, and later pages do not shift', () => {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = selectTimelinePage(
        ENTRIES,
        query({ status: 'all', limit: '2', ...definedOnly({ cursor }) }),
      );
      pages.push(page.entries.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(pages).toEqual([
      ['ev-year', 'ev-erdogan-cairo'],
      ['ev-sco-month', 'ev-old-id'],
      ['ev-putin-astana', 'ev-call'],
    ]);

    const second = selectTimelinePage(ENTRIES, query({ status: 'all', limit: '2' })).nextCursor;
    const grown = [...ENTRIES, timelineEntry('ev-early', { date: day('2020-01-01') })].sort(
      compareEntries,
    );
    const page = selectTimelinePage(
      grown,
      query({ status: 'all', limit: '2', cursor: second ?? '' }),
    );
    expect(page.entries.map((e) => e.id)).toEqual(['ev-sco-month', 'ev-old-id']);
  });

  it('gives no next cursor when the last page is exactly full', () => {
    const page = selectTimelinePage(ENTRIES, query({ status: 'merged', limit: '1' }));
    expect(page).toEqual({ entries: [expect.objectContaining({ id: 'ev-old-id' })] });
  });

  it('reads back the cursors it writes', () => {
    const entry = timelineEntry('ev-ü/+', { date: day('2024-01-01') });
    expect(decodePageCursor(encodePageCursor(entry))).toEqual({
      start: '2024-01-01',
      id: 'ev-ü/+',
    });
    expect(decodePageCursor(Buffer.from('{"start":1}').toString('base64url'))).toBeUndefined();
  });

  it.each([
    ['2024', 'first', '2024-01-01'],
    ['2024', 'last', '2024-12-31'],
    ['2023-02', 'last', '2023-02-28'],
    ['2024-02-29', 'last', '2024-02-29'],
    ['2023-02-29', 'first', undefined],
    ['2024-00', 'first', undefined],
    ['24-01-01', 'first', undefined],
  ] as const)('expands %s to its %s day', (text, bound, expected) => {
    expect(expandDate(text, bound)).toBe(expected);
  });
});
