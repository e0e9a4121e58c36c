import type { TimelineEntry } from '@sijill/contracts';
import { groupByDay } from './group-by-day';

const at = (id: string, start: string, precision: 'day' | 'month' | 'year' = 'day') =>
  ({ id, date: { start, precision } }) as TimelineEntry;

describe('groupByDay', () => {
  const entries = [
    at('ev-c', '2024-07-03'),
    at('ev-a', '2024-07-03'),
    at('ev-m', '2024-07', 'month'),
    at('ev-b', '2024-02-14'),
  ];
  const shape = (order: 'newest-first' | 'oldest-first') =>
    groupByDay(entries, order).map((g) => [g.key, g.entries.map((e) => e.id)]);

  it('puts the newest day first, a month after the days it holds', () => {
    expect(shape('newest-first')).toEqual([
      ['2024-07-03', ['ev-c', 'ev-a']],
      ['2024-07', ['ev-m']],
      ['2024-02-14', ['ev-b']],
    ]);
  });

  it('runs oldest first along the axis', () => {
    expect(shape('oldest-first')).toEqual([
      ['2024-02-14', ['ev-b']],
      ['2024-07', ['ev-m']],
      ['2024-07-03', ['ev-a', 'ev-c']],
    ]);
  });
});
