import { readOneSentence } from '@sijill/testing';
import { openerBetween } from './opener-between';

const at = (words: readonly { raw: string }[], raw: string): number =>
  words.findIndex((w) => w.raw === raw);

describe('openerBetween', () => {
  it.each([
    {
      rule: 'لكن between a day and a later visit',
      text: 'وتبدأ السفارة العمل غدا، لكن المراسم ستقام خلال زيارة الوزير.',
      word: 'غدا',
      trigger: 'زيارة',
      expected: true,
    },
    {
      rule: 'بينما between a visit and a later place',
      text: 'وصل الوزير أمس، بينما يبقى السفير في القاهرة.',
      word: 'القاهرة',
      trigger: 'وصل',
      expected: true,
    },
    {
      rule: 'a comma alone does not turn to another predicate',
      text: 'غدا الأربعاء، يصل الوزير إلى الرياض.',
      word: 'غدا',
      trigger: 'يصل',
      expected: false,
    },
    {
      rule: 'en: but',
      text: 'The embassy opens on Monday, but the ceremony will be held during a visit by Kerry.',
      word: 'Monday',
      trigger: 'visit',
      expected: true,
    },
  ])('$rule', ({ text, word, trigger, expected }) => {
    const language = /[a-z]/u.test(text) ? 'en' : 'ar';
    const reading = readOneSentence(text, { language, anchor: '2015-07-30' });
    expect(openerBetween(reading, at(reading.words, word), at(reading.words, trigger))).toBe(
      expected,
    );
  });
});
