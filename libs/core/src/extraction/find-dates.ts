import { addDays, compareDays, dayOf, weekdayOf } from './day-math';
import type { FrameDate } from './event-frame';
import { inReportingSpan, sinceScope } from './read-scopes';
import { clauseOf, cuesOf, type SentenceReading } from './read-sentence';
import { isTrigger } from './read-triggers';
import { pastSpan } from './past-span';
import { definedOnly } from '@sijill/contracts';
import { tellsAgreementMaking } from './tells-agreement-making';

const LONGEST_RANGE_DAYS = 14;
const RANGE_GAP = 3;

export function toFrameDate(expression: SentenceReading['dates'][number]['expression']): FrameDate {
  return {
    start: expression.value.start,
    ...definedOnly({ end: expression.value.end }),
    precision: expression.value.precision,
    raw: expression.raw,
    ...definedOnly({ anchor: expression.anchor, anchorSource: expression.anchorSource }),
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

/** A day named by its calendar date, with or without its year ("14 يوليو"), not a relative word. */
const NAMED_DAY_RULES = /^(?:absolute|hijri|dual)-/u;
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

// "حتى 8 أغسطس", "حتى يوم 8 أغسطس": the bound a date this close after "until" sets.
const UNTIL_REACH = 2;
// A relative pronoun this close before a date governs it: "الاتفاق الذي وقع في 14 يوليو".
const RELATIVE_DATE_REACH = 4;
// An encounter noun this close before the pronoun is its antecedent: "قمة مجموعة بريكس التي تعقد …".
const ANTECEDENT_REACH = 4;

/**
 * A date written out in a relative clause about another noun dates that noun, not the encounter:
 * "زيارة موغيريني لمناقشة الاتفاق النووي الذي وقع في 14 يوليو". A clause about the encounter's own
 * noun still dates it ("الزيارة التي بدأت في 28 يوليو"); a relative date (أمس) is left alone, as it
 * is the same news cycle.
 */
function describesAnotherNoun(reading: SentenceReading, d: DateRefOf): boolean {
  if (!isExplicit(d) && !NAMED_DAY_RULES.test(d.expression.rule)) return false;
  const pronoun = cuesOf(reading, 'relative').find(
    (r) => r.last < d.first && d.first - r.last <= RELATIVE_DATE_REACH,
  );
  if (pronoun === undefined) return false;
  const encounterNoun = reading.hits.some(
    (h) =>
      isTrigger(h) &&
      !isTrigger(h, 'signing') &&
      h.last < pronoun.first &&
      pronoun.first - h.last <= ANTECEDENT_REACH,
  );
  return !encounterNoun;
}

/**
 * An explicit date in a relative clause about an agreement, however long, dates the agreement's
 * making, not the encounter ("الاتفاق النووي الذي أبرمته الدول الكبرى مع إيران في 14 يوليو"); a
 * relative date (أمس) is left alone, as it is the same news cycle. Without the relative word
 * ("صدر الإعلان التأسيسي في 25 مايو 1981") the date may still be the only one a recalled story
 * has, and is kept.
 */
function datesAgreementMaking(reading: SentenceReading, d: DateRefOf): boolean {
  if (!isExplicit(d) && !NAMED_DAY_RULES.test(d.expression.rule)) return false;
  const inRelativeClause = cuesOf(reading, 'relative').some(
    (r) =>
      r.last < d.first &&
      d.first - r.last <= reading.reaches.relativeClause &&
      clauseOf(reading, r.first) === clauseOf(reading, d.first),
  );
  return inRelativeClause && tellsAgreementMaking(reading, d.first);
}

/**
 * Dates of a sentence that can date an event: not after منذ/since or a lone "until", not in a
 * relative clause about another noun, explicit over relative in a clause, ranges joined
 * (الأربعاء والخميس).
 */
export function findDates(reading: SentenceReading, anchor: string | undefined): PlacedDate[] {
  const joins = new Set(cuesOf(reading, 'rangeJoin').flatMap((j) => [j.first, j.last]));
  // "until" ends a range it joins (الأحد حتى الثلاثاء); alone (حتى 8 أغسطس) it bounds, not dates.
  const rangeEnd = (d: DateRefOf): boolean =>
    joins.has(d.first - 1) && reading.dates.some((o) => o.last === d.first - 2);
  const untilBound = (d: DateRefOf): boolean =>
    !rangeEnd(d) &&
    cuesOf(reading, 'until').some((u) => u.last < d.first && d.first - u.last <= UNTIL_REACH);
  const usable = strongestPerClause(
    reading,
    reading.dates.filter(
      (d) =>
        !sinceScope(reading, d.first) &&
        !untilBound(d) &&
        !describesAnotherNoun(reading, d) &&
        !datesAgreementMaking(reading, d),
    ),
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
        // "بعد غد الاثنين" (the day after tomorrow, Monday): a weekday written right after a day
        // of its own weekday names that day, not the next week's.
        if (gap === 0 && weekday === weekdayOf(startDay)) endDay = startDay;
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
    if (pastSpan(reading, hit)) continue;
    const month = addDays(day, hit.meaning.days).slice(0, 7);
    placed.push({
      date: { start: month, precision: 'month', raw: hit.phrase.text, rule: 'horizon' },
      first: hit.first,
      speech: false,
    });
  }
  return placed;
}
