import { type DateNote, type DateRule } from './date-expression';
import { findDateExpressions } from './find-date-expressions';

// 2015-07-31 was a Friday, 15 Shawwal 1436 in Umm al-Qura. The expected Gregorian days are the
// ones the papers print beside their Hijri dates, not the library's output.
const FRIDAY = '2015-07-31T03:44:40+03:00';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly raw: string;
  readonly value: string;
  readonly rule: DateRule;
  readonly note?: DateNote;
}

const cases: Case[] = [
  {
    name: 'numeric Hijri date with هـ',
    text: 'بدأ الدوام يوم 14/10/1436هـ في جميع الإدارات',
    raw: '14/10/1436هـ',
    value: '2015-07-30',
    rule: 'hijri-numeric',
  },
  {
    name: 'numeric Hijri date with spaces',
    text: 'عقد الاجتماع في 25 /05 / 1436 هـ بالرياض',
    raw: '25 /05 / 1436 هـ',
    value: '2015-03-16',
    rule: 'hijri-numeric',
  },
  {
    name: 'numeric Hijri date with dashes and a weekday',
    text: 'تقام المباراة السبت 4-11-1435هـ على الملعب',
    raw: 'السبت 4-11-1435هـ',
    value: '2014-08-30',
    rule: 'hijri-numeric',
  },
  {
    name: 'Hijri date written year first',
    text: 'صدر القرار بتاريخ 1436/10/1هـ',
    raw: '1436/10/1هـ',
    value: '2015-07-17',
    rule: 'hijri-numeric',
  },
  {
    name: 'spelled Hijri date',
    text: 'يختتم المعرض في 10 شعبان 1436 أعماله',
    raw: '10 شعبان 1436',
    value: '2015-05-28',
    rule: 'hijri-day-month-year',
  },
  {
    name: 'spelled Hijri date with هـ and a weekday',
    text: 'حتى نهاية يوم الخميس 10 شعبان 1436 هـ في الرياض',
    raw: 'يوم الخميس 10 شعبان 1436 هـ',
    value: '2015-05-28',
    rule: 'hijri-day-month-year',
  },
  {
    name: 'Hijri month spelled ذي القعدة',
    text: 'اعتبارا من تاريخ 9 ذي القعدة 1430 مع استمرار الصرف',
    raw: '9 ذي القعدة 1430',
    value: '2009-10-28',
    rule: 'hijri-day-month-year',
  },
  {
    name: 'Hijri month with a year',
    text: 'ارتفعت المبيعات خلال رمضان 1436هـ بنسبة كبيرة',
    raw: 'رمضان 1436هـ',
    value: '2015-06..2015-07',
    rule: 'hijri-month-year',
  },
  {
    name: 'last Hijri month',
    text: 'زار الأمير المسجد الحرام في شعبان الماضي',
    raw: 'شعبان الماضي',
    value: '2015-05..2015-06',
    rule: 'hijri-month',
  },
  {
    name: 'next Hijri month spelled ذي القعدة',
    text: 'تستمر المشاركات حتى شهر ذي القعدة المقبل',
    raw: 'شهر ذي القعدة المقبل',
    value: '2015-08..2015-09',
    rule: 'hijri-month',
  },
  {
    name: 'current Hijri month',
    text: 'في الخامس من شوال الجاري',
    raw: 'الخامس من شوال الجاري',
    value: '2015-07-21',
    rule: 'hijri-day-month',
  },
  {
    name: 'Hijri day and month with المقبل',
    text: 'يفتتح السوق في 27 شوال المقبل رسميا',
    raw: '27 شوال المقبل',
    value: '2015-08-12',
    rule: 'hijri-day-month',
  },
  {
    name: 'dual date: Hijri with the Gregorian it corresponds to',
    text: 'صدر البيان (الخميس) 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م عن الديوان الملكي',
    raw: '(الخميس) 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م',
    value: '2015-07-30',
    rule: 'dual-hijri-gregorian',
  },
  {
    name: 'dual date spelled in both calendars',
    text: 'يختتم الخميس 10 شعبان 1436 هـ الموافق 28 مايو 2015م',
    raw: 'الخميس 10 شعبان 1436 هـ الموافق 28 مايو 2015م',
    value: '2015-05-28',
    rule: 'dual-hijri-gregorian',
  },
  {
    name: 'dual date whose parts disagree: the Gregorian one wins',
    text: 'أقيم الحفل يوم 15/10/1436هـ الموافق 30/7/2015م بالرياض',
    raw: '15/10/1436هـ الموافق 30/7/2015م',
    value: '2015-07-30',
    rule: 'dual-hijri-gregorian',
    note: 'calendar-mismatch',
  },
  {
    name: 'dual date with a relative Hijri part',
    text: 'الافتتاح الرسمي في 27 شوال المقبل الموافق 12 أغسطس 2015م',
    raw: '27 شوال المقبل الموافق 12 أغسطس 2015م',
    value: '2015-08-12',
    rule: 'dual-hijri-gregorian',
  },
];

describe('findDateExpressions on Hijri (Umm al-Qura) dates', () => {
  it.each(cases)('$name', ({ text, raw, value, rule, note }) => {
    const [start = '', end] = value.split('..');
    const precision = start.length === 10 ? 'day' : 'month';
    const found = findDateExpressions(text, { anchor: FRIDAY, language: 'ar' });
    expect(found.map((e) => ({ raw: e.raw, value: e.value, rule: e.rule, note: e.note }))).toEqual([
      {
        raw,
        value: end === undefined ? { start, precision } : { start, end, precision },
        rule,
        note,
      },
    ]);
  });

  it('reads no Hijri date in a score or a bare month name', () => {
    const found = findDateExpressions('فاز الفريق 1 صفر وصام الناس رمضان', {
      anchor: FRIDAY,
      language: 'ar',
    });
    expect(found).toEqual([]);
  });
});
