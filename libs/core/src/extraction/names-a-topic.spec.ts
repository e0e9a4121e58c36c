import { readOneSentence } from '@sijill/testing';
import { namesATopic } from './names-a-topic';

/** For each country or place the sentence names (as written), whether it names a topic. */
function topics(text: string): Record<string, boolean> {
  const reading = readOneSentence(text, { anchor: '2015-08-02' });
  return Object.fromEntries(
    reading.entities
      .filter((e) => e.match.kind === 'country' || e.match.kind === 'place')
      .map((e) => [e.match.text, namesATopic(reading, e)]),
  );
}

// Sentences written for these tests.
describe('namesATopic', () => {
  it.each([
    {
      rule: 'a nisba after a crisis behind a locative is the crisis’s',
      text: 'وبالإضافة إلى الأزمة السورية بحث الوزيران العلاقات الثنائية.',
      expected: { السورية: true },
    },
    {
      rule: 'a nisba after a settlement is the settlement’s',
      text: 'وتناولت المحادثات في موسكو التسوية اليمنية.',
      expected: { موسكو: false, اليمنية: true },
    },
    {
      rule: 'a country after a file is the file’s',
      text: 'وبحث الجانبان في الرياض الملف الليبي.',
      expected: { الرياض: false, الليبي: true },
    },
    {
      rule: 'a place with its own preposition is left to the locative rules',
      text: 'وناقش الوزير الحرب في غزة.',
      expected: { غزة: false },
    },
    {
      rule: 'a place after a locative with no topic noun is no topic',
      text: 'ووصل الوزير إلى الدوحة أمس.',
      expected: { الدوحة: false },
    },
  ])('$rule', ({ text, expected }) => {
    expect(topics(text)).toEqual(expected);
  });
});
