import { readOneSentence } from '@sijill/testing';
import { pastSpan } from './past-span';

/** Whether each horizon of one sentence is read as a past span. */
function spans(text: string): boolean[] {
  const reading = readOneSentence(text, { language: 'ar', anchor: '2015-07-30' });
  return reading.hits.filter((h) => h.meaning.kind === 'horizon').map((h) => pastSpan(reading, h));
}

describe('pastSpan', () => {
  it.each([
    {
      rule: 'a pluperfect before "within two weeks" in its clause: a past span',
      text: 'وكانت الجولة قد انعقدت في فيينا، وكانت قد مددت ثلاث مرات خلال أسبوعين.',
      expected: [true],
    },
    {
      rule: 'an announcement "within two weeks" is a horizon',
      text: 'ومن المتوقع أن يزور الوزير الرياض خلال أسبوعين.',
      expected: [false],
    },
    {
      rule: 'a pluperfect in another clause leaves the horizon standing',
      text: 'وكان الوزير قد التقى نظيره، فيما يتوقع أن يزور الرياض خلال أسبوعين.',
      expected: [false],
    },
  ])('$rule', ({ text, expected }) => {
    expect(spans(text)).toEqual(expected);
  });
});
