import { formatDay, isValidCivilDate, parseAnchorDate, toDayNumber } from './civil-date';
import { type AnchorSource, type DateExpression } from './date-expression';
import type { DateLexicon } from './date-lexicon.schema';
import { editionDaysOfDatedDayWords } from './edition-day-of-dated-day-words';
import { editionDayOfWeekdays, staleByWeekdays } from './edition-day-of-weekdays';
import { loadDefaultDateLexicons } from './load-date-lexicons';
import { findDateExpressions } from './find-date-expressions';

/** The moment relative dates of an article are read against, and where it came from. */
export interface ChosenAnchor {
  /** RFC 3339 publishedAt, or the edition's day `YYYY-MM-DD`. */
  readonly value: string;
  readonly source: AnchorSource;
  /**
   * When the text's weekday pairs place it 4 to 6 days before the crawl (`staleByWeekdays`): the
   * day they give. The text's own time is unknown; its relative days and the crawl day date nothing.
   */
  readonly staleSince?: string;
}

/** What an article offers as its date. */
export interface AnchorEvidence {
  readonly publishedAt?: string;
  readonly url?: string;
  readonly text: string;
  readonly language: string;
  /** The clock's current time (RFC 3339): a publishedAt years ahead of it is no anchor. */
  readonly now?: string;
  /** The text's date expressions when already found: its absolute ones do not need the anchor. */
  readonly dates?: readonly DateExpression[];
}

// An article is crawled the same day or later, never earlier: on real feeds the day in an
// article's own URL was up to three weeks before the crawl, and its text ("اليوم الثلاثاء") agreed
// with the URL every time it was read. Further back, a day in a link is an archive's, not the
// article's.
const EDITION_REACH_DAYS = 31;
// A day word before a written-out date gives the writing day itself, not modulo a week.
const DATED_DAY_WORD_REACH_DAYS = 6;
// How far into the text a dateline stands ("الرياض 30 يوليو 2015 -").
const DATELINE_CHARACTERS = 160;

