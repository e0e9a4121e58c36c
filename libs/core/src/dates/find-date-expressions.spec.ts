import fc from 'fast-check';

import { type DateRule, type DateValue, type Tense } from './date-expression';
import { findDateExpressions } from './find-date-expressions';

// 2023-11-09 was a Thursday; every relative expression below is read against it.
const THURSDAY = '2023-11-09T09:00:00Z';

interface Expected {
  readonly raw: string;
  readonly value: DateValue;
  readonly rule: DateRule;
  readonly tense?: Tense;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly language: string;
  readonly anchor?: string | null;
  readonly expected: readonly Expected[];
}

/** `value` is YYYY-MM-DD, YYYY-MM or YYYY, or a day range "YYYY-MM-DD..YYYY-MM-DD". */
function date(raw: string, value: string, rule: DateRule, tense?: Tense): Expected {
  const [start = '', end] = value.split('..');
  const precision = start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year';
  return {
    raw,
    value: end === undefined ? { start, precision } : { start, end, precision },
    rule,
    ...(tense ? { tense } : {}),
  };
}

const ar = (name: string, text: string, ...expected: Expected[]): Case => ({
  name,
  text,
  language: 'ar',
  expected,
});
const en = (name: string, text: string, ...expected: Expected[]): Case => ({
  name,
  text,
  language: 'en',
  expected,
});

