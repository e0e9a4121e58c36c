import { buildCalendarNames } from './calendar-names';
import {
  type CivilDate,
  formatDay,
  formatMonth,
  formatYear,
  isValidCivilDate,
  toDayNumber,
  weekdayOf,
} from './civil-date';
import {
  type DateNote,
  type DateRule,
  type DateValue,
  type Direction,
  type RelativeDate,
} from './date-expression';
import { foldWord } from './fold-with-offsets';
import { type DateLexicon } from './date-lexicon.schema';
import { hijriToCivil } from './hijri-calendar';
import { loadDefaultDateLexicons } from './load-date-lexicons';
import { hijriMonthValue } from './resolve-relative';
import { definedOnly } from '@sijill/contracts';

// Date patterns over the folded text (see fold-with-offsets): lower case, ASCII digits, ا for every
// alef, ي for ى, ه for ة. Each rule is one regular expression plus the reading of its groups.

/** What a rule read from one match, before overlaps are settled and relative dates resolved. */
export interface RuleReading {
  readonly rule: DateRule;
  readonly value?: DateValue;
  readonly relative?: RelativeDate;
  readonly note?: DateNote;
  /** The value depends on the anchor even though it was computed here ("3 يوليو الجاري"). */
  readonly usesAnchor?: boolean;
}

export interface RuleContext {
  readonly anchor: CivilDate | undefined;
  readonly language: string;
  /** The folded text the pattern ran over. */
  readonly folded: string;
  /** The original text of a folded span, to check capitals ("May" the month, "may" the verb). */
  readonly original: (start: number, end: number) => string;
}

export interface DateRuleDefinition {
  readonly pattern: RegExp;
  /** A cheap test on the whole folded text: the pattern runs only where it passes. */
  readonly guard?: RegExp;
  /** Primary language subtags the rule reads; every language when absent. */
  readonly languages?: readonly string[];
  readonly read: (match: RegExpExecArray, context: RuleContext) => RuleReading | undefined;
}

const names = buildCalendarNames();
const words = (list: string): string[] => list.trim().split(/\s+/u);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
const phrase = (text: string): string => escape(text).replace(/ +/gu, '\\s+');
const alternation = (choices: Iterable<string>): string =>
  [...new Set(choices)]
    .sort((a, b) => b.length - a.length)
    .map(phrase)
    .join('|');
const foldAll = (list: readonly string[]): string[] => list.map(foldWord);
/** A lexicon written as whitespace-separated words, folded like the text it is matched against. */
const lexicon = (list: string): string[] => foldAll(words(list));
const valuesOf = (table: ReadonlyMap<number, readonly string[]>): string[] =>
  [...table.values()].flat();

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
// Arabic words may carry a conjunction (والخميس، فأمس); the span starts after it.
const AR_START = '(?:(?<![\\p{L}\\p{N}])|(?<=(?<![\\p{L}\\p{N}])[وف]))';

const arabicMonthUnit = (month: number): string => {
  const name = `(?:${alternation(names.arabicMonths.get(month) ?? [])})(?![\\p{L}])`;
  // Combined forms name one month in two systems: تشرين الثاني/نوفمبر، نوفمبر (تشرين الثاني).
  return `${name}(?:\\s*[/\\\\|–—-]\\s*${name}|\\s*\\(\\s*${name}\\s*\\))?`;
};
const AR_MONTH = `(?:${Array.from({ length: 12 }, (_, i) => arabicMonthUnit(i + 1)).join('|')})`;
const EN_MONTH_FULL = `(?:${alternation(valuesOf(names.englishMonths))})(?![\\p{L}])`;
const EN_MONTH_ANY = `(?:${EN_MONTH_FULL}|(?:${alternation(valuesOf(names.englishMonthAbbreviations))})(?![\\p{L}])\\.?)`;
const ANY_MONTH = `(?:${AR_MONTH}|${EN_MONTH_ANY})`;

const AR_WEEKDAY = alternation(valuesOf(names.arabicWeekdayStems));
const EN_WEEKDAY = alternation(valuesOf(names.englishWeekdays));

const lexicons = loadDefaultDateLexicons();
const DIRECTION_WORDS: Readonly<Record<string, Direction | 'current'>> = Object.fromEntries(
  lexicons.flatMap((lexicon) =>
    (['past', 'future', 'current'] as const).flatMap((direction) =>
      foldAll(lexicon.directions[direction]).map((word) => [word, direction] as const),
    ),
  ),
);
const AR_PAST_OR_FUTURE = alternation(
  Object.entries(DIRECTION_WORDS).flatMap(([w, d]) =>
    d !== 'current' && /^ال/u.test(w) ? [w] : [],
  ),
);
const AR_DIRECTION = alternation(Object.keys(DIRECTION_WORDS).filter((w) => /^ال/u.test(w)));

// Counted nouns after a number: "في 2000 غارة" and "in 2000 troops" are quantities, not years.
const UNIT_WORDS = foldAll(lexicons.flatMap((lexicon) => lexicon.countedNouns));
const UNIT_GUARD = `(?!\\s+(?:${alternation(UNIT_WORDS)})(?![\\p{L}]))`;

const year = (group: string): string =>
  `(?<${group}>(?:19|20)[0-9]{2})(?![\\p{N}])(?!\\s*[-–/]\\s*(?:[0-9]{4}|[0-9]{2})(?![\\p{N}:]))${UNIT_GUARD}(?:\\s*م(?![\\p{L}]))?`;
const yearTail = (group: string): string =>
  `\\s*[,،]?\\s*(?:(?:من|في|of)\\s+)?(?:(?:[لب]?ال|ل)?(?:عام|سنه)\\s*)?${year(group)}`;
// "3 يوليو من العام الماضي", "3 July last year".
const RELATIVE_YEAR_TAIL = `\\s+(?:(?:من|في)\\s+)?(?:(?:ال)?(?:عام|سنه)\\s+(?<ryear>${AR_DIRECTION})|(?<ryear2>هذا|هذه|last|next|this)\\s+(?:العام|السنه|year))(?![\\p{L}])`;
const dayMonthTail = (yearGroup: string): string =>
  `(?:${yearTail(yearGroup)}|${RELATIVE_YEAR_TAIL}|\\s+(?<dir>${AR_DIRECTION})(?![\\p{L}]))?`;

