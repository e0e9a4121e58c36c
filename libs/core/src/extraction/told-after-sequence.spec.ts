import { toldAfterSequence } from './told-after-sequence';
import { readOneSentence } from '@sijill/testing';

/** Whether the sentence's word `trigger` is told right after a sequence cue. */
function after(text: string, trigger: string): boolean {
  const reading = readOneSentence(text, { anchor: '2015-08-03' });
  const at = reading.words.find((w) => w.raw === trigger)?.index ?? -1;
  return toldAfterSequence(reading, at);
}

describe('toldAfterSequence', () => {
  it.each([
    {
      rule: 'a meeting right after إثر: held before the report',
      text: 'اعلن وزير الخارجية الاميركي جون كيري الاثنين في الدوحة اثر اجتماع مع نظرائه ان بلاده ستسرع بيع الاسلحة.',
      trigger: 'اجتماع',
      expected: true,
    },
    {
      rule: 'a call right after عقب',
      text: 'قال الرئيس عقب اتصال هاتفي مع نظيره إن العلاقات متينة.',
      trigger: 'اتصال',
      expected: true,
    },
    {
      rule: 'a meeting with no sequence cue before it',
      text: 'اعلن جون كيري الاثنين في الدوحة انه سيعقد اجتماعا مع نظرائه.',
      trigger: 'اجتماعا',
      expected: false,
    },
    {
      rule: 'a sequence cue in another clause',
      text: 'بعد ذلك، عقد الوزير اجتماعا مع نظيره.',
      trigger: 'اجتماعا',
      expected: false,
    },
  ])('$rule', ({ text, trigger, expected }) => {
    expect(after(text, trigger)).toBe(expected);
  });
});