const arabicAbsolute: Case[] = [
  ar(
    'Egyptian/Gulf month with year',
    'وصل الرئيس إلى موسكو في 28 نوفمبر 2024 في زيارة رسمية',
    date('28 نوفمبر 2024', '2024-11-28', 'absolute-day-month-year'),
  ),
  ar(
    'Levantine month name',
    'عقد الاجتماع في 15 كانون الثاني 2024 في دمشق',
    date('15 كانون الثاني 2024', '2024-01-15', 'absolute-day-month-year'),
  ),
  ar(
    'combined Levantine/Egyptian form with a slash',
    'أجريت الانتخابات في 1 تشرين الثاني/نوفمبر 2022',
    date('1 تشرين الثاني/نوفمبر 2022', '2022-11-01', 'absolute-day-month-year'),
  ),
  ar(
    'combined form in parentheses',
    'افتتح المؤتمر يوم 5 نوفمبر (تشرين الثاني) 2023',
    date('5 نوفمبر (تشرين الثاني) 2023', '2023-11-05', 'absolute-day-month-year'),
  ),
  ar(
    'Moroccan month names',
    'وقع الاتفاق في 12 يوليوز 2023 وصودق عليه في 3 غشت 2023',
    date('12 يوليوز 2023', '2023-07-12', 'absolute-day-month-year'),
    date('3 غشت 2023', '2023-08-03', 'absolute-day-month-year'),
  ),
  ar(
    'Algerian and Tunisian month names',
    'زار الجزائر يوم 5 جويلية 2023 ثم تونس في 20 جانفي 2024',
    date('5 جويلية 2023', '2023-07-05', 'absolute-day-month-year'),
    date('20 جانفي 2024', '2024-01-20', 'absolute-day-month-year'),
  ),
  ar(
    'Mauritanian month names',
    'انعقدت الدورة في 4 دجمبر 2022 بعد لقاء 9 شتمبر 2022',
    date('4 دجمبر 2022', '2022-12-04', 'absolute-day-month-year'),
    date('9 شتمبر 2022', '2022-09-09', 'absolute-day-month-year'),
  ),
  ar(
    'Egyptian spelling variant يوليه',
    'احتفلت مصر في 23 يوليه 2023 بالعيد الوطني',
    date('23 يوليه 2023', '2023-07-23', 'absolute-day-month-year'),
  ),
  ar(
    'Arabic-Indic digits',
    'في ٢٨ نوفمبر ٢٠٢٤ وصل الوفد',
    date('٢٨ نوفمبر ٢٠٢٤', '2024-11-28', 'absolute-day-month-year'),
  ),
  ar(
    'Persian digits and Persian yeh',
    'في ۲۸ نوفمبر ۲۰۲۴ وصل الوفد',
    date('۲۸ نوفمبر ۲۰۲۴', '2024-11-28', 'absolute-day-month-year'),
  ),
  ar(
    'tatweel and diacritics keep original offsets',
    'في 28 نـوفـمـبـر 2024 وَصَلَ',
    date('28 نـوفـمـبـر 2024', '2024-11-28', 'absolute-day-month-year'),
  ),
  ar(
    '"من العام" before the year',
    'في 28 من شهر نوفمبر من العام 2024',
    date('28 من شهر نوفمبر من العام 2024', '2024-11-28', 'absolute-day-month-year'),
  ),
  ar(
    'weekday consistent with the date is part of it',
    'عقدت القمة الخميس 28 نوفمبر 2024',
    date('الخميس 28 نوفمبر 2024', '2024-11-28', 'absolute-day-month-year'),
  ),
  ar(
    'ordinal day in words',
    'في الحادي والعشرين من أيار 2023 وقع الطرفان الاتفاق',
    date('الحادي والعشرين من أيار 2023', '2023-05-21', 'absolute-day-month-year'),
  ),
  ar(
    'ordinal day of the current month',
    'ستعقد الجولة في الخامس من الشهر المقبل',
    date('الخامس من الشهر المقبل', '2023-12-05', 'relative-day-of-month', 'future'),
  ),
  ar(
    'day of "الشهر الجاري"',
    'وفي 28 من الشهر الجاري يصل الوفد',
    date('28 من الشهر الجاري', '2023-11-28', 'relative-day-of-month'),
  ),
  ar(
    'month-year, Levantine',
    'جرت المحادثات في شهر آذار 2023',
    date('شهر آذار 2023', '2023-03', 'absolute-month-year'),
  ),
  ar(
    'month-year, combined form',
    'منذ تشرين الأول/أكتوبر 2023 والحرب مستمرة',
    date('تشرين الأول/أكتوبر 2023', '2023-10', 'absolute-month-year'),
  ),
  ar('year after عام', 'زار الرئيس الصين عام 2019', date('عام 2019', '2019', 'absolute-year')),
  ar('year after في', 'زار موسكو في 2022 والتقى بوتين', date('2022', '2022', 'absolute-year')),
  ar(
    'numeric day/month/year in Arabic-Indic digits',
    'صدر البيان بتاريخ ٢٨/١١/٢٠٢٤',
    date('٢٨/١١/٢٠٢٤', '2024-11-28', 'absolute-numeric'),
  ),
  ar(
    'ISO date',
    'نشر في 2024-07-03 على الموقع',
    date('2024-07-03', '2024-07-03', 'absolute-numeric'),
  ),
  ar(
    'a dateline followed by a clock time',
    'موسكو 28 نوفمبر 2024 / 7:29 صباحا',
    date('28 نوفمبر 2024', '2024-11-28', 'absolute-day-month-year'),
  ),
  ar(
    'month with a direction, combined form',
    'عقدت الجولة الأولى في مارس/آذار الماضي',
    date('مارس/آذار الماضي', '2023-03', 'absolute-month', 'past'),
  ),
  ar(
    'year of a quarter',
    'من المنتظر أن تعقد القمة في الربع الأول من 2024',
    date('2024', '2024', 'absolute-year', 'future'),
  ),
];