const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?';
// Not part of a time (10:30), a decimal (3.5), a longer number, or a Latin token (G20).
const DAY_START = `(?<![\\p{N}\\p{Script=Latin}:./\\-])(?<day>[0-9]{1,2})${ORDINAL_SUFFIX}(?![\\p{N}])(?!\\s*[:.]\\s*[0-9])`;
const dayNext = (group: string): string =>
  `(?<${group}>[0-9]{1,2})${ORDINAL_SUFFIX}(?![\\p{N}])(?!\\s*[:.]\\s*[0-9])`;
const DAY_MONTH_SEPARATOR = '\\s*(?:of\\s+|من\\s+(?:(?:ال)?شهر\\s+)?|(?:ال)?شهر\\s+)?';
const RANGE_SEPARATOR =
  '\\s*(?:[-–—]|و\\s*(?:حتي|الي)?|الي|حتي|لغايه|to|and|through|until|till)\\s*';
const CROSS_MONTH_SEPARATOR = '\\s*(?:[-–—]|الي|حتي|لغايه|to|through|until|till)\\s*';
const RANGE_OPENER = '(?:(?:يومي|بين|من|from|between)\\s+)?';

// "الخميس 9 نوفمبر", "اليوم الخميس الموافق 9 نوفمبر", "Thursday, 9 November".
const weekdayPrefix = (group: string): string =>
  `(?:(?:(?:(?:اليوم|امس|غدا)\\s*[,،]?\\s*)?(?:يوم\\s+)?ال(?<${group}A>${AR_WEEKDAY})|(?<${group}E>${EN_WEEKDAY}))(?![\\p{L}])\\s*[,،]?\\s*(?:الموافق\\s+)?(?:the\\s+)?)?`;

const AR_ORDINAL_UNITS = lexicon('الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع');
const ordinals = new Map<string, number>();
AR_ORDINAL_UNITS.forEach((word, i) => {
  const unit = i + 1;
  const compound = unit === 1 ? 'الحادي' : word;
  ordinals.set(word, unit);
  ordinals.set(`${compound} عشر`, 10 + unit);
  ordinals.set(`${compound} والعشرين`, 20 + unit);
  if (unit === 1) ordinals.set(`${compound} والثلاثين`, 31);
});
ordinals.set(foldWord('العاشر'), 10);
ordinals.set('العشرين', 20);
ordinals.set('الثلاثين', 30);
const AR_ORDINAL = [...ordinals.keys()]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/ و/gu, '\\s+و\\s*').replace(/ /gu, '\\s+'))
  .join('|');
const ordinalOf = (text: string | undefined): number | undefined =>
  ordinals.get((text ?? '').replace(/\s+/gu, ' ').replace(/ و /gu, ' و'));

const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...lexicon('ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة').map((w, i) => [w, i + 3] as const),
  ...words('one two three four five six seven eight nine ten').map((w, i) => [w, i + 1] as const),
  ['a', 1] as const,
]);
const AR_DAY_COUNT = `(?<count>يوم|يومين|(?:[0-9]{1,2}|${alternation(Object.keys(NUMBER_WORDS).filter((w) => /\p{Script=Arabic}/u.test(w)))})\\s+(?:ايام|يوما))`;
const EN_DAY_COUNT = `(?<count>[0-9]{1,2}|${alternation(Object.keys(NUMBER_WORDS).filter((w) => /^[a-z]+$/u.test(w)))})\\s+days?`;

// Words before a weekday that make it a name (Good Friday), or الاثنين a count ("بين الاثنين",
// between the two).
const NAMED_DAY_QUALIFIERS = new Set(
  words('good black super ash holy maundy palm easter bloody cyber'),
);
// Words after a weekday that make it a title: The Sunday Times, Sunday school.
const NAMED_DAY_HEADS = 'times|telegraph|express|mirror|herald|post|school|league|club';
const TWO_QUALIFIERS = new Set(lexicon('بين كلا هذين هذان البلدين الطرفين الجانبين'));
// Words after اليوم that make it "the … day" (or the newspaper اليوم السابع) rather than "today".
const TODAY_NOT_FOLLOWED_BY = alternation([
  ...lexicon(`
    الوطني العالمي الدولي التالي السابق الأخير نفسه ذاته الموعود المفتوح الدراسي الختامي الافتتاحي
    الواحد الذي المحدد المقرر التاريخي العاشر
  `),
  ...[...ordinals.keys()].map((ordinal) => ordinal.split(' ')[0] ?? ordinal),
]);
// Words before اليوم that make it a name (the outlet عين اليوم, "the eye of today"), a length of
// time (طول اليوم), or "nowadays" set against the past (أما اليوم، فإن …: "as for today" in a
// column contrasting eras), none of them the day of an event.
const TODAY_NOT_PRECEDED_BY = alternation(lexicon('ذلك هذا نفس ذات طوال طول منتصف ذاك عين أما'));
// "اليوم" between quotes is the name of a newspaper (لـ«اليوم», « اليوم »), not today.
const TODAY_QUOTED = '(?<![«"“]\\s*)';
// يوم الغد, and "غد" only after a word for a part of the day (يوم غد الخميس, مساء غد): alone it is
// too often a name.
const AR_TOMORROW_PHRASE = `(?:يوم\\s+الغد|(?:يوم|صباح|مساء|ظهر)\\s+غد(?![\\p{L}]))`;

const AR_YEAR_CUE_WORDS =
  'في خلال منذ حتى بحلول قبل بعد مطلع أوائل بداية منتصف أواسط أواخر نهاية غضون';
const AR_MONTH_CUES = alternation(lexicon(`${AR_YEAR_CUE_WORDS} آخر مع من إلى لغاية`));
const AR_YEAR_CUES = alternation(lexicon(AR_YEAR_CUE_WORDS));
const EN_MONTH_CUES = 'in|since|by|until|till|during|from|through|throughout|before|after';
const EN_YEAR_CUES = 'in|since|by|until|till|during|through|throughout|before|after|early|late|mid';
// "by May" and "from May" are as often Theresa May as the month.
const EN_MAY_CUES = new Set(
  words('in since until till during before after early mid late last next this of'),
);
const EN_MONTH_MODIFIERS =
  'early|mid-|mid|late|last|next|this|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of';

