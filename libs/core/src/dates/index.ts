export {
  type AnchorSource,
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
export {
  chooseAnchor,
  editionDayOfUrl,
  type AnchorEvidence,
  type ChosenAnchor,
} from './choose-anchor';
export { hijriToCivil, civilToHijri } from './hijri-calendar';
export { DateLexiconSchema, type DateLexicon } from './date-lexicon.schema';
export { loadDefaultDateLexicons, parseDateLexicons } from './load-date-lexicons';
export { DateLexiconError } from './date-lexicon.error';
export { writingDayOfWeekdays } from './edition-day-of-weekdays';
export {
  articleNumberOfUrl,
  editionDayOfArticleNumber,
  type ArticleNumber,
  type NumberedDay,
} from './edition-day-of-article-number';