const arabicRanges: Case[] = [
  ar(
    'two days, "يومي 3 و4"',
    'تعقد القمة يومي 3 و4 يوليو 2024 في أستانا',
    date('يومي 3 و4 يوليو 2024', '2024-07-03..2024-07-04', 'absolute-day-range'),
  ),
  ar(
    '"من … إلى" across months',
    'تستمر الزيارة من 30 يونيو إلى 2 يوليو 2024',
    date('من 30 يونيو إلى 2 يوليو 2024', '2024-06-30..2024-07-02', 'absolute-day-range'),
  ),
  ar(
    'across the new year',
    'العطلة من 30 ديسمبر إلى 2 يناير 2024',
    date('من 30 ديسمبر إلى 2 يناير 2024', '2023-12-30..2024-01-02', 'absolute-day-range'),
  ),
  ar(
    'range without a year, future',
    'ستعقد الاجتماعات بين 10 و12 كانون الأول',
    date('بين 10 و12 كانون الأول', '2023-12-10..2023-12-12', 'absolute-day-range-no-year'),
  ),
  ar(
    'hyphenated range',
    'المعرض 3-5 مارس 2025',
    date('3-5 مارس 2025', '2025-03-03..2025-03-05', 'absolute-day-range'),
  ),
  ar(
    'two ordinal days of one month, "الرابع والخامس من أغسطس"',
    'وسيزور الوزير إيران في الرابع والخامس من أغسطس (آب) المقبل',
    date(
      'الرابع والخامس من أغسطس (آب) المقبل',
      '2024-08-04..2024-08-05',
      'absolute-day-range-no-year',
      'future',
    ),
  ),
  ar(
    'a compound ordinal is one day, not a range',
    'بمناسبة ذكرى ثورة الثالث والعشرين من يوليو 1952',
    date('الثالث والعشرين من يوليو 1952', '1952-07-23', 'absolute-day-month-year'),
  ),
  ar(
    'two compound ordinals with a year',
    'تعقد الدورة بين العاشر والثاني عشر من شهر يوليو 2015',
    date(
      'بين العاشر والثاني عشر من شهر يوليو 2015',
      '2015-07-10..2015-07-12',
      'absolute-day-range',
    ),
  ),
];

