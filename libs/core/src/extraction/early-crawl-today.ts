import { addDays } from './day-math';
import type { EventFrame, FrameDate } from './event-frame';

// Local hour before which an encounter told as done "today" cannot be of the crawl day: papers
// file the King's receptions and the day's talks in the afternoon and evening, and a wire copy
// saying "استقبل … اليوم" crawled at 05:32 or 08:46 was written the evening before.
export const EARLY_CRAWL_HOUR = 9;

/** The local hour of an RFC 3339 time ("2015-07-24T08:46:50+03:00" → 8), if it has one. */
function localHour(anchor: string): number | undefined {
  const match = /T(\d{2}):/u.exec(anchor);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * "استقبل خادم الحرمين … اليوم" in a copy crawled early in the morning: the crawl time is only an
 * upper bound of when the text was written, and an encounter that already took place "today" so
 * early is not likely, so "today" is the day before the crawl (rule `relative-today-early-crawl`).
 * Only for a date read from "اليوم" against the crawl time itself (no edition day, dateline or
 * weekday anchor), for an encounter told as done.
 */
export function earlyCrawlToday(event: EventFrame, date: FrameDate): FrameDate {
  if (date.rule !== 'relative-today' || date.anchorSource !== 'published-at') return date;
  if (event.announced || event.announcedCue || !event.occurredTrigger) return date;
  const hour = date.anchor === undefined ? undefined : localHour(date.anchor);
  if (hour === undefined || hour >= EARLY_CRAWL_HOUR || date.precision !== 'day') return date;
  return { ...date, start: addDays(date.start, -1), rule: 'relative-today-early-crawl' };
}
