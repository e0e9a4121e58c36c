import { foldWord } from './fold-with-offsets';

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
  /** Any folded month name to its month number. */
  readonly monthByName: ReadonlyMap<string, number>;
  /** Any folded weekday name or stem to its weekday. */
  readonly weekdayByName: ReadonlyMap<string, number>;
}

// Regional locales whose ICU month names differ: Levantine/Iraqi (كانون الثاني…), Moroccan
// (يوليوز، غشت…), Algerian/Tunisian (جانفي، جوان…), Mauritanian (أغشت، دجمبر…).
const ARABIC_MONTH_LOCALES = [
  'ar',
  'ar-EG',
  'ar-SY',
  'ar-LB',
  'ar-IQ',
  'ar-MA',
  'ar-DZ',
  'ar-TN',
  'ar-MR',
];

// Spellings newsrooms use that no ICU locale produces.
const ARABIC_MONTH_VARIANTS: Readonly<Record<number, readonly string[]>> = {
  1: ['كانون ثاني'],
  6: ['يونيه', 'يونية'],
  7: ['يوليه', 'يولية', 'جويلة'],
  9: ['سيبتمبر'],
  10: ['أوكتوبر', 'تشرين أول'],
  11: ['نوڤمبر', 'تشرين ثاني'],
  12: ['كانون أول', 'ديسيمبر'],
};

const ENGLISH_ABBREVIATION_VARIANTS: Readonly<Record<number, readonly string[]>> = {
  9: ['sept'],
};

// Mid-month noon in UTC, so no time zone can move the formatted month.
const sampleMonth = (month: number): Date => new Date(Date.UTC(2021, month - 1, 15, 12));
// 2023-01-01 was a Sunday.
const sampleWeekday = (weekday: number): Date => new Date(Date.UTC(2023, 0, 1 + weekday, 12));

function supports(locale: string): boolean {
  const resolved = new Intl.DateTimeFormat(locale).resolvedOptions().locale;
  return resolved.split('-')[0] === locale.split('-')[0];
}

function monthNamesOf(locale: string, month: 'long' | 'short'): Map<number, string> {
  const names = new Map<number, string>();
  if (!supports(locale)) return names;
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month, timeZone: 'UTC' });
  for (let m = 1; m <= 12; m += 1) {
    const part = format.formatToParts(sampleMonth(m)).find((p) => p.type === 'month');
    if (part) names.set(m, part.value.replace(/\.$/u, ''));
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

/**
 * Builds the month and weekday lexicons from ICU (`Intl.DateTimeFormat`) plus the spelling variants
 * above. Deterministic for a given ICU version; called once at load.
 */
export function buildCalendarNames(): CalendarNames {
  const arabicMonths = new Map<number, string[]>();
  for (const locale of ARABIC_MONTH_LOCALES) {
    for (const [m, name] of monthNamesOf(locale, 'long')) addName(arabicMonths, m, name);
  }
  for (const [m, variants] of Object.entries(ARABIC_MONTH_VARIANTS)) {
    for (const name of variants) addName(arabicMonths, Number(m), name);
  }

  const englishMonths = new Map<number, string[]>();
  for (const [m, name] of monthNamesOf('en', 'long')) addName(englishMonths, m, name);
  const englishMonthAbbreviations = new Map<number, string[]>();
  for (const [m, name] of monthNamesOf('en', 'short')) {
    if (foldWord(name) !== englishMonths.get(m)?.[0]) addName(englishMonthAbbreviations, m, name);
  }
  for (const [m, variants] of Object.entries(ENGLISH_ABBREVIATION_VARIANTS)) {
    for (const name of variants) addName(englishMonthAbbreviations, Number(m), name);
  }

  const arabicWeekdayStems = new Map<number, string[]>();
  for (const [d, name] of weekdayNamesOf('ar')) {
    addName(arabicWeekdayStems, d, foldWord(name).replace(/^ال/u, ''));
  }
  const englishWeekdays = new Map<number, string[]>();
  for (const [d, name] of weekdayNamesOf('en')) addName(englishWeekdays, d, name);

  const monthByName = new Map<string, number>();
  for (const table of [arabicMonths, englishMonths, englishMonthAbbreviations]) {
    for (const [m, names] of table) for (const name of names) monthByName.set(name, m);
  }
  const weekdayByName = new Map<string, number>();
  for (const table of [arabicWeekdayStems, englishWeekdays]) {
    for (const [d, names] of table) for (const name of names) weekdayByName.set(name, d);
  }
  return {
    arabicMonths,
    englishMonths,
    englishMonthAbbreviations,
    arabicWeekdayStems,
    englishWeekdays,
    monthByName,
    weekdayByName,
  };
}