const arabicRelative: Case[] = [
  ar(
    '"اليوم الخميس" on a Thursday',
    'التقى الرئيس اليوم الخميس نظيره الروسي',
    date('اليوم الخميس', '2023-11-09', 'relative-today-weekday'),
  ),
  ar('"اليوم" alone', 'يصل الوفد اليوم إلى الرياض', date('اليوم', '2023-11-09', 'relative-today')),
  ar('"أمس"', 'وصل الرئيس أمس إلى أنقرة', date('أمس', '2023-11-08', 'relative-yesterday', 'past')),
  ar(
    '"أمس الأربعاء"',
    'وصل الرئيس أمس الأربعاء إلى أنقرة',
    date('أمس الأربعاء', '2023-11-08', 'relative-yesterday-weekday', 'past'),
  ),
  ar(
    '"أول أمس الثلاثاء": the day before yesterday, not yesterday',
    'ألقى الوزير كلمته أول أمس الثلاثاء أمام البرلمان',
    date('أول أمس الثلاثاء', '2023-11-07', 'relative-day-before-yesterday-weekday', 'past'),
  ),
  ar(
    '"أول من أمس (الثلاثاء)"',
    'وصل الرئيس أول من أمس (الثلاثاء) إلى أنقرة',
    date('أول من أمس (الثلاثاء)', '2023-11-07', 'relative-day-before-yesterday-weekday', 'past'),
  ),
  ar(
    '"بالأمس"',
    'وكان الوزير قد التقى بالأمس نظيره',
    date('بالأمس', '2023-11-08', 'relative-yesterday'),
  ),
  ar(
    '"غداً" with tanween',
    'يتوجه الوزير غداً إلى باريس',
    date('غداً', '2023-11-10', 'relative-tomorrow', 'future'),
  ),
  ar(
    '"غدًا الجمعة"',
    'يتوجه الوزير غدًا الجمعة إلى باريس',
    date('غدًا الجمعة', '2023-11-10', 'relative-tomorrow-weekday', 'future'),
  ),
  ar(
    '"يوم غد الخميس" (a Royal Court statement\'s form)',
    'يغادر يوم غد الجمعة ولي العهد إلى القاهرة',
    date('يوم غد الجمعة', '2023-11-10', 'relative-tomorrow-weekday', 'future'),
  ),
  ar(
    '"مساء غد"',
    'يصل الوفد مساء غد إلى الرياض',
    date('مساء غد', '2023-11-10', 'relative-tomorrow', 'future'),
  ),
  ar(
    '"بعد غد"',
    'تبدأ المحادثات بعد غد في جنيف',
    date('بعد غد', '2023-11-11', 'relative-day-after-tomorrow'),
  ),
  ar(
    '"أول أمس"',
    'وصل الوفد أول أمس',
    date('أول أمس', '2023-11-07', 'relative-day-before-yesterday'),
  ),
  ar(
    '"أمس الأول"',
    'وصل الوفد أمس الأول',
    date('أمس الأول', '2023-11-07', 'relative-day-before-yesterday'),
  ),
  ar(
    'weekday in a past sentence',
    'التقى الوزير الأربعاء نظيره التركي',
    date('الأربعاء', '2023-11-08', 'relative-weekday', 'past'),
  ),
  ar(
    'weekday in a future sentence (سـ)',
    'سيلتقي الوزير الأربعاء نظيره التركي',
    date('الأربعاء', '2023-11-15', 'relative-weekday', 'future'),
  ),
  ar(
    'weekday with "من المقرر"',
    'ومن المقرر أن يصل الوفد يوم السبت',
    date('يوم السبت', '2023-11-11', 'relative-weekday', 'future'),
  ),
  ar(
    'weekday with "الماضي"',
    'عقد الاجتماع يوم الاثنين الماضي',
    date('يوم الاثنين الماضي', '2023-11-06', 'relative-weekday', 'past'),
  ),
  ar(
    'weekday with "المقبل"',
    'تنطلق الجولة الأحد المقبل',
    date('الأحد المقبل', '2023-11-12', 'relative-weekday', 'future'),
  ),
  ar(
    'weekday with the conjunction clitic',
    'وصل الثلاثاء وغادر والأربعاء',
    date('الثلاثاء', '2023-11-07', 'relative-weekday'),
    date('الأربعاء', '2023-11-08', 'relative-weekday'),
  ),
  ar(
    'the publication weekday is the anchor day',
    'أعلن الكرملين الخميس أن القمة انتهت',
    date('الخميس', '2023-11-09', 'relative-weekday'),
  ),
  ar(
    'reporting clause past, complement clause future',
    'قال لافروف الخميس إن بوتين سيزور تركيا الجمعة',
    date('الخميس', '2023-11-09', 'relative-weekday', 'past'),
    date('الجمعة', '2023-11-10', 'relative-weekday', 'future'),
  ),
  ar(
    '"الأسبوع الماضي" as the previous Saturday-first week',
    'زار الرئيس الصين الأسبوع الماضي',
    date('الأسبوع الماضي', '2023-10-28..2023-11-03', 'relative-week', 'past'),
  ),
  ar(
    '"الأسبوع المقبل"',
    'تستأنف المفاوضات الأسبوع المقبل',
    date('الأسبوع المقبل', '2023-11-11..2023-11-17', 'relative-week', 'future'),
  ),
  ar(
    '"الشهر الماضي" and "الشهر المقبل"',
    'التقيا الشهر الماضي وسيلتقيان الشهر المقبل',
    date('الشهر الماضي', '2023-10', 'relative-month'),
    date('الشهر المقبل', '2023-12', 'relative-month'),
  ),
  ar(
    '"العام الماضي"',
    'وقع البلدان الاتفاق العام الماضي',
    date('العام الماضي', '2022', 'relative-year', 'past'),
  ),
  ar(
    '"العام قبل الماضي" and "هذا العام"',
    'بعد لقاء العام قبل الماضي يلتقيان هذا العام',
    date('العام قبل الماضي', '2021', 'relative-year'),
    date('هذا العام', '2023', 'relative-year'),
  ),
  ar('"قبل يومين"', 'وصل الوفد قبل يومين', date('قبل يومين', '2023-11-07', 'relative-days-ago')),
  ar(
    '"قبل ثلاثة أيام"',
    'أعلن عن الزيارة قبل ثلاثة أيام',
    date('قبل ثلاثة أيام', '2023-11-06', 'relative-days-ago'),
  ),
  ar(
    'month without year, past tense',
    'وقع الاتفاق في أبريل',
    date('أبريل', '2023-04', 'absolute-month', 'past'),
  ),
  ar(
    'month without year, future tense',
    'ستعقد القمة في أبريل',
    date('أبريل', '2024-04', 'absolute-month', 'future'),
  ),
  ar(
    'month with "المقبل"',
    'تعقد القمة مطلع شباط المقبل',
    date('شباط المقبل', '2024-02', 'absolute-month', 'future'),
  ),
  ar(
    '"شهر" with a Maghreb month',
    'انعقدت الدورة خلال شهر ماي',
    date('شهر ماي', '2023-05', 'absolute-month'),
  ),
  ar(
    'day-month without year, past',
    'التقى الرئيسان في 3 أغسطس',
    date('3 أغسطس', '2023-08-03', 'absolute-day-month', 'past'),
  ),
  ar(
    'day-month without year, future',
    'ستعقد القمة في 3 أغسطس',
    date('3 أغسطس', '2024-08-03', 'absolute-day-month', 'future'),
  ),
  ar(
    'day-month with "الماضي" excludes the current year',
    'زار القاهرة في 28 نوفمبر الماضي',
    date('28 نوفمبر الماضي', '2022-11-28', 'absolute-day-month', 'past'),
  ),
  ar(
    'day-month with "من العام الماضي"',
    'التقيا في 3 يوليو من العام الماضي',
    date('3 يوليو من العام الماضي', '2022-07-03', 'absolute-day-month'),
  ),
  ar(
    'weekday picks the year of a day-month',
    'وصل الوفد الأربعاء 8 نوفمبر',
    date('الأربعاء 8 نوفمبر', '2023-11-08', 'absolute-day-month'),
  ),
  ar(
    'a caption in the present does not push a date into next year',
    'الرئيسان يشاركان في حفل ترحيب في 1 تشرين الثاني/نوفمبر',
    date('1 تشرين الثاني/نوفمبر', '2023-11-01', 'absolute-day-month'),
  ),
  ar(
    '"اليوم (الخميس)" in a reporting clause',
    'قال الرئيس، اليوم (الخميس)، إن العقد المقبل سيشهد تحولات',
    date('اليوم (الخميس)', '2023-11-09', 'relative-today-weekday', 'past'),
  ),
  ar(
    'plural "المقبلين" after two weekdays',
    'تعقد الجولة الأحد والاثنين المقبلين',
    date('الأحد', '2023-11-12', 'relative-weekday', 'future'),
    date('الاثنين المقبلين', '2023-11-13', 'relative-weekday', 'future'),
  ),
  ar('"غداة" is the day after an event, not tomorrow', 'سوف يلتقي الرئيسان غداة القمة'),
];

