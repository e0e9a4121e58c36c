import type { EventFrame, FrameDate } from './event-frame';
import { earlyCrawlToday } from './early-crawl-today';

const frame = (over: Partial<EventFrame>): EventFrame =>
  ({
    announced: false,
    announcedCue: false,
    occurredTrigger: true,
    ...over,
  }) as EventFrame;

const today = (anchor: string, over: Partial<FrameDate> = {}): FrameDate => ({
  start: anchor.slice(0, 10),
  precision: 'day',
  raw: 'اليوم',
  anchor,
  anchorSource: 'published-at',
  rule: 'relative-today',
  ...over,
});

describe('earlyCrawlToday', () => {
  it.each([
    {
      rule: 'a reception told as done "today" in a copy crawled at 08:46 is of the day before',
      event: frame({}),
      date: today('2015-07-24T08:46:50+03:00'),
      expected: '2015-07-23',
    },
    {
      rule: 'crawled at 05:32, the same',
      event: frame({}),
      date: today('2015-07-24T05:32:28+03:00'),
      expected: '2015-07-23',
    },
    {
      rule: 'crawled in the afternoon, "today" is the crawl day',
      event: frame({}),
      date: today('2015-07-24T15:20:00+03:00'),
      expected: '2015-07-24',
    },
    {
      rule: 'an encounter still to come "today" is of the crawl day',
      event: frame({ announced: true, occurredTrigger: false }),
      date: today('2015-07-24T05:32:28+03:00'),
      expected: '2015-07-24',
    },
    {
      rule: 'an edition day from the URL is not a crawl time',
      event: frame({}),
      date: today('2015-07-24', { anchorSource: 'url' }),
      expected: '2015-07-24',
    },
    {
      rule: '"yesterday" keeps its day',
      event: frame({}),
      date: today('2015-07-24T05:32:28+03:00', { rule: 'relative-yesterday', start: '2015-07-23' }),
      expected: '2015-07-23',
    },
  ])('$rule', ({ event, date, expected }) => {
    expect(earlyCrawlToday(event, date).start).toBe(expected);
  });
});
