import { readOneSentence } from '@sijill/testing';
import { announcedAdjectiveOf } from './announced-adjective';
import { cuesOf } from './read-sentence';
import { isTrigger } from './read-triggers';

/** Whether any announced cue of the sentence is the adjective of its first trigger noun. */
function toCome(text: string): boolean {
  const reading = readOneSentence(text, { anchor: '2015-07-26' });
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
      rule: 'not in another clause',
      text: 'وأكد الوزير أن زيارة موغيريني، وفق البيان المرتقب، بحثت العلاقات.',
      expected: false,
    },
  ])('$rule', ({ text, expected }) => {
    expect(toCome(text)).toBe(expected);
  });
});
