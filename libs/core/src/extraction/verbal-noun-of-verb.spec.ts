import { readOneSentence } from '@sijill/testing';
import { isTrigger } from './read-triggers';
import { verbalNounOfVerb } from './verbal-noun-of-verb';

/** Whether the sentence's first trigger is a verb found as its noun. */
function verbalNoun(text: string): boolean {
  const reading = readOneSentence(text, { anchor: '2015-07-26' });
  const hit = reading.hits.find((h) => isTrigger(h));
  if (hit === undefined) throw new Error(`no trigger in ${text}`);
  return verbalNounOfVerb(hit);
}

// Sentences written for these tests.
describe('verbalNounOfVerb', () => {
  it.each([
    {
      rule: 'a past verb with the article is its noun',
      text: 'وقال الخبير إن الوزيرة حين قررت التوجه إلى المملكة أرادت التعرف على الرؤى.',
      expected: true,
    },
    {
      rule: 'the past verb itself keeps its tense',
      text: 'وغادر الوزير القاهرة أمس ثم توجه إلى الرياض.',
      expected: false,
    },
    {
      rule: 'a verb that starts with the letters of the article is no noun',
      text: 'والتقى الوزير نظيره في الرياض أمس.',
      expected: false,
    },
    {
      rule: 'a noun trigger is read as it is',
      text: 'وبدأت الزيارة أمس.',
      expected: false,
    },
  ])('$rule', ({ text, expected }) => {
    expect(verbalNoun(text)).toBe(expected);
  });
});