// /2015/08/05/, Issues/20150805, /2015/20150805/, ?date=2015-08-05, /2015-08-05/.
const URL_DATE_PATTERNS: readonly RegExp[] = [
  /(?<![0-9])(?<year>20[0-9]{2})\/(?<month>[01][0-9])\/(?<day>[0-3][0-9])(?![0-9])/u,
  /(?<![0-9])(?<year>20[0-9]{2})-(?<month>[01][0-9])-(?<day>[0-3][0-9])(?![0-9])/u,
  /(?<=[/=_-])(?<year>20[0-9]{2})(?<month>[01][0-9])(?<day>[0-3][0-9])(?=[/._&#-]|$)/u,
];

/** The edition day a URL carries, `YYYY-MM-DD`, when it carries one. */
export function editionDayOfUrl(url: string): string | undefined {
  for (const pattern of URL_DATE_PATTERNS) {
    const groups = pattern.exec(url)?.groups;
    if (groups === undefined) continue;
    const [year, month, day] = [Number(groups.year), Number(groups.month), Number(groups.day)];
    if (isValidCivilDate(year, month, day)) return formatDay({ year, month, day });
  }
  return undefined;
}

/** A dated dateline: an absolute day date at the very start of the text. */
function datelineDay(evidence: AnchorEvidence): string | undefined {
  const opening = evidence.text.slice(0, DATELINE_CHARACTERS);
  // Only a written year can make a dated dateline; most openings have none.
  if (!/(?:19|20)[0-9]{2}|[١٢][٩٠][٠-٩]{2}/u.test(opening)) return undefined;
  const dates =
    evidence.dates?.filter((e) => e.end <= DATELINE_CHARACTERS) ??
    findDateExpressions(opening, { language: evidence.language });
  const date = dates.find(
    (e) => e.value.precision === 'day' && e.value.end === undefined && e.anchor === undefined,
  );
  if (date === undefined) return undefined;
  // "يغادر يوم غد الخميس 30/7/2015م" opens a statement written the day before that date.
  const [written] = editionDaysOfDatedDayWords(evidence.text, [date], dateLexiconOf(evidence));
  return written ?? date.value.start;
}

function dateLexiconOf(evidence: AnchorEvidence): DateLexicon | undefined {
  const language = evidence.language.toLowerCase().slice(0, 2);
  return loadDefaultDateLexicons().find((l) => l.language === language);
}

/** A publishedAt whose year is past next year by the clock is a producer's error, not a date. */
function possible(publishedAt: string | undefined, now: string | undefined): boolean {
  if (publishedAt === undefined) return false;
  const published = parseAnchorDate(publishedAt);
  if (published === undefined) return false;
  const today = now === undefined ? undefined : parseAnchorDate(now);
  return today === undefined || published.year <= today.year + 1;
}

/**
 * The anchor of an article's relative dates: an edition day from its URL or a dateline beats the
 * crawl time (publishedAt) when it is earlier by at most a month, as articles are crawled after
 * they appear; without either, the day the text's own relative words with a weekday
 * agree on ("أمس الاثنين") does, up to three days earlier (4 to 6 days earlier, the text is
 * stale: `staleSince`). Without a usable publishedAt, an edition
 * day is the anchor. A publishedAt in a year after next by the clock is ignored.
 */
export function chooseAnchor(evidence: AnchorEvidence): ChosenAnchor | undefined {
  const publishedAt = possible(evidence.publishedAt, evidence.now)
    ? evidence.publishedAt
    : undefined;
  const editions: [string | undefined, AnchorSource][] = [
    [evidence.url === undefined ? undefined : editionDayOfUrl(evidence.url), 'url'],
    [datelineDay(evidence), 'dateline'],
  ];
  const published = publishedAt === undefined ? undefined : parseAnchorDate(publishedAt);
  for (const [day, source] of editions) {
    const edition = day === undefined ? undefined : parseAnchorDate(day);
    if (day === undefined || edition === undefined) continue;
    if (published === undefined) {
      if (possible(day, evidence.now)) return { value: day, source };
      continue;
    }
    const gap = toDayNumber(published) - toDayNumber(edition);
    if (gap > 0 && gap <= EDITION_REACH_DAYS) return { value: day, source };
  }
  if (publishedAt === undefined) return undefined;
  // An edition day that agrees with the crawl day settles it: a weekday in a quote does not.
  if (editions.some(([day]) => day !== undefined))
    return { value: publishedAt, source: 'published-at' };
  // Without an edition day, the text's own "أمس الاثنين" says how late the crawl came.
  const dates =
    evidence.dates ??
    findDateExpressions(evidence.text, {
      language: evidence.language,
      anchor: publishedAt,
      anchorSource: 'published-at',
    });
  const written = writtenDay(evidence, dates, publishedAt);
  if (written !== undefined) return { value: written, source: 'weekday' };
  const stale = staleByWeekdays(dates, publishedAt);
  return {
    value: publishedAt,
    source: 'published-at',
    ...(stale === undefined ? {} : { staleSince: stale }),
  };
}

/**
 * The day the text says it was written on: the day its day words before written-out dates agree on
 * ("يوم غد الخميس 30/7/2015" → 29 July), when its weekday pairs do not name another, 1 to 6 days
 * before the crawl (none when it is the crawl day); else the day its weekday pairs agree on (`editionDayOfWeekdays`).
 */
function writtenDay(
  evidence: AnchorEvidence,
  dates: readonly DateExpression[],
  publishedAt: string,
): string | undefined {
  const byWeekdays = editionDayOfWeekdays(dates, publishedAt);
  const dated = new Set(editionDaysOfDatedDayWords(evidence.text, dates, dateLexiconOf(evidence)));
  const [only] = [...dated];
  const published = parseAnchorDate(publishedAt);
  const day = only === undefined ? undefined : parseAnchorDate(only);
  if (dated.size !== 1 || day === undefined || published === undefined) return byWeekdays;
  if (byWeekdays !== undefined && byWeekdays !== only) return undefined;
  const gap = toDayNumber(published) - toDayNumber(day);
  if (gap === 0) return undefined;
  return gap >= 1 && gap <= DATED_DAY_WORD_REACH_DAYS ? only : byWeekdays;
}