const monthNames = [...names.monthByName.keys()].sort((a, b) => b.length - a.length);
function monthOf(text: string | undefined): number | undefined {
  const normalised = (text ?? '').replace(/\s+/gu, ' ');
  const name = monthNames.find((candidate) => normalised.startsWith(candidate));
  return name === undefined ? undefined : names.monthByName.get(name);
}

const weekdayOfName = (name: string | undefined): number | undefined =>
  name === undefined ? undefined : names.weekdayByName.get(name);

function dayValue(y: number, m: number, d: number): DateValue | undefined {
  return isValidCivilDate(y, m, d)
    ? { start: formatDay({ year: y, month: m, day: d }), precision: 'day' }
    : undefined;
}

function rangeValue(start: CivilDate, end: CivilDate): DateValue | undefined {
  if (!isValidCivilDate(start.year, start.month, start.day)) return undefined;
  if (!isValidCivilDate(end.year, end.month, end.day)) return undefined;
  if (toDayNumber(end) <= toDayNumber(start)) return undefined;
  return { start: formatDay(start), end: formatDay(end), precision: 'day' };
}

type Groups = Readonly<Record<string, string | undefined>>;
const groupsOf = (match: RegExpExecArray): Groups => match.groups ?? {};

function directionOf(word: string | undefined): Direction | 'current' | undefined {
  return word === undefined ? undefined : DIRECTION_WORDS[word];
}

/** The year a "من العام الماضي" / "last year" tail or a "الجاري" suffix points to. */
function yearFromTail(groups: Groups, anchor: CivilDate | undefined): number | 'none' | undefined {
  const relative = directionOf(groups.ryear ?? groups.ryear2);
  const direction = relative ?? (directionOf(groups.dir) === 'current' ? 'current' : undefined);
  if (direction === undefined) return 'none';
  if (!anchor) return undefined;
  return anchor.year + (direction === 'past' ? -1 : direction === 'future' ? 1 : 0);
}

function readDayMonth(groups: Groups, day: number, context: RuleContext): RuleReading | undefined {
  const month = monthOf(groups.month);
  if (month === undefined) return undefined;
  const weekday = weekdayOfName(groups.pwA ?? groups.pwE);
  if (groups.year !== undefined) {
    const value = dayValue(Number(groups.year), month, day);
    if (!value) return undefined;
    const date = { year: Number(groups.year), month, day };
    const mismatch = weekday !== undefined && weekdayOf(date) !== weekday;
    return {
      rule: 'absolute-day-month-year',
      value,
      ...(mismatch ? { note: 'weekday-mismatch' } : {}),
    };
  }
  const tailYear = yearFromTail(groups, context.anchor);
  if (tailYear === undefined) return undefined;
  if (tailYear !== 'none') {
    const value = dayValue(tailYear, month, day);
    return value ? { rule: 'absolute-day-month', value, usesAnchor: true } : undefined;
  }
  if (day < 1 || day > 31) return undefined;
  const direction = directionOf(groups.dir);
  return {
    rule: 'absolute-day-month',
    relative: {
      kind: 'day-month',
      month,
      day,
      ...definedOnly({ weekday }),
      ...(direction === 'past' || direction === 'future' ? { direction } : {}),
    },
  };
}

function readRange(
  groups: Groups,
  startMonthText: string | undefined,
  endMonthText: string | undefined,
  context: RuleContext,
): RuleReading | undefined {
  const startMonth = monthOf(startMonthText);
  const endMonth = monthOf(endMonthText);
  const startDay = Number(groups.day);
  const endDay = Number(groups.day2);
  if (startMonth === undefined || endMonth === undefined) return undefined;
  if (startMonth === endMonth && startDay >= endDay) return undefined;
  const endYear =
    groups.year !== undefined ? Number(groups.year) : yearFromTail(groups, context.anchor);
  if (endYear === undefined) return undefined;
  if (endYear !== 'none') {
    const startYear =
      groups.year1 !== undefined
        ? Number(groups.year1)
        : startMonth > endMonth
          ? endYear - 1
          : endYear;
    const value = rangeValue(
      { year: startYear, month: startMonth, day: startDay },
      { year: endYear, month: endMonth, day: endDay },
    );
    if (!value) return undefined;
    return groups.year !== undefined
      ? { rule: 'absolute-day-range', value }
      : { rule: 'absolute-day-range-no-year', value, usesAnchor: true };
  }
  const direction = directionOf(groups.dir);
  return {
    rule: 'absolute-day-range-no-year',
    relative: {
      kind: 'day-month-range',
      startMonth,
      startDay,
      endMonth,
      endDay,
      ...(direction === 'past' || direction === 'future' ? { direction } : {}),
    },
  };
}

function readMonthOnly(
  month: number | undefined,
  direction: Direction | 'current' | undefined,
  context: RuleContext,
): RuleReading | undefined {
  if (month === undefined) return undefined;
  if (direction === 'current') {
    return context.anchor
      ? {
          rule: 'absolute-month',
          value: { start: formatMonth(context.anchor.year, month), precision: 'month' },
          usesAnchor: true,
        }
      : undefined;
  }
  return {
    rule: 'absolute-month',
    relative: { kind: 'month', month, ...(direction ? { direction } : {}) },
  };
}

const precedingWord = (context: RuleContext, index: number): string =>
  /(\p{L}+)[\s,،]*$/u.exec(context.folded.slice(Math.max(0, index - 24), index))?.[1] ?? '';

/**
 * Case matters for English month names that are also common words ("may", "march"): a match whose
 * month group holds one of them in lower case is not a date.
 */
export function hasCapitalisedMonths(match: RegExpExecArray, context: RuleContext): boolean {
  return ['month', 'month1', 'month2'].every((group) => {
    const span = match.indices?.groups?.[group];
    if (!span) return true;
    const word = context.original(span[0], span[1]);
    return !/^(may|march|mar)\b/u.test(word.toLowerCase()) || /^\p{Lu}/u.test(word);
  });
}

const relativeDay = (rule: DateRule, days: number, weekday?: number): RuleReading => ({
  rule,
  relative: { kind: 'day-offset', days, ...definedOnly({ weekday }) },
});

