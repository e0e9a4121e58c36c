import { addDays, formatDay, parseAnchorDate, toDayNumber, weekdayOf } from './civil-date';
import type { DateExpression, DateRule } from './date-expression';

// A weekday names a day only modulo a week: "أمس الاثنين" read on a Friday crawl places the text
// 4, 11, 18 … days earlier. A crawl of a print edition or a short outage comes one to three days
// late (on the real days every weekday pair that placed a reported encounter two or three days back
// was right); four to six days back, the text is as likely weeks old (an outlet's first crawl
// delivered months-old stories whose "اليوم السبت" named any day of the week).
export const WEEKDAY_EDITION_REACH_DAYS = 3;
// Beyond this, a weekday names no day before the crawl: it is the crawl day's own week.
const WEEK_DAYS = 6;

// Days from the day the text was written to the day its relative word with a weekday names.
const DAY_WORD_OFFSETS: Partial<Record<DateRule, number>> = {
  'relative-today-weekday': 0,
  'relative-yesterday-weekday': -1,
  'relative-day-before-yesterday-weekday': -2,
  'relative-tomorrow-weekday': 1,
};

/**
 * The day a text was written on, by its own relative day words with a weekday ("أمس الاثنين",
 * "اليوم (الخميس)", "يوم غد الجمعة"): the latest day on or before the crawl day on which every
 * such pair agrees, the crawl day included. Undefined when the text has none or they disagree.
 */
export function writingDayOfWeekdays(
  dates: readonly DateExpression[],
  publishedAt: string,
): string | undefined {
  const published = parseAnchorDate(publishedAt);
  if (published === undefined) return undefined;
  const days = new Set<string>();
  for (const date of dates) {
    const offset = DAY_WORD_OFFSETS[date.rule];
    const named = offset === undefined ? undefined : parseAnchorDate(date.value.start);
    if (offset === undefined || named === undefined || date.value.end !== undefined) continue;
    // The weekday of the writing day, then the latest such day on or before the crawl day.
    const writtenWeekday = (weekdayOf(named) - offset + 7) % 7;
    const back = (weekdayOf(published) - writtenWeekday + 7) % 7;
    days.add(formatDay(addDays(published, -back)));
  }
  const [day] = [...days];
  return days.size === 1 ? day : undefined;
}

/** The day a text's weekday pairs agree on, and how many days before the crawl day it is. */
function writingGap(
  dates: readonly DateExpression[],
  publishedAt: string,
): { readonly day: string; readonly gap: number } | undefined {
  const published = parseAnchorDate(publishedAt);
  const day = writingDayOfWeekdays(dates, publishedAt);
  const written = day === undefined ? undefined : parseAnchorDate(day);
  if (day === undefined || published === undefined || written === undefined) return undefined;
  return { day, gap: toDayNumber(published) - toDayNumber(written) };
}

/**
 * The day a text was written on by its weekday pairs (`writingDayOfWeekdays`), when it is 1 to 3
 * days before the crawl day (on the crawl day itself the crawl time already agrees with the text).
 */
export function editionDayOfWeekdays(
  dates: readonly DateExpression[],
  publishedAt: string,
): string | undefined {
  const written = writingGap(dates, publishedAt);
  return written !== undefined && written.gap >= 1 && written.gap <= WEEKDAY_EDITION_REACH_DAYS
    ? written.day
    : undefined;
}

/**
 * Rule `stale-by-weekdays`: the day a text's weekday pairs agree on when it is 4 to 6 days before
 * the crawl day ("استقبل … اليوم السبت" crawled on a Friday). The text is not fresh and its own
 * time is unknown (the same weekday falls every seven days), so "today" and "yesterday" in it date
 * nothing, nor does the crawl day. Undefined for a text that is fresh or within the edition reach.
 */
export function staleByWeekdays(
  dates: readonly DateExpression[],
  publishedAt: string,
): string | undefined {
  const written = writingGap(dates, publishedAt);
  return written !== undefined &&
    written.gap > WEEKDAY_EDITION_REACH_DAYS &&
    written.gap <= WEEK_DAYS
    ? written.day
    : undefined;
}
