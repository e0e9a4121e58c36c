import { readOneSentence } from '@sijill/testing';
import { discussedCountry } from './discussed-country';

/** For each country the sentence names (as written), whether it names what is discussed. */
function discussed(text: string): Record<string, boolean> {
  const reading = readOneSentence(text, { anchor: '2015-07-20' });
  return Object.fromEntries(
    reading.entities
      .filter((e) => e.match.kind === 'country')
      .map((e) => [e.match.text, discussedCountry(reading, e)]),
  );
}

// Sentences written for these tests.
describe('discussedCountry', () => {
  it.each([
    {
      rule: 'a country behind a locative after a topic noun is the topic’s',
      text: 'كما يناقش الوزراء ملف الأوضاع في ليبيا بحضور المبعوث.',
      expected: { ليبيا: true },
    },
    {
      rule: 'a nisba right after a topic noun is the topic’s',
      text: 'وبحث الوزيران الأزمة السورية.',
      expected: { السورية: true },
    },
    {
      rule: 'a country after an official is no topic',
      text: 'واستقبل الوزير السفير الروسي.',
      expected: { الروسي: false },
    },
    {
      rule: 'a locative with no topic noun before it is no topic',
      text: 'ووصل الوفد إلى قطر أمس.',
      expected: { قطر: false },
    },
  ])('$rule', ({ text, expected }) => {
    expect(discussed(text)).toEqual(expected);
  });
});