function offsetOf(direction: Direction | 'current' | undefined, before: boolean): number {
  if (direction === 'past') return before ? -2 : -1;
  if (direction === 'future') return 1;
  return 0;
}

function countOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text === 'يوم') return 1;
  if (text === 'يومين') return 2;
  const [first] = text.split(/\s+/u);
  const count = /^[0-9]+$/u.test(first ?? '') ? Number(first) : NUMBER_WORDS[first ?? ''];
  return count !== undefined && count > 0 && count <= 31 ? count : undefined;
}

const rx = (source: string): RegExp => new RegExp(source, 'gud');

// Umm al-Qura dates of the Gulf press: 19/10/1436هـ, 10 شوال 1436 هـ, شعبان الماضي.
const HIJRI_MONTH = `(?:${alternation(valuesOf(names.hijriMonths))})(?![\\p{L}])`;
const HIJRI_YEAR = '(?<hyear>1[34][0-9]{2})(?![\\p{N}])';
const HIJRI_SUFFIX = '(?:\\s*ه(?![\\p{L}]))';
const HIJRI_DAY = `(?:${DAY_START}|(?<ord>${AR_ORDINAL}))\\)?`;
const HIJRI_DAY_SEPARATOR = '\\s*(?:من\\s+)?(?:(?:ال)?شهر\\s+)?';
const HIJRI_YEAR_SEPARATOR = '\\s*[,،]?\\s*(?:من\\s+)?(?:(?:ال)?(?:عام|سنه)\\s+)?';
// "(الخميس) 14 / 10 / 1436هـ": the weekday in brackets before a numeric date.
const BRACKETED_WEEKDAY = `(?:\\(\\s*(?:يوم\\s+)?ال(?<pwB>${AR_WEEKDAY})\\s*\\)\\s*)?`;
// Hijri rules run only on texts with a Hijri year or a Hijri month name.
const HIJRI_YEAR_GUARD = /1[34][0-9]{2}/u;
const HIJRI_MONTH_GUARD = new RegExp(alternation(valuesOf(names.hijriMonths)), 'u');
const hijriMonthOf = (text: string | undefined): number | undefined => {
  const normalised = (text ?? '').replace(/\s+/gu, ' ');
  for (const [month, list] of names.hijriMonths) if (list.includes(normalised)) return month;
  return undefined;
};

function hijriDay(groups: Groups, month: number | undefined): RuleReading | undefined {
  const day = groups.ord ? ordinalOf(groups.ord) : Number(groups.day);
  if (month === undefined || day === undefined) return undefined;
  const date = hijriToCivil({ year: Number(groups.hyear), month, day });
  if (!date) return undefined;
  const weekday = weekdayOfName(groups.pwA ?? groups.pwB);
  const mismatch = weekday !== undefined && weekdayOf(date) !== weekday;
  return {
    rule: groups.sep === undefined ? 'hijri-day-month-year' : 'hijri-numeric',
    value: { start: formatDay(date), precision: 'day' },
    ...(mismatch ? { note: 'weekday-mismatch' } : {}),
  };
}

/** The language-scoped rules of a date lexicon whose language has no rules written in code. */
function dataOnlyRules(lexicon: DateLexicon): DateRuleDefinition[] {
  const language = lexicon.language;
  const languages = [language];
  const rules: DateRuleDefinition[] = [];
  const dayWords = Object.entries(lexicon.relativeDays).flatMap(([days, list]) =>
    foldAll(list).map((word) => [word, Number(days)] as const),
  );
  const dayByWord = new Map(dayWords);
  if (dayWords.length > 0) {
    rules.push({
      languages,
      pattern: rx(`${WORD_START}(?<word>${alternation(dayByWord.keys())})${WORD_END}`),
      read: (match) => {
        const days = dayByWord.get(groupsOf(match).word ?? '');
        if (days === undefined) return undefined;
        return relativeDay('relative-day-word', days);
      },
    });
  }
  const weekdays = names.otherWeekdays.get(language);
  if (weekdays !== undefined && weekdays.size > 0) {
    const byName = new Map(
      [...weekdays].flatMap(([weekday, list]) => list.map((name) => [name, weekday] as const)),
    );
    const directionWords = foldAll([...lexicon.directions.past, ...lexicon.directions.future]);
    const preposition =
      lexicon.weekdayPrepositions.length > 0
        ? `(?:(?:${alternation(foldAll(lexicon.weekdayPrepositions))})\\s+)?`
        : '';
    const direction =
      directionWords.length > 0 ? `(?:(?<dir>${alternation(directionWords)})\\s+)?` : '';
    const after =
      directionWords.length > 0 ? `(?:\\s+(?<dir2>${alternation(directionWords)}))?` : '';
    rules.push({
      languages,
      pattern: rx(
        `${WORD_START}${preposition}${direction}(?<wd>${alternation(byName.keys())})${WORD_END}${after}${WORD_END}`,
      ),
      read: (match) => {
        const groups = groupsOf(match);
        const weekday = byName.get(groups.wd ?? '');
        if (weekday === undefined) return undefined;
        const dir = directionOf(groups.dir ?? groups.dir2);
        return {
          rule: 'relative-weekday',
          relative: {
            kind: 'weekday',
            weekday,
            ...(dir === 'past' || dir === 'future' ? { direction: dir } : {}),
          },
        };
      },
    });
  }
  const months = names.otherMonths.get(language);
  if (months !== undefined && months.size > 0) {
    const monthName = `(?:${alternation(valuesOf(months))})(?![\\p{L}])`;
    // "3 июля 2024 года", "le 3 juillet 2024", "3 juillet".
    rules.push({
      languages,
      pattern: rx(`${DAY_START}\\s+(?<month>${monthName})(?:\\s*,?\\s*${year('year')})?`),
      read: (match, context) => {
        const groups = groupsOf(match);
        return readDayMonth(groups, Number(groups.day), context);
      },
    });
  }
  return rules;
}

/** "hours after …", مؤخرا: the clause's event is before the anchor, on no day the text gives. */
function beforePublicationRule(): DateRuleDefinition {
  const phrases = foldAll(lexicons.flatMap((lexicon) => lexicon.beforePublication));
  return {
    pattern: rx(`${AR_START}(?:${alternation(phrases)})${WORD_END}`),
    read: () => ({ rule: 'before-publication', relative: { kind: 'before-anchor' } }),
  };
}