const englishCases: Case[] = [
  en(
    'day month year',
    'The talks were held on 3 July 2024 in Astana.',
    date('3 July 2024', '2024-07-03', 'absolute-day-month-year', 'past'),
  ),
  en(
    'month day, year',
    'The treaty was signed on July 3, 2024.',
    date('July 3, 2024', '2024-07-03', 'absolute-day-month-year'),
  ),
  en(
    'weekday, month day, year',
    'It ended on Thursday, November 9, 2023, in Tashkent.',
    date('Thursday, November 9, 2023', '2023-11-09', 'absolute-day-month-year'),
  ),
  en(
    'ordinal with "of"',
    'Leaders met on the 3rd of July 2024.',
    date('3rd of July 2024', '2024-07-03', 'absolute-day-month-year'),
  ),
  en(
    'abbreviated months',
    'Sessions on Nov. 9, 2023 and Sept 5 2023.',
    date('Nov. 9, 2023', '2023-11-09', 'absolute-day-month-year'),
    date('Sept 5 2023', '2023-09-05', 'absolute-day-month-year'),
  ),
  en(
    'range within a month',
    'The summit runs 3-4 July 2024.',
    date('3-4 July 2024', '2024-07-03..2024-07-04', 'absolute-day-range'),
  ),
  en(
    '"from … to" without a year',
    'The summit runs from 3 to 4 July.',
    date('from 3 to 4 July', '2023-07-03..2023-07-04', 'absolute-day-range-no-year'),
  ),
  en(
    'month-first range',
    'Delegates gather July 3-4, 2024 in Baku.',
    date('July 3-4, 2024', '2024-07-03..2024-07-04', 'absolute-day-range'),
  ),
  en(
    'month-first range across months',
    'The visit lasts June 30 to July 2, 2024.',
    date('June 30 to July 2, 2024', '2024-06-30..2024-07-02', 'absolute-day-range'),
  ),
  en(
    'month and year',
    'They first met in July 2024.',
    date('July 2024', '2024-07', 'absolute-month-year'),
  ),
  en(
    'month only, past',
    'The ministers met in May.',
    date('May', '2023-05', 'absolute-month', 'past'),
  ),
  en(
    'month only, future',
    'The ministers will meet in March.',
    date('March', '2024-03', 'absolute-month', 'future'),
  ),
  en(
    '"next" and "last" month names',
    'After talks last December, a summit is planned for next March.',
    date('last December', '2022-12', 'absolute-month', 'past'),
    date('next March', '2024-03', 'absolute-month', 'future'),
  ),
  en(
    'year after "in" and "mid-"',
    'He visited Moscow in 2022 and plans a trip by mid-2025.',
    date('2022', '2022', 'absolute-year'),
    date('2025', '2025', 'absolute-year'),
  ),
  en(
    'yesterday, today, tomorrow',
    'He arrived yesterday, speaks today and leaves tomorrow.',
    date('yesterday', '2023-11-08', 'relative-yesterday', 'past'),
    date('today', '2023-11-09', 'relative-today'),
    date('tomorrow', '2023-11-10', 'relative-tomorrow', 'future'),
  ),
  en(
    'the day before yesterday',
    'The envoy landed the day before yesterday.',
    date('the day before yesterday', '2023-11-07', 'relative-day-before-yesterday'),
  ),
  en(
    'days ago and in days',
    'Talks ended two days ago and resume in 3 days.',
    date('two days ago', '2023-11-07', 'relative-days-ago'),
    date('in 3 days', '2023-11-12', 'relative-days-ahead'),
  ),
  en(
    'weekday, past',
    'The foreign ministers met on Wednesday in Ankara.',
    date('Wednesday', '2023-11-08', 'relative-weekday', 'past'),
  ),
  en(
    'weekday, future',
    'The foreign ministers will meet on Wednesday in Ankara.',
    date('Wednesday', '2023-11-15', 'relative-weekday', 'future'),
  ),
  en(
    'weekday, the publication day',
    'The president said on Thursday that talks went well.',
    date('Thursday', '2023-11-09', 'relative-weekday', 'past'),
  ),
  en(
    '"next" and "last" weekdays',
    'After last Thursday, the next round is next Friday.',
    date('last Thursday', '2023-11-02', 'relative-weekday', 'past'),
    date('next Friday', '2023-11-10', 'relative-weekday', 'future'),
  ),
  en(
    '"last week" as the previous Sunday-first week',
    'He met Putin last week.',
    date('last week', '2023-10-29..2023-11-04', 'relative-week', 'past'),
  ),
  en(
    '"next month", "last year", "this year"',
    'Next month they meet; last year and this year they spoke.',
    date('Next month', '2023-12', 'relative-month', 'future'),
    date('last year', '2022', 'relative-year', 'past'),
    date('this year', '2023', 'relative-year'),
  ),
  en(
    'day month with "last year"',
    'They met on 3 July last year.',
    date('3 July last year', '2022-07-03', 'absolute-day-month'),
  ),
  en(
    'unambiguous numeric date',
    'Filed on 28/11/2024.',
    date('28/11/2024', '2024-11-28', 'absolute-numeric'),
  ),
  en(
    'abbreviated month-first range without a year',
    'Putin will travel to Astana on Nov. 9-10 for the summit.',
    date('Nov. 9-10', '2023-11-09..2023-11-10', 'absolute-day-range-no-year', 'future'),
  ),
  en(
    'day of a relative month',
    'Elections are due on the 3rd of next month.',
    date('the 3rd of next month', '2023-12-03', 'relative-day-of-month', 'future'),
  ),
  en(
    'a weekday in the possessive, no tense',
    "Tuesday's talks and Saturday's dinner",
    date('Tuesday', '2023-11-07', 'relative-weekday'),
    date('Saturday', '2023-11-11', 'relative-weekday'),
  ),
];

