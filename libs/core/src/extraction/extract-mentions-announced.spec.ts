import { exampleArticle } from '@sijill/testing';
import type { EventMention } from '@sijill/contracts';
import { loadDefaultGazetteer } from '../gazetteer';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();
// Published on Tuesday 2015-07-21.
const told = (language: string, body: string): string[] =>
  extractMentions(
    exampleArticle('announced', language, body, { publishedAt: '2015-07-21T09:00:00+03:00' }),
    gazetteer,
  ).map((m: EventMention) => {
    const date = m.date.end === undefined ? m.date.start : `${m.date.start}..${m.date.end}`;
    const people = m.participants
      .map((p) => p.name)
      .sort()
      .join(', ');
    return `${m.type} ${m.lifecycle} ${date} ${m.location?.country ?? '-'}: ${people}`;
  });

// Sentences written for these tests (issue 10): an announced encounter takes its date, its people
// and its kind from its own clause; what someone calls for, what a gathering of trade is, and what
// a later plan is about are no encounter of the people named with them.
describe('extractMentions: an announced encounter is read from its own clause', () => {
  it.each([
    [
      'pastDayOfScheduled: a visit "in the coming weeks" is not dated by yesterday; undated, it is no entry',
      'ar',
      'وفتحت السفارة أبوابها أمس على أن يرفع العلم خلال زيارة إلى هافانا لوزير الخارجية الأمريكي جون كيري مرتقبة في الأسابيع المقبلة.',
      [],
    ],
    [
      'undated to come: en, "in the coming weeks" gives no day',
      'en',
      'US Secretary of State John Kerry will visit Havana in the coming weeks.',
      [],
    ],
    [
      'openerBetween: a day told before "لكن" does not date the visit after it',
      'ar',
      'وتبدأ السفارة العمل غدا الأربعاء، لكن مراسم رفع العلم ستقام خلال زيارة مرتقبة لوزير الخارجية الأمريكي جون كيري إلى هافانا.',
      [],
    ],
    [
      'invitation: a call to convene a summit is no meeting of the callers',
      'ar',
      'وقالت المستشارة الألمانية أنجيلا ميركل والرئيس الفرنسي فرنسوا هولاند إن القرار يجب احترامه، ودعوا إلى اجتماع قمة لقادة منطقة اليورو يوم الخميس.',
      [],
    ],
    [
      'wish: en, calling for a summit is none',
      'en',
      'German Chancellor Angela Merkel and French President François Hollande called for a summit of eurozone leaders on Thursday.',
      [],
    ],
    [
      'wish: talks that should start next year are no visit',
      'ar',
      'وقالت منسقة السياسة الخارجية فيديريكا موغيريني إنه يجب البدء في محادثات مع إيران مطلع العام المقبل.',
      [],
    ],
    [
      'attribution: the visit a traveller goes to discuss is a topic; its subject is no traveller',
      'ar',
      'وأعلن المسؤول أن وزير الخارجية السعودي عادل الجبير سيصل إلى موسكو منتصف الشهر الحالي ليبحث الزيارة المرتقبة لخادم الحرمين الشريفين الملك سلمان بن عبد العزيز إلى روسيا.',
      ['visit announced 2015-07 RU: Adel al-Jubeir'],
    ],
    [
      'namedForBusiness: a business forum’s days are no date of a leader’s visit',
      'ar',
      'وينعقد الاجتماع الثاني لمنتدى الأعمال السعودي الفرنسي في الرياض يومي 12 و13 أكتوبر المقبل.',
      [],
    ],
    [
      'namedForBusiness: an entrepreneurship summit is no summit',
      'ar',
      'وسيشارك الرئيس الأمريكي باراك أوباما في قمة عالمية لريادة الأعمال تفتتح في 24 يوليو الحالي في نيروبي.',
      [],
    ],
    [
      'namedForBusiness: a summit of leaders is still one',
      'ar',
      'وسيشارك الرئيس الأمريكي باراك أوباما في قمة إقليمية تفتتح في 24 يوليو الحالي في نيروبي.',
      ['summit announced 2015-07-24 KE: Barack Obama'],
    ],
    [
      'scheduledFarAhead: negotiations scheduled months ahead do not date talks already held',
      'ar',
      'وبحث رئيس الوزراء التونسي الحبيب الصيد أمس مع منسقة السياسة الخارجية الأوروبية فيديريكا موغيريني في بروكسل دعم تونس. ومن المقرر أن تبدأ المحادثات بين الجانبين حول اتفاق التجارة الحرة في أكتوبر المقبل.',
      ['meeting occurred 2015-07-20 BE: Federica Mogherini, Habib Essid'],
    ],
  ])('%s', (_rule, language, body, expected) => {
    expect(told(language, body)).toEqual(expected);
  });

  it('sameWeekday: "the day after tomorrow, Monday" is one day, not a week', () => {
    const mentions = extractMentions(
      exampleArticle(
        'after-tomorrow',
        'ar',
        'وأعلنت مصادر أن الرئيس النيجيري محمد بخاري سيسافر بعد غد الاثنين إلى واشنطن ليبحث مع الرئيس الأميركي باراك أوباما العلاقات الثنائية.',
        { publishedAt: '2015-07-18T09:00:00+03:00' },
      ),
      gazetteer,
    );
    expect(mentions.map((m) => [m.date.start, m.date.end])).toEqual([['2015-07-20', undefined]]);
  });
});