/**
 * "Путин накануне провел телефонный разговор": накануне before a past verb or a stop is the day
 * before publication; before a noun ("накануне саммита", on the eve of the summit) it stays a time
 * before the anchor (beforePublication).
 */
function dayBeforeRule(): DateRuleDefinition {
  return {
    pattern: rx(
      `${WORD_START}накануне(?=\\s*[,.;:)]|\\s+\\p{L}+(?:л|ла|ли|ло|лся|лась|лись|лось)${WORD_END})`,
    ),
    read: () => relativeDay('relative-day-word', -1),
  };
}

const AR_DECADES = ['ثلاثين', 'اربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'];

/**
 * "in the 2000s", "в 2010-х годах", "dans les années 1990", "في ثمانينيات القرن الماضي": a decade
 * is a time long before the anchor on no day the text gives, bounded by the decade's last day (an
 * Arabic decade word without its century is of the twentieth).
 */
function decadeRule(): DateRuleDefinition {
  const latin = `${WORD_START}(?:(?:early|mid|late)[-\\s]+)?(?<en>(?:19|20)[0-9]0)'?s${WORD_END}`;
  const russian = `${WORD_START}(?<ru>(?:19|20)[0-9]0)-(?:х|е|ых|ые)${WORD_END}`;
  const french = `${WORD_START}ann[eé]es\\s+(?<fr>(?:19|20)?[0-9]0)${WORD_END}`;
  const arabic = `${AR_START}[بل]?(?:ال)?(?<ar>${AR_DECADES.join('|')})يات${WORD_END}`;
  return {
    pattern: rx(`${latin}|${russian}|${french}|${arabic}`),
    read: (match) => {
      const groups = groupsOf(match);
      const written = groups.en ?? groups.ru ?? groups.fr;
      const arabicDecade = groups.ar === undefined ? -1 : AR_DECADES.indexOf(groups.ar);
      const first =
        written !== undefined
          ? Number(written.length === 2 ? `19${written}` : written)
          : 1930 + 10 * arabicDecade;
      return {
        rule: 'before-publication',
        value: { start: `${String(first + 9)}-12-31`, precision: 'day' },
      };
    },
  };
}