const negatives: Case[] = [
  ar(
    'phone number, time, score and casualties',
    'اتصل على الرقم 0501234567 الساعة 10:30 وفاز الفريق 3-1 وقتل 3 أشخاص',
  ),
  ar('"اليوم" as part of a named day', 'احتفلت البلاد باليوم الوطني وفي اليوم التالي عاد الوفد'),
  ar('"بين الاثنين" means between the two', 'لا خلاف بين الاثنين على الملف'),
  ar(
    '"أما اليوم" (nowadays, against the past) and "طول اليوم" (all day) are no dates',
    'كانت العلاقات فاترة، أما اليوم فإن البلدين متفقان وزاد طول اليوم من المشقة',
  ),
  ar(
    '"اليوم" as the name of a newspaper or an outlet',
    'قال الوزير لـ«اليوم» ولـ« اليوم »: نقلت عين اليوم الخبر',
  ),
  ar('"غد" alone is not tomorrow', 'قال غد الحسن إن الوفد وصل'),
  ar('"الأحد عشر" is eleven', 'وصل الأحد عشر لاعبا'),
  ar('"مارس" as a verb and "نيسان" as a car brand', 'مارس الوزير ضغوطا واشترى سيارة نيسان'),
  ar('a count after "في" is not a year', 'شارك في 2000 جندي في المناورات'),
  ar('a season is not a year', 'في 2019/2020 تغيرت القواعد'),
  en(
    'phone number, time, score and casualties',
    'Call +1 202 555 0147 at 10:30; the team won 3-1 and 3 killed.',
  ),
  en('"may" and "march" as verbs', 'Officials may attend and protesters march on.'),
  en(
    '"Good Friday", "USA Today" and "The Sunday Times"',
    'USA Today and The Sunday Times covered the Good Friday agreement.',
  ),
  en('ambiguous numeric date in English', 'Filed on 3/7/2024.'),
  en('a count after "in" is not a year', 'They deployed in 2000 troops.'),
  en('a resolution number', 'Resolution 2231 remains in force.'),
];

