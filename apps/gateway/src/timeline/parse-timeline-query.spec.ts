import { parseTimelineQuery } from './parse-timeline-query';
import { encodePageCursor } from './select-timeline-page';
import { timelineEntry } from '@sijill/testing';

describe('parseTimelineQuery', () => {
  const cursor = encodePageCursor(
    timelineEntry('ev-a', { date: { start: '2024-07', precision: 'month' } }),
  );

  it.each([
    ['nothing: active entries, 100 a page', {}, { status: 'active', limit: 100 }],
    [
      'a day window',
      { from: '2024-07-01', to: '2024-07-31' },
      { from: '2024-07-01', to: '2024-07-31' },
    ],
    [
      'a month and a year',
      { from: '2024-02', to: '2025' },
      { from: '2024-02-01', to: '2025-12-31' },
    ],
    ['the end of a leap February', { to: '2024-02' }, { to: '2024-02-29' }],
    ['a participant, folded', { participant: ' Erdoğan ' }, { participant: 'erdogan' }],
    ['an Arabic participant, folded', { participant: 'أردوغان' }, { participant: 'اردوغان' }],
    ['a country in lower case', { country: 'kz' }, { country: 'KZ' }],
    ['several types', { type: 'visit, Summit' }, { types: new Set(['visit', 'summit']) }],
    ['all statuses', { status: 'all' }, { status: 'all' }],
    ['a minimum of independent sources', { minSources: '2' }, { minSources: 2 }],
    ['a limit', { limit: '500' }, { limit: 500 }],
    ['a cursor', { cursor }, { after: { start: '2024-07', id: 'ev-a' } }],
    ['blank values as absent', { from: '', participant: '  ' }, { status: 'active' }],
  ])('takes %s', (_name, params, expected) => {
    const parsed = parseTimelineQuery(params);
    expect(parsed).toEqual({ kind: 'valid', query: expect.objectContaining(expected) });
  });

  it.each([
    ['an unknown parameter', { partcipant: 'putin' }, 'partcipant'],
    ['a repeated parameter', { type: ['visit', 'call'] }, 'type'],
    ['a date that is not one', { from: '2024-02-30' }, 'from'],
    ['a date in another format', { from: '03/07/2024' }, 'from'],
    ['a month 13', { to: '2024-13' }, 'to'],
    ['a window that ends before it starts', { from: '2024-07-02', to: '2024-07-01' }, 'to'],
    ['a participant of punctuation only', { participant: '--' }, 'participant'],
    ['a country name', { country: 'Kazakhstan' }, 'country'],
    ['an unknown type', { type: 'visit,parade' }, 'type'],
    ['an unknown status', { status: 'deleted' }, 'status'],
    ['a zero limit', { limit: '0' }, 'limit'],
    ['a minimum of zero sources', { minSources: '0' }, 'minSources'],
    ['a minimum that is not a number', { minSources: 'two' }, 'minSources'],
    ['a limit over 500', { limit: '501' }, 'limit'],
    ['a fractional limit', { limit: '2.5' }, 'limit'],
    ['a made-up cursor', { cursor: 'abc' }, 'cursor'],
    ['a cursor with other characters', { cursor: 'a+b/c=' }, 'cursor'],
  ])('refuses %s', (_name, params, parameter) => {
    const parsed = parseTimelineQuery(params);
    expect(parsed).toEqual({ kind: 'invalid', parameter, detail: expect.any(String) });
  });
});