/** The rules, longest and most specific first; overlaps are settled by length, then by this order. */
export const DATE_RULES: readonly DateRuleDefinition[] = [
  // 19/10/1436هـ, (الخميس) 14 / 10 / 1436هـ, 10-10-1436هـ
  {
    guard: HIJRI_YEAR_GUARD,
    pattern: rx(
      `${weekdayPrefix('pw')}${BRACKETED_WEEKDAY}(?<![\\p{N}/.\\-])(?<day>[0-9]{1,2})\\s*(?<sep>[-/.])\\s*(?<month>[0-9]{1,2})\\s*\\k<sep>\\s*${HIJRI_YEAR}${HIJRI_SUFFIX}?`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      return hijriDay(groups, Number(groups.month));
    },
  },
  // 1436/10/19هـ
  {
    guard: HIJRI_YEAR_GUARD,
    pattern: rx(
      `(?<![\\p{N}/.\\-])${HIJRI_YEAR}\\s*(?<sep>[-/])\\s*(?<month>[0-9]{1,2})\\s*\\k<sep>\\s*(?<day>[0-9]{1,2})(?![\\p{N}])${HIJRI_SUFFIX}`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      return hijriDay(groups, Number(groups.month));
    },
  },
  // 10 شوال 1436 هـ, الخميس 10 شعبان 1436, العاشر من شهر رمضان 1436
  {
    guard: HIJRI_YEAR_GUARD,
    pattern: rx(
      `${weekdayPrefix('pw')}${HIJRI_DAY}${HIJRI_DAY_SEPARATOR}(?<hmonth>${HIJRI_MONTH})${HIJRI_YEAR_SEPARATOR}${HIJRI_YEAR}${HIJRI_SUFFIX}?`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      return hijriDay(groups, hijriMonthOf(groups.hmonth));
    },
  },
  // 27 شوال المقبل, الـ (28) من شعبان الماضي
  {
    guard: HIJRI_MONTH_GUARD,
    pattern: rx(
      `${HIJRI_DAY}${HIJRI_DAY_SEPARATOR}(?<hmonth>${HIJRI_MONTH})(?:\\s+(?<dir>${AR_DIRECTION})(?![\\p{L}]))?`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      const month = hijriMonthOf(groups.hmonth);
      const day = groups.ord ? ordinalOf(groups.ord) : Number(groups.day);
      const direction = directionOf(groups.dir);
      // "1 صفر" is as often a score as a date.
      if (month === undefined || day === undefined || day > 30) return undefined;
      if (direction === undefined && month === 2) return undefined;
      return {
        rule: 'hijri-day-month',
        relative: {
          kind: 'hijri-day-month',
          month,
          day,
          ...(direction === 'past' || direction === 'future' ? { direction } : {}),
        },
      };
    },
  },
  // رمضان 1436هـ, شهر ذي الحجة من عام 1436
  {
    guard: HIJRI_YEAR_GUARD,
    pattern: rx(
      `${AR_START}(?:(?:[بل]?ال|ل)?شهر\\s+)?(?<hmonth>${HIJRI_MONTH})${HIJRI_YEAR_SEPARATOR}${HIJRI_YEAR}${HIJRI_SUFFIX}?`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      const month = hijriMonthOf(groups.hmonth);
      const resolved =
        month === undefined ? undefined : hijriMonthValue(Number(groups.hyear), month);
      return resolved ? { rule: 'hijri-month-year', value: resolved.value } : undefined;
    },
  },
  // شعبان الماضي, شهر رمضان الجاري, ذي القعدة المقبل
  {
    guard: HIJRI_MONTH_GUARD,
    pattern: rx(
      `${AR_START}(?:(?:[بل]?ال|ل)?شهر\\s+)?(?<hmonth>${HIJRI_MONTH})\\s+(?<dir>${AR_DIRECTION})(?![\\p{L}])`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      const month = hijriMonthOf(groups.hmonth);
      const direction = directionOf(groups.dir);
      if (month === undefined || direction === undefined) return undefined;
      return { rule: 'hijri-month', relative: { kind: 'hijri-month', month, direction } };
    },
  },
  // 30 يونيو - 2 يوليو 2024, 30 June to 2 July 2024
  {
    pattern: rx(
      `${RANGE_OPENER}${DAY_START}${DAY_MONTH_SEPARATOR}(?<month1>${ANY_MONTH})(?:\\s*[,،]?\\s*${year('year1')})?${CROSS_MONTH_SEPARATOR}${dayNext('day2')}${DAY_MONTH_SEPARATOR}(?<month2>${ANY_MONTH})${dayMonthTail('year')}`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      return readRange(groups, groups.month1, groups.month2, context);
    },
  },
  // June 30 - July 2, 2024
  {
    pattern: rx(
      `${WORD_START}(?<month1>${EN_MONTH_ANY})\\s*${dayNext('day')}${CROSS_MONTH_SEPARATOR}(?<month2>${EN_MONTH_ANY})\\s*${dayNext('day2')}(?:\\s*,?\\s*${year('year')})?`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      return readRange(groups, groups.month1, groups.month2, context);
    },
  },
  // يومي 3 و4 يوليو, 3-4 July 2024, من 3 إلى 5 يوليو
  {
    pattern: rx(
      `${RANGE_OPENER}${DAY_START}${RANGE_SEPARATOR}${dayNext('day2')}${DAY_MONTH_SEPARATOR}(?<month>${ANY_MONTH})${dayMonthTail('year')}`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      return readRange(groups, groups.month, groups.month, context);
    },
  },
  // في الرابع والخامس من أغسطس, بين العاشر والثاني عشر من شهر يوليو 2015: two ordinal days of
  // one month are a range, not the second day alone.
  {
    pattern: rx(
      `${RANGE_OPENER}(?<ord1>${AR_ORDINAL})${RANGE_SEPARATOR}(?<ord2>${AR_ORDINAL})\\s+من\\s+(?:(?:ال)?شهر\\s+)?(?<month>${AR_MONTH})${dayMonthTail('year')}`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      const [day, day2] = [ordinalOf(groups.ord1), ordinalOf(groups.ord2)];
      // "الثالث والعشرين" is one day, the 23rd, not the 3rd to the 20th.
      const compound = ordinalOf(`${groups.ord1 ?? ''} و${groups.ord2 ?? ''}`);
      if (day === undefined || day2 === undefined || compound !== undefined) return undefined;
      const days = { ...groups, day: String(day), day2: String(day2) };
      return readRange(days, groups.month, groups.month, context);
    },
  },
  // July 3-4, 2024
  {
    pattern: rx(
      `${WORD_START}(?<month>${EN_MONTH_ANY})\\s*${dayNext('day')}${RANGE_SEPARATOR}${dayNext('day2')}(?:\\s*,?\\s*${year('year')})?`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      return readRange(groups, groups.month, groups.month, context);
    },
  },
  // الخميس 28 نوفمبر 2024, 1 تشرين الثاني/نوفمبر, 3rd of July 2024, 3 يوليو الماضي
  {
    pattern: rx(
      `${weekdayPrefix('pw')}${DAY_START}${DAY_MONTH_SEPARATOR}(?<month>${ANY_MONTH})${dayMonthTail('year')}`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      return readDayMonth(groups, Number(groups.day), context);
    },
  },
  // الخامس من نوفمبر 2024, الحادي والعشرين من شهر أيار
  {
    pattern: rx(
      `${weekdayPrefix('pw')}(?:يوم\\s+)?(?<ord>${AR_ORDINAL})\\s+من\\s+(?:(?:ال)?شهر\\s+)?(?<month>${AR_MONTH})${dayMonthTail('year')}`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      const day = ordinalOf(groups.ord);
      return day === undefined ? undefined : readDayMonth(groups, day, context);
    },
  },
  // Thursday, November 9, 2023; July 3
  {
    pattern: rx(
      `${weekdayPrefix('pw')}${WORD_START}(?<month>${EN_MONTH_ANY})\\s*${dayNext('day')}(?:\\s*,?\\s*${year('year')})?`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      return readDayMonth(groups, Number(groups.day), context);
    },
  },
  // 2024-07-03, 2024/07/03
  {
    pattern: rx(
      `(?<![\\p{N}/.\\-])(?<year>(?:19|20)[0-9]{2})(?<sep>[-/.])(?<month>[0-9]{1,2})\\k<sep>(?<day>[0-9]{1,2})(?![\\p{N}])(?![-/]?[0-9])(?!\\.[0-9])`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      const value = dayValue(Number(groups.year), Number(groups.month), Number(groups.day));
      return value ? { rule: 'absolute-numeric', value } : undefined;
    },
  },
  // 28/11/2024, ٢٨/١١/٢٠٢٤, 28.11.2024
  {
    pattern: rx(
      `(?<![\\p{N}/.\\-])(?<first>[0-9]{1,2})\\s*(?<sep>[-/.])\\s*(?<second>[0-9]{1,2})\\s*\\k<sep>\\s*(?<year>(?:19|20)[0-9]{2})(?![\\p{N}])(?![-/][0-9])(?!\\.[0-9])(?:\\s*م(?![\\p{L}]))?`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      const [first, second] = [Number(groups.first), Number(groups.second)];
      // Day first everywhere but US-style English, where 3/7/2024 stays ambiguous and is skipped.
      const englishOrder = context.language.toLowerCase().startsWith('en');
      let [day, month] = [first, second];
      if (second > 12 && first <= 12) [day, month] = [second, first];
      else if (englishOrder && first <= 12 && second <= 12 && first !== second) return undefined;
      const value = dayValue(Number(groups.year), month, day);
      return value ? { rule: 'absolute-numeric', value } : undefined;
    },
  },
  // نوفمبر 2024, تشرين الثاني/نوفمبر من العام 2024, November 2024
  {
    pattern: rx(`${AR_START}(?:(?:[بل]?ال|ل)?شهر\\s+)?(?<month>${ANY_MONTH})${yearTail('year')}`),
    read: (match) => {
      const groups = groupsOf(match);
      const month = monthOf(groups.month);
      if (month === undefined) return undefined;
      return {
        rule: 'absolute-month-year',
        value: { start: formatMonth(Number(groups.year), month), precision: 'month' },
      };
    },
  },
  // 5 من الشهر الجاري, الخامس من الشهر المقبل
  {
    pattern: rx(
      `(?:${DAY_START}|${AR_START}(?<ord>${AR_ORDINAL}))\\s*(?:من\\s+)?(?:(?<this>هذا)\\s+)?(?:ال)?شهر(?:\\s+(?<dir>${AR_DIRECTION}))?(?![\\p{L}])`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      const direction = groups.this !== undefined ? 'current' : directionOf(groups.dir);
      if (direction === undefined) return undefined;
      const day = groups.ord ? ordinalOf(groups.ord) : Number(groups.day);
      if (day === undefined || day < 1 || day > 31) return undefined;
      return {
        rule: 'relative-day-of-month',
        relative: { kind: 'day-of-month', day, monthOffset: offsetOf(direction, false) },
      };
    },
  },
  // the 10th of this month, the 3rd of next month
  {
    pattern: rx(
      `${WORD_START}(?:the\\s+)?${dayNext('day')}\\s+of\\s+(?<dir>this|last|next)\\s+month${WORD_END}`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      const day = Number(groups.day);
      if (day < 1 || day > 31) return undefined;
      const monthOffset = offsetOf(directionOf(groups.dir), false);
      return {
        rule: 'relative-day-of-month',
        relative: { kind: 'day-of-month', day, monthOffset },
      };
    },
  },
  // في أبريل, شهر أبريل, أبريل المقبل, مطلع تشرين الثاني/نوفمبر
  {
    pattern: rx(
      `(?:(?<=${WORD_START}[وف]?(?:${AR_MONTH_CUES})\\s+)(?:(?:ال)?شهر\\s+)?|${AR_START}(?:[بل]?ال|ل)?شهر\\s+|${AR_START}(?=${AR_MONTH}\\s+(?:${AR_DIRECTION})))(?<month>${AR_MONTH})(?:\\s+(?<dir>${AR_DIRECTION})(?![\\p{L}]))?`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      return readMonthOnly(monthOf(groups.month), directionOf(groups.dir), context);
    },
  },
  // in April, early July, next March, last December
  {
    pattern: rx(
      `(?:(?<=${WORD_START}(?:${EN_MONTH_CUES})\\s+)|${WORD_START}(?=(?:${EN_MONTH_MODIFIERS})\\s*${EN_MONTH_FULL}))(?:(?<mod>${EN_MONTH_MODIFIERS})\\s*)?(?<month>${EN_MONTH_FULL})(?!\\s*[0-9])`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      const month = monthOf(groups.month);
      if (
        month === 5 &&
        !EN_MAY_CUES.has(precedingWord(context, match.indices?.groups?.month?.[0] ?? match.index))
      ) {
        return undefined;
      }
      return readMonthOnly(month, directionOf(groups.mod), context);
    },
  },
  // عام 2022, العام 2022, the year 2022
  {
    pattern: rx(
      `${AR_START}(?:(?:[بل]?ال|ل)?(?:عام|سنه)|(?:the\\s+)?year(?:\\s+of)?)\\s+${year('year')}`,
    ),
    read: (match) => ({
      rule: 'absolute-year',
      value: { start: formatYear(Number(groupsOf(match).year)), precision: 'year' },
    }),
  },
  // في 2022, in 2022, since 2019, mid-2022, الربع الأول من 2024, the first half of 2024
  {
    pattern: rx(
      `(?<=${WORD_START}(?:[وف]?(?:${AR_YEAR_CUES})\\s+|(?:${EN_YEAR_CUES})(?:\\s+|-)|(?:الربع|النصف|quarter|half)\\s+(?:\\p{L}+\\s+)?(?:من|of)\\s+))${year('year')}`,
    ),
    read: (match) => ({
      rule: 'absolute-year',
      value: { start: formatYear(Number(groupsOf(match).year)), precision: 'year' },
    }),
  },
  // اليوم الخميس, أمس الأربعاء, أول أمس الأربعاء, غداً الجمعة
  {
    pattern: rx(
      `${AR_START}(?:(?<today>اليوم)|(?<beforeYesterday>اول\\s+(?:من\\s+)?امس)|(?:يوم\\s+)?(?:بال|ال)?(?<yesterday>امس)|(?<tomorrow>غدا|${AR_TOMORROW_PHRASE}))\\s*[,،(]?\\s*(?:يوم\\s+)?ال(?<wd>${AR_WEEKDAY})(?![\\p{L}])(?:\\s*\\))?`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      const weekday = weekdayOfName(groups.wd);
      if (groups.today) return relativeDay('relative-today-weekday', 0, weekday);
      if (groups.beforeYesterday)
        return relativeDay('relative-day-before-yesterday-weekday', -2, weekday);
      if (groups.yesterday) return relativeDay('relative-yesterday-weekday', -1, weekday);
      return relativeDay('relative-tomorrow-weekday', 1, weekday);
    },
  },
  // أول أمس, أول من أمس, أمس الأول
  {
    pattern: rx(`${AR_START}(?:اول\\s+(?:من\\s+)?امس|امس\\s+الاول)${WORD_END}`),
    read: () => relativeDay('relative-day-before-yesterday', -2),
  },
  // بعد غد
  {
    pattern: rx(`${AR_START}بعد\\s+غدا?${WORD_END}`),
    read: () => relativeDay('relative-day-after-tomorrow', 2),
  },
  {
    pattern: rx(
      `${AR_START}${TODAY_QUOTED}(?<!(?:${TODAY_NOT_PRECEDED_BY})\\s+)اليوم${WORD_END}(?!\\s+(?:${TODAY_NOT_FOLLOWED_BY})(?![\\p{L}]))`,
    ),
    read: () => relativeDay('relative-today', 0),
  },
  {
    pattern: rx(`${AR_START}(?:يوم\\s+)?(?:بال|ال)?امس${WORD_END}`),
    read: () => relativeDay('relative-yesterday', -1),
  },
  {
    pattern: rx(`${AR_START}(?:غدا|${AR_TOMORROW_PHRASE}|(?<=في\\s+)الغد)${WORD_END}`),
    read: () => relativeDay('relative-tomorrow', 1),
  },
  // قبل يومين, قبل ثلاثة أيام, بعد 3 أيام (not "قبل يومين من القمة": that counts from the summit)
  {
    pattern: rx(
      `${AR_START}(?<which>قبل|بعد)\\s+${AR_DAY_COUNT}${WORD_END}(?!\\s+(?:من|علي)${WORD_END})`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      const count = countOf(groups.count);
      if (count === undefined) return undefined;
      return groups.which === 'قبل'
        ? relativeDay('relative-days-ago', -count)
        : relativeDay('relative-days-ahead', count);
    },
  },
  // الأسبوع الماضي, الشهر المقبل, العام الماضي, هذا العام, الأسبوع قبل الماضي
  {
    pattern: rx(
      `${AR_START}(?:(?:[بل]?ال|لل)(?<unit>اسبوع|شهر|عام|سنه)\\s+(?:(?<before>قبل)\\s+)?(?<dir>${AR_DIRECTION})|(?<this>هذا|هذه)\\s+(?<unit2>الاسبوع|الشهر|العام|السنه))${WORD_END}`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      const unit = (groups.unit ?? groups.unit2 ?? '').replace(/^ال/u, '');
      const direction = groups.this ? 'current' : directionOf(groups.dir);
      if (groups.before && direction !== 'past') return undefined;
      const offset = offsetOf(direction, groups.before !== undefined);
      if (unit === 'اسبوع')
        return { rule: 'relative-week', relative: { kind: 'week-offset', weeks: offset } };
      if (unit === 'شهر')
        return { rule: 'relative-month', relative: { kind: 'month-offset', months: offset } };
      return { rule: 'relative-year', relative: { kind: 'year-offset', years: offset } };
    },
  },
  // الخميس, يوم الأربعاء, والأربعاء, الخميس المقبل
  {
    pattern: rx(
      `${AR_START}(?:يوم\\s+)?(?:[بك]?ال|لل)(?<wd>${AR_WEEKDAY})${WORD_END}(?!\\s+عشر)(?:\\s+(?<dir>${AR_PAST_OR_FUTURE})(?![\\p{L}]))?`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      const weekday = weekdayOfName(groups.wd);
      if (weekday === undefined) return undefined;
      if (weekday === 1 && TWO_QUALIFIERS.has(precedingWord(context, match.index)))
        return undefined;
      if (weekday === 1 && /^\s*معا/u.test(context.folded.slice(match.index + match[0].length)))
        return undefined;
      const direction = directionOf(groups.dir);
      return {
        rule: 'relative-weekday',
        relative: {
          kind: 'weekday',
          weekday,
          ...(direction === 'past' || direction === 'future' ? { direction } : {}),
        },
      };
    },
  },
  // the day before yesterday, the day after tomorrow
  {
    pattern: rx(
      `${WORD_START}(?:the\\s+)?day\\s+(?<which>before\\s+yesterday|after\\s+tomorrow)${WORD_END}`,
    ),
    read: (match) =>
      groupsOf(match).which?.startsWith('before')
        ? relativeDay('relative-day-before-yesterday', -2)
        : relativeDay('relative-day-after-tomorrow', 2),
  },
  {
    pattern: rx(`${WORD_START}(?<word>today|tonight|yesterday|tomorrow)${WORD_END}`),
    read: (match, context) => {
      const word = groupsOf(match).word;
      if (word === 'today' || word === 'tonight') {
        // "USA Today", "Russia Today": a capital mid-sentence makes it a name.
        const original = context.original(match.index, match.index + match[0].length);
        const before = context.folded.slice(0, match.index).trimEnd();
        const sentenceStart = before === '' || /[.!?؟\n"'“«:]$/u.test(before);
        if (/^\p{Lu}/u.test(original) && !sentenceStart) return undefined;
        return relativeDay('relative-today', 0);
      }
      return word === 'yesterday'
        ? relativeDay('relative-yesterday', -1)
        : relativeDay('relative-tomorrow', 1);
    },
  },
  // two days ago, 3 days ago, in two days
  {
    pattern: rx(
      `${WORD_START}(?:${EN_DAY_COUNT}\\s+(?<ago>ago)|in\\s+${EN_DAY_COUNT.replace('count', 'count2')})${WORD_END}`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      const count = countOf(groups.count ?? groups.count2);
      if (count === undefined) return undefined;
      return groups.ago
        ? relativeDay('relative-days-ago', -count)
        : relativeDay('relative-days-ahead', count);
    },
  },
  // last week, next month, this year, the week before last
  {
    pattern: rx(
      `${WORD_START}(?:(?<dir>last|next|this|past|coming)\\s+(?<unit>week|month|year)|the\\s+(?<unit2>week|month|year)\\s+before\\s+last)${WORD_END}`,
    ),
    read: (match) => {
      const groups = groupsOf(match);
      const unit = groups.unit ?? groups.unit2;
      const offset = groups.unit2 ? -2 : offsetOf(directionOf(groups.dir), false);
      if (unit === 'week')
        return { rule: 'relative-week', relative: { kind: 'week-offset', weeks: offset } };
      if (unit === 'month')
        return { rule: 'relative-month', relative: { kind: 'month-offset', months: offset } };
      return { rule: 'relative-year', relative: { kind: 'year-offset', years: offset } };
    },
  },
  // Thursday, last Thursday, next Friday (not Good Friday, not The Sunday Times)
  {
    pattern: rx(
      `${WORD_START}(?:(?<dir>last|next|this|past|coming)\\s+)?(?<wd>${EN_WEEKDAY})${WORD_END}(?!\\s+(?:${NAMED_DAY_HEADS})${WORD_END})`,
    ),
    read: (match, context) => {
      const groups = groupsOf(match);
      const weekday = weekdayOfName(groups.wd);
      if (weekday === undefined || NAMED_DAY_QUALIFIERS.has(precedingWord(context, match.index)))
        return undefined;
      const direction = directionOf(groups.dir);
      return {
        rule: 'relative-weekday',
        relative: {
          kind: 'weekday',
          weekday,
          ...(direction === 'past' || direction === 'future' ? { direction } : {}),
        },
      };
    },
  },
  ...lexicons.flatMap(dataOnlyRules),
  ...lexicons.flatMap(dataOnlyRules),
  dayBeforeRule(),
  beforePublicationRule(),
  decadeRule(),
];