const withoutAnchor: Case[] = [
  {
    name: 'a decade is before its last day, in every language',
    text: 'They first met in the 2000s.',
    language: 'en',
    expected: [date('2000s', '2009-12-31', 'before-publication')],
  },
  {
    name: 'a Russian decade in the genitive plural',
    text: 'Лидеры встречались в 2010-х годах.',
    language: 'ru',
    expected: [date('2010-х', '2019-12-31', 'before-publication')],
  },
  {
    name: 'an Arabic decade word is of the twentieth century',
    text: 'وكان الزعيمان قد التقيا في ثمانينيات القرن الماضي.',
    language: 'ar',
    expected: [date('ثمانينيات', '1989-12-31', 'before-publication')],
  },
  {
    name: '"накануне" before a past verb is the day before',
    text: 'Путин накануне провел телефонный разговор с Эрдоганом.',
    language: 'ru',
    expected: [date('накануне', '2023-11-08', 'relative-day-word')],
  },
  {
    name: '"накануне" before a noun is the eve of something, before the anchor',
    text: 'Лидеры встретились накануне саммита.',
    language: 'ru',
    expected: [date('накануне', '2023-11-09', 'before-publication')],
  },
  {
    name: 'absolute dates need no anchor',
    text: 'Signed on 3 July 2024 on Thursday.',
    language: 'en',
    anchor: null,
    expected: [date('3 July 2024', '2024-07-03', 'absolute-day-month-year')],
  },
  {
    name: '"اليوم الخميس" one day after the timestamp',
    text: 'التقى الرئيس اليوم الخميس نظيره',
    language: 'ar',
    anchor: '2023-11-10T01:00:00+03:00',
    expected: [date('اليوم الخميس', '2023-11-09', 'relative-today-weekday')],
  },
  {
    name: "the anchor is the publisher's local date",
    text: 'وصل الوفد اليوم',
    language: 'ar',
    anchor: '2023-11-09T23:30:00-05:00',
    expected: [date('اليوم', '2023-11-09', 'relative-today')],
  },
  {
    name: '"last week" with a Monday-first week (en-GB)',
    text: 'He met Putin last week.',
    language: 'en-GB',
    expected: [date('last week', '2023-10-30..2023-11-05', 'relative-week')],
  },
];

