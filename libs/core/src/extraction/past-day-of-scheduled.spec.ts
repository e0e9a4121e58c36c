import type { EventFrame, FrameDate } from './event-frame';
import { pastDayOfScheduled } from './past-day-of-scheduled';

const frame = (announced: boolean, occurredTrigger: boolean): EventFrame =>
  ({ announced, occurredTrigger }) as unknown as EventFrame;
const day = (start: string, end?: string): FrameDate =>
  ({ start, precision: 'day', ...(end === undefined ? {} : { end }) }) as FrameDate;

describe('pastDayOfScheduled', () => {
  it.each([
    {
      rule: 'yesterday does not date a visit to come',
      f: frame(true, false),
      d: day('2015-07-20'),
      expected: true,
    },
    {
      rule: 'today may date a visit to come',
      f: frame(true, false),
      d: day('2015-07-21'),
      expected: false,
    },
    {
      rule: 'a range still running may',
      f: frame(true, false),
      d: day('2015-07-19', '2015-07-22'),
      expected: false,
    },
    {
      rule: 'an encounter told as done is not judged',
      f: frame(true, true),
      d: day('2015-07-20'),
      expected: false,
    },
    {
      rule: 'nor one not told as to come',
      f: frame(false, false),
      d: day('2015-07-20'),
      expected: false,
    },
    {
      rule: 'a month is not judged',
      f: frame(true, false),
      d: { start: '2015-07', precision: 'month' } as FrameDate,
      expected: false,
    },
  ])('$rule', ({ f, d, expected }) => {
    expect(pastDayOfScheduled(f, d, '2015-07-21T09:00:00+03:00')).toBe(expected);
  });
});
