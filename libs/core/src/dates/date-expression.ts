/** How finely a resolved date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** The tense of the sentence around a date, which picks past or future for relative dates. */
export type Tense = 'past' | 'future' | 'unknown';

/** Which way a relative expression itself points ("الماضي", "next"), overriding the tense. */
export type Direction = 'past' | 'future';

/**
 * A resolved date: `start` (and an inclusive `end` for ranges) formatted to the precision,
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 */
export interface DateValue {
  readonly start: string;
  readonly end?: string;
  readonly precision: DatePrecision;
}

/** The pattern that recognised and resolved an expression. */
export type DateRule =
  | 'absolute-day-month-year'
  | 'absolute-day-month'
  | 'absolute-month-year'
  | 'absolute-month'
  | 'absolute-year'
  | 'absolute-numeric'
  | 'absolute-day-range'
  | 'absolute-day-range-no-year'
  | 'relative-day-of-month'
  | 'relative-today'
  | 'relative-today-weekday'
  | 'relative-yesterday'
  | 'relative-yesterday-weekday'
  | 'relative-tomorrow'
  | 'relative-tomorrow-weekday'
  | 'relative-day-before-yesterday'
  | 'relative-day-before-yesterday-weekday'
  | 'relative-day-after-tomorrow'
  | 'relative-days-ago'
  | 'relative-days-ahead'
  | 'relative-weekday'
  | 'relative-week'
  | 'relative-month'
  | 'relative-year'
  | 'hijri-numeric'
  | 'hijri-day-month-year'
  | 'hijri-day-month'
  | 'hijri-month-year'
  | 'hijri-month'
  | 'dual-hijri-gregorian'
  | 'relative-day-word'
  | 'before-publication';

/**
 * Where an anchor came from: the feed's publishedAt, the edition day in the URL, a dateline, or
 * the day the text's own relative words with a weekday agree on ("أمس الاثنين").
 */
export type AnchorSource = 'published-at' | 'url' | 'dateline' | 'weekday';

/** Something about the text that did not add up, kept so a reviewer can see why. */
export type DateNote = 'weekday-mismatch' | 'calendar-mismatch' | 'anchor-late';

/** A date expression found in a text, with its resolution and how it was obtained. */
export interface DateExpression {
  /** The expression exactly as written, `text.slice(start, end)`. */
  readonly raw: string;
  /** UTF-16 offsets into the original text. */
  readonly start: number;
  readonly end: number;
  readonly value: DateValue;
  /** The publishedAt the value was resolved against; absent when the text alone sufficed. */
  readonly anchor?: string;
  /** Where the anchor came from, when one was used. */
  readonly anchorSource?: AnchorSource;
  readonly rule: DateRule;
  /** Tense detected in the sentence around the expression. */
  readonly tense?: Tense;
  readonly note?: DateNote;
}

/**
 * A date whose value depends on the anchor, as recognised before resolution. Weekdays are
 * 0 = Sunday … 6 = Saturday; months 1-12.
 */
export type RelativeDate =
  | { readonly kind: 'day-offset'; readonly days: number; readonly weekday?: number }
  | { readonly kind: 'weekday'; readonly weekday: number; readonly direction?: Direction }
  | {
      readonly kind: 'day-month';
      readonly month: number;
      readonly day: number;
      readonly weekday?: number;
      readonly direction?: Direction;
    }
  | {
      readonly kind: 'day-month-range';
      readonly startMonth: number;
      readonly startDay: number;
      readonly endMonth: number;
      readonly endDay: number;
      readonly direction?: Direction;
    }
  | { readonly kind: 'day-of-month'; readonly day: number; readonly monthOffset: number }
  | { readonly kind: 'month'; readonly month: number; readonly direction?: Direction }
  | { readonly kind: 'week-offset'; readonly weeks: number }
  | { readonly kind: 'month-offset'; readonly months: number }
  | { readonly kind: 'year-offset'; readonly years: number }
  | { readonly kind: 'before-anchor' }
  | {
      readonly kind: 'hijri-day-month';
      readonly month: number;
      readonly day: number;
      readonly direction?: Direction;
    }
  | {
      readonly kind: 'hijri-month';
      readonly month: number;
      readonly direction?: Direction | 'current';
    };

/** A relative date once resolved against an anchor. */
export interface ResolvedDate {
  readonly value: DateValue;
  readonly note?: DateNote;
}

/** How to read a text's dates: its publication time and its language. */
export interface FindDateExpressionsOptions {
  /** RFC 3339 publishedAt; without it, expressions that need an anchor are left out. */
  readonly anchor?: string;
  /** Where the anchor came from; recorded on every expression resolved against it. */
  readonly anchorSource?: AnchorSource;
  /** BCP 47 tag of the text; picks the first day of the week and day/month order in 3/7/2024. */
  readonly language: string;
}