describe('findDateExpressions', () => {
  const table = [
    ...arabicAbsolute,
    ...arabicRanges,
    ...arabicRelative,
    ...englishCases,
    ...negatives,
    ...withoutAnchor,
  ];

  it.each(table)('$language: $name', ({ text, language, anchor, expected }) => {
    const found = findDateExpressions(text, {
      language,
      ...(anchor === null ? {} : { anchor: anchor ?? THURSDAY }),
    });

    expect(found.map(({ raw, value, rule }) => ({ raw, value, rule }))).toEqual(
      expected.map(({ raw, value, rule }) => ({ raw, value, rule })),
    );
    expected.forEach((want, i) => {
      if (want.tense) expect(found[i]?.tense).toBe(want.tense);
    });
    for (const expression of found) {
      expect(text.slice(expression.start, expression.end)).toBe(expression.raw);
    }
  });

  it('keeps the anchor on relative dates and omits it on absolute ones', () => {
    const [absolute, relative] = findDateExpressions(
      'Signed on 3 July 2024, announced yesterday.',
      {
        anchor: THURSDAY,
        language: 'en',
      },
    );

    expect(absolute?.anchor).toBeUndefined();
    expect(relative?.anchor).toBe(THURSDAY);
  });

  it('reports offsets into the original text whatever surrounds the dates', () => {
    const piece = fc.constantFrom(
      ' ',
      '، ',
      'َ',
      'ـ',
      '\u200f',
      'ﻻ',
      '٢٨',
      '۳',
      '10:30',
      '3-1',
      'في ',
      'و',
      'اليوم',
      'أمس',
      'الخميس',
      'غداً',
      'نوفمبر',
      'تشرين الثاني/نوفمبر',
      '2024',
      'July',
      'May',
      'last week',
      'on',
      'Thursday',
      'يومي 3 و4 يوليو',
      '٢٨/١١/٢٠٢٤',
      'x',
      '.',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        for (const expression of findDateExpressions(text, { anchor: THURSDAY, language: 'ar' })) {
          expect(text.slice(expression.start, expression.end)).toBe(expression.raw);
          expect(expression.raw.trim()).toBe(expression.raw);
        }
      }),
    );
  });

  it('notes a weekday that contradicts its date', () => {
    const [expression] = findDateExpressions('عقدت القمة الجمعة 28 نوفمبر 2024', {
      language: 'ar',
    });

    expect(expression).toMatchObject({ value: { start: '2024-11-28' }, note: 'weekday-mismatch' });
  });
});
