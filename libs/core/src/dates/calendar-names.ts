import { DateLexiconSchema, type DateLexicon } from './date-lexicon.schema';
import { hijriToCivil } from './hijri-calendar';
import { foldWord } from './fold-with-offsets';
import { loadDefaultDateLexicons } from './load-date-lexicons';

/** Month and weekday names, folded, grouped by month (1-12) or weekday (0 = Sunday). */
export interface CalendarNames {
  /** Arabic month names of every system (Egyptian/Gulf, Levantine, Maghreb), folded. */
  readonly arabicMonths: ReadonlyMap<number, readonly string[]>;
  /** English full month names, folded. */
  readonly englishMonths: ReadonlyMap<number, readonly string[]>;
  /** English month abbreviations ("sep", "sept"), folded. */
  readonly englishMonthAbbreviations: ReadonlyMap<number, readonly string[]>;
  /** Arabic weekday stems without the article (خميس), folded. */
  readonly arabicWeekdayStems: ReadonlyMap<number, readonly string[]>;
  readonly englishWeekdays: ReadonlyMap<number, readonly string[]>;
  /** Umm al-Qura month names (ICU `islamic-umalqura` plus variants), folded, 1 = محرم. */
  readonly hijriMonths: ReadonlyMap<number, readonly string[]>;
  /** Month names of the languages read by data-only rules (ru, fr), folded, by language. */
  readonly otherMonths: ReadonlyMap<string, ReadonlyMap<number, readonly string[]>>;
  /** Weekday names of the languages read by data-only rules (ru, fr), folded, by language. */
  readonly otherWeekdays: ReadonlyMap<string, ReadonlyMap<number, readonly string[]>>;
  /** Any folded month name to its month number. */
  readonly monthByName: ReadonlyMap<string, number>;
  /** Any folded weekday name or stem to its weekday. */
  readonly weekdayByName: ReadonlyMap<string, number>;
}

// Mid-month noon in UTC, so no time zone can move the formatted month.
const sampleMonth = (month: number): Date => new Date(Date.UTC(2021, month - 1, 15, 12));
// 2023-01-01 was a Sunday.
const sampleWeekday = (weekday: number): Date => new Date(Date.UTC(2023, 0, 1 + weekday, 12));

function supports(locale: string): boolean {
  const resolved = new Intl.DateTimeFormat(locale).resolvedOptions().locale;
  return resolved.split('-')[0] === locale.split('-')[0];
}

function monthNamesOf(
  locale: string,
  month: 'long' | 'short',
  calendar = 'gregory',
): Map<number, string> {
  const names = new Map<number, string>();
  if (!supports(locale)) return names;
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month,
    timeZone: 'UTC',
    calendar,
  });
  for (let m = 1; m <= 12; m += 1) {
    const part = format.formatToParts(sampleMonth(m)).find((p) => p.type === 'month');
    if (part) names.set(m, part.value.replace(/\.$/u, ''));
  }
  return names;
}

// The 15th of each Umm al-Qura month of 1445 AH, as Gregorian instants.
const sampleHijriMonth = (month: number): Date => {
  const date = hijriToCivil({ year: 1445, month, day: 15 });
  return new Date(Date.UTC(date?.year ?? 2024, (date?.month ?? 1) - 1, date?.day ?? 1, 12));
};

function hijriMonthNamesOf(locale: string): Map<number, string> {
  const names = new Map<number, string>();
  if (!supports(locale)) return names;
  const format = new Intl.DateTimeFormat(locale, {
    month: 'long',
    timeZone: 'UTC',
    calendar: 'islamic-umalqura',
  });
  for (let m = 1; m <= 12; m += 1) {
    const part = format.formatToParts(sampleHijriMonth(m)).find((p) => p.type === 'month');
    if (part) names.set(m, part.value);
  }
  return names;
}

function weekdayNamesOf(locale: string): Map<number, string> {
  const names = new Map<number, string>();
  if (!supports(locale)) return names;
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  for (let d = 0; d <= 6; d += 1) names.set(d, format.format(sampleWeekday(d)));
  return names;
}

function addName(table: Map<number, string[]>, key: number, name: string): void {
  const folded = foldWord(name).trim();
  if (!folded) return;
  const names = table.get(key) ?? [];
  if (!names.includes(folded)) names.push(folded);
  table.set(key, names);
}

