import { addDays, compareDays, dayOf, weekdayOf } from './day-math';
import type { FrameDate } from './event-frame';
import { inReportingSpan, sinceScope } from './read-scopes';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';

const LONGEST_RANGE_DAYS = 14;
const RANGE_GAP = 3;

export function toFrameDate(expression: SentenceReading['dates'][number]['expression']): FrameDate {
  return {
    start: expression.value.start,
    ...(expression.value.end === undefined ? {} : { end: expression.value.end }),
    precision: expression.value.precision,
    raw: expression.raw,
    ...(expression.anchor === undefined ? {} : { anchor: expression.anchor }),
    ...(expression.anchorSource === undefined ? {} : { anchorSource: expression.anchorSource }),
    rule: expression.rule,
  };
}

export interface PlacedDate {
  readonly date: FrameDate;
  readonly first: number;
  /** Dates the report was made on (أعلن … اليوم أن …): they date only what already happened. */
  readonly speech: boolean;
}

type DateRefOf = SentenceReading['dates'][number];

/** Written out in full ("30 يوليو 2015", "14/10/1436هـ"): read without the anchor. */
const isExplicit = (d: DateRefOf): boolean => d.expression.anchor === undefined;
const isBeforePublication = (d: DateRefOf): boolean => d.expression.rule === 'before-publication';

/**
 * In one clause an explicit date beats a relative one ("أمس … 30 يوليو 2015"), and a phrase that
 * only places the event before publication ("hours after …") counts only where nothing else dates it.
 */
function strongestPerClause(reading: SentenceReading, dates: readonly DateRefOf[]): DateRefOf[] {
  const clauses = new Map<number, DateRefOf[]>();
  for (const d of dates) {
    const clause = clauseOf(reading, d.first);
    clauses.set(clause, [...(clauses.get(clause) ?? []), d]);
  }
  return dates.filter((d) => {
    const same = clauses.get(clauseOf(reading, d.first)) ?? [];
    if (isBeforePublication(d)) return same.every(isBeforePublication);
    return (
      isExplicit(d) || !same.some((o) => isExplicit(o) && o.expression.value.precision === 'day')
    );
  });
}

/**
 * Dates of a sentence that can date an event: not after منذ/since, explicit over relative in a
 * clause, ranges joined (الأربعاء والخميس).
 */
export function findDates(reading: SentenceReading, anchor: string | undefined): PlacedDate[] {
  const joins = new Set(cuesOf(reading, 'rangeJoin').flatMap((j) => [j.first, j.last]));
  const usable = strongestPerClause(
    reading,
    reading.dates.filter((d) => !sinceScope(reading, d.first)),
  );
  const placed: PlacedDate[] = [];
  for (let i = 0; i < usable.length; i += 1) {
    const current = usable[i];
    if (current === undefined) continue;
    let date = toFrameDate(current.expression);
    const next = usable[i + 1];
    if (
      next !== undefined &&
      date.precision === 'day' &&
      next.expression.value.precision === 'day'
    ) {
      const gap = next.first - current.last - 1;
      const joined = gap === 0 || (gap <= RANGE_GAP && joins.has(next.first - 1));
      const startDay = date.start;
      let endDay = next.expression.value.end ?? next.expression.value.start;
      if (
        joined &&
        compareDays(endDay, startDay) <= 0 &&
        next.expression.rule === 'relative-weekday'
      ) {
        const weekday = weekdayOf(endDay);
        endDay = addDays(startDay, 1);
        while (weekdayOf(endDay) !== weekday) endDay = addDays(endDay, 1);
      }
      const span = compareDays(endDay, startDay);
      if (joined && span > 0 && span <= LONGEST_RANGE_DAYS) {
        date = { ...date, end: endDay, raw: `${date.raw ?? ''} … ${next.expression.raw}` };
        i += 1;
      } else if (joined && span === 0) {
        i += 1;
      }
    }
    placed.push({ date, first: current.first, speech: inReportingSpan(reading, current.first) });
  }
  // "within two weeks": a month-precision date for something announced.
  const day = anchor === undefined ? undefined : dayOf(anchor);
  for (const hit of reading.hits) {
    if (hit.meaning.kind !== 'horizon' || day === undefined) continue;
    if (placed.some((p) => Math.abs(p.first - hit.first) <= 2)) continue;
    const month = addDays(day, hit.meaning.days).slice(0, 7);
    placed.push({
      date: { start: month, precision: 'month', raw: hit.phrase.text, rule: 'horizon' },
      first: hit.first,
      speech: false,
    });
  }
  return placed;
}
