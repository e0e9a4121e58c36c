import { readOneSentence } from '@sijill/testing';
import { announcedByFormula } from './announced-by-formula';
import { isTrigger } from './read-triggers';

/** Whether the formula tells the sentence's first trigger as to come. */
function toCome(text: string, pastVerb = false): boolean {
  const reading = readOneSentence(text, { anchor: '2015-07-29' });
  const trigger = reading.hits.find((h) => isTrigger(h));
  if (trigger === undefined) throw new Error(`no trigger in ${text}`);
  return announcedByFormula(reading, trigger, pastVerb);
}

// Sentences written for these tests.
describe('announcedByFormula', () => {
  it.each([
    {
      rule: 'across the dashes that close its clause',
      text: 'يغادر – بمشيئة الله تعالى – (الخميس) الوزير إلى الأردن في زيارة عمل يلتقي خلالها الملك.',
      pastVerb: false,
      expected: true,
    },
    {
      rule: 'إن شاء الله before the trigger',
      text: 'وقال الوزير إن شاء الله نلتقي الشهر المقبل في زيارة إلى عمان.',
      pastVerb: false,
      expected: true,
    },
    {
      rule: 'not a past verb after it',
      text: 'وبمشيئة الله، التقى الوزير نظيره الأردني في عمان.',
      pastVerb: true,
      expected: false,
    },
    {
      rule: 'not a trigger before it',
      text: 'وبحث الوزير في زيارة إلى عمان مشاريع تكتمل بمشيئة الله العام المقبل.',
      pastVerb: false,
      expected: false,
    },
    {
      rule: 'not without the formula',
      text: 'يغادر الوزير إلى الأردن في زيارة عمل يلتقي خلالها الملك.',
      pastVerb: false,
      expected: false,
    },
  ])('$rule', ({ text, pastVerb, expected }) => {
    expect(toCome(text, pastVerb)).toBe(expected);
  });
});
