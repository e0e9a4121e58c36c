import { readOneSentence } from '@sijill/testing';
import { announcedAdjectiveOf } from './announced-adjective';
import { cuesOf } from './read-sentence';
import { isTrigger } from './read-triggers';

/** Whether any announced cue of the sentence is the adjective of its first trigger noun. */
function toCome(text: string, language = 'ar'): boolean {
  const reading = readOneSentence(text, { language, anchor: '2015-07-26' });
  const noun = reading.hits.find((h) => isTrigger(h));
  if (noun === undefined) throw new Error(`no trigger in ${text}`);
  return cuesOf(reading, 'announced').some((c) => announcedAdjectiveOf(reading, noun, c));
}

// Sentences written for these tests.
describe('announcedAdjectiveOf', () => {
  it.each([
    {
      rule: 'an adjective right after the noun',
      text: 'وتحدث الخبير عن الزيارة المرتقبة للوزيرة.',
      expected: true,
    },
    {
      rule: 'an adjective after the visitor the noun names',
      text: 'وقال خبيران إن زيارة وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني المرتقبة إلى المملكة مهمة.',
      expected: true,
    },
    {
      rule: 'not past a word that is no name or title',
      text: 'وقال الخبير إن زيارة الوزير إلى الرياض كانت ناجحة وإن القمة المرتقبة مهمة.',
      expected: false,
    },
    {
      rule: 'a predicate after the parties the noun names, joined by "and"',
      text: 'Peskov said a meeting between Vladimir Putin and Donald Trump could take place if it were prepared.',
      language: 'en',
      expected: true,
    },
    {
      rule: 'a Russian predicate after the parties in the genitive',
      text: 'Встреча Владимира Путина и Дональда Трампа могла бы состояться в Саудовской Аравии.',
      language: 'ru',
      expected: true,
    },
    {
      rule: 'not past a second word that is no name',
      text: 'The meeting took place in Paris and the next one could take place in Rome.',
      language: 'en',
      expected: false,
    },
    {
      rule: 'not in another clause',
      text: 'وأكد الوزير أن زيارة موغيريني، وفق البيان المرتقب، بحثت العلاقات.',
      expected: false,
    },
  ])('$rule', ({ text, expected, language }) => {
    expect(toCome(text, language)).toBe(expected);
  });
});
