import { readOneSentence } from '@sijill/testing';

/** The triggers a sentence holds, as written. */
function triggers(text: string): string[] {
  const reading = readOneSentence(text, { anchor: '2015-08-02' });
  return reading.hits
    .filter((h) => h.meaning.kind === 'trigger')
    .map((h) =>
      reading.words
        .slice(h.first, h.last + 1)
        .map((w) => w.raw)
        .join(' '),
    );
}

// Sentences written for these tests.
describe('findSplitTriggers', () => {
  it.each([
    {
      rule: 'two nationality adjectives inside a strategic dialogue',
      text: 'وافتتح الوزيران الحوار الأردني الأمريكي الاستراتيجي في عمّان.',
      expected: ['الحوار الأردني الأمريكي الاستراتيجي'],
    },
    {
      rule: 'one nationality adjective inside a strategic dialogue',
      text: 'وانطلق أمس الحوار المصري الاستراتيجي مع الولايات المتحدة.',
      expected: ['الحوار المصري الاستراتيجي'],
    },
    {
      rule: 'the phrase written whole is found once',
      text: 'وبدأت في القاهرة جلسات الحوار الاستراتيجي بين البلدين.',
      expected: ['جلسات الحوار الاستراتيجي'],
    },
    {
      rule: 'the subject named between a verb and the rest of its phrase',
      text: 'حل الرئيس الفلسطيني محمود عباس ضيفا على الجزائر أمس.',
      expected: ['حل الرئيس الفلسطيني محمود عباس ضيفا'],
    },
    {
      rule: 'a word that is no name does not stand for the subject',
      text: 'حل المجلس النيابي ضيفا على البرنامج.',
      expected: [],
    },
    {
      rule: 'a word that is no nationality does not join the phrase',
      text: 'ودعا إلى الحوار الوطني الاستراتيجي.',
      expected: [],
    },
  ])('$rule', ({ text, expected }) => {
    expect(triggers(text)).toEqual(expected);
  });
});
