export {
  type DateExpression,
  type DateNote,
  type DatePrecision,
  type DateRule,
  type DateValue,
  type Direction,
  type FindDateExpressionsOptions,
  type RelativeDate,
  type ResolvedDate,
  type Tense,
} from './date-expression';
export { findDateExpressions } from './find-date-expressions';
export { firstDayOfWeek, resolveRelative } from './resolve-relative';
export { detectTense } from './detect-tense';
export { buildCalendarNames, type CalendarNames } from './calendar-names';