function addVariants(
  table: Map<number, string[]>,
  variants: Readonly<Record<string, readonly string[]>>,
): void {
  for (const [key, list] of Object.entries(variants))
    for (const name of list) addName(table, Number(key), name);
}

function monthsOf(lexicon: DateLexicon): Map<number, string[]> {
  const months = new Map<number, string[]>();
  for (const locale of lexicon.monthLocales)
    for (const [m, name] of monthNamesOf(locale, 'long')) addName(months, m, name);
  addVariants(months, lexicon.monthVariants);
  return months;
}

function weekdaysOf(lexicon: DateLexicon): Map<number, string[]> {
  const weekdays = new Map<number, string[]>();
  for (const locale of lexicon.weekdayLocales)
    for (const [d, name] of weekdayNamesOf(locale)) addName(weekdays, d, name);
  addVariants(weekdays, lexicon.weekdayVariants);
  return weekdays;
}

/** A language with no date lexicon: every list empty, as the schema's defaults give it. */
const EMPTY_LEXICON = (language: string): DateLexicon =>
  DateLexiconSchema.parse({ language, version: '0' });

/**
 * Builds the month and weekday lexicons from ICU (`Intl.DateTimeFormat`, Gregorian and Umm
 * al-Qura) for the locales each date lexicon lists, plus its spelling variants. Arabic and English
 * have rules of their own; every other language is read by the data-only rules. Deterministic
 * for a given ICU version; called once at load.
 */
export function buildCalendarNames(
  lexicons: readonly DateLexicon[] = loadDefaultDateLexicons(),
): CalendarNames {
  const lexiconOf = (language: string): DateLexicon =>
    lexicons.find((l) => l.language === language) ?? EMPTY_LEXICON(language);
  const arabic = lexiconOf('ar');
  const english = lexiconOf('en');
  const arabicMonths = monthsOf(arabic);
  const englishMonths = monthsOf(english);
  const englishMonthAbbreviations = new Map<number, string[]>();
  for (const locale of english.monthAbbreviationLocales)
    for (const [m, name] of monthNamesOf(locale, 'short')) {
      if (foldWord(name) !== englishMonths.get(m)?.[0]) addName(englishMonthAbbreviations, m, name);
    }
  addVariants(englishMonthAbbreviations, english.monthAbbreviationVariants);

  const hijriMonths = new Map<number, string[]>();
  for (const lexicon of lexicons) {
    for (const locale of lexicon.hijriMonthLocales)
      for (const [m, name] of hijriMonthNamesOf(locale)) addName(hijriMonths, m, name);
    addVariants(hijriMonths, lexicon.hijriMonthVariants);
  }

  const arabicWeekdayStems = new Map<number, string[]>();
  for (const [d, list] of weekdaysOf(arabic))
    for (const name of list) addName(arabicWeekdayStems, d, name.replace(/^ال/u, ''));
  const englishWeekdays = weekdaysOf(english);

  const otherMonths = new Map<string, Map<number, string[]>>();
  const otherWeekdays = new Map<string, Map<number, string[]>>();
  for (const lexicon of lexicons) {
    if (lexicon.language === 'ar' || lexicon.language === 'en') continue;
    otherMonths.set(lexicon.language, monthsOf(lexicon));
    otherWeekdays.set(lexicon.language, weekdaysOf(lexicon));
  }

  const monthByName = new Map<string, number>();
  for (const table of [
    arabicMonths,
    englishMonths,
    englishMonthAbbreviations,
    ...otherMonths.values(),
  ]) {
    for (const [m, names] of table) for (const name of names) monthByName.set(name, m);
  }
  const weekdayByName = new Map<string, number>();
  for (const table of [arabicWeekdayStems, englishWeekdays, ...otherWeekdays.values()]) {
    for (const [d, names] of table) for (const name of names) weekdayByName.set(name, d);
  }
  return {
    arabicMonths,
    englishMonths,
    englishMonthAbbreviations,
    arabicWeekdayStems,
    englishWeekdays,
    hijriMonths,
    otherMonths,
    otherWeekdays,
    monthByName,
    weekdayByName,
  };
}
