import { postedCountry } from './posted-country';
import { cuesOf } from './read-sentence';
import { readOneSentence } from '@sijill/testing';

/** Whether the sentence's first official or delegation word is posted to its first country. */
function posted(text: string): boolean {
  const reading = readOneSentence(text, { anchor: '2015-08-02' });
  const cue = [...cuesOf(reading, 'officialNoun'), ...cuesOf(reading, 'delegation')][0];
  const country = reading.entities.find((e) => e.match.kind === 'country');
  if (cue === undefined || country === undefined) throw new Error('no official or country');
  return postedCountry(reading, cue, country);
}

describe('postedCountry', () => {
  it.each([
    {
      rule: 'an envoy to a country is sent there, not its party',
      text: 'ناقش الاجتماع مقترح المبعوث الدولي إلى سورية.',
      expected: true,
    },
    {
      rule: 'a delegation to a country is sent there',
      text: 'توجه وفد إلى روسيا أمس.',
      expected: true,
    },
    {
      rule: "a country's own envoy is its party",
      text: 'التقى الوزير المبعوث السوري أمس.',
      expected: false,
    },
    {
      rule: "a country's own delegation is its party",
      text: 'استقبل الوزير وفد روسيا أمس.',
      expected: false,
    },
  ])('$rule', ({ text, expected }) => {
    expect(posted(text)).toBe(expected);
  });
});
