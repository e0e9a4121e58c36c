import { relativeAside } from './relative-aside';
import { cuesOf } from './read-sentence';
import { readOneSentence } from '@sijill/testing';

/** Whether the sentence's first relative word is an aside between its trigger and `name`. */
function aside(text: string, trigger: string, name: string): boolean {
  const reading = readOneSentence(text, { anchor: '2015-07-23' });
  const at = (raw: string) => reading.words.find((w) => w.raw === raw)?.index ?? -1;
  const relative = cuesOf(reading, 'relative')[0];
  if (relative === undefined) throw new Error('no relative word');
  return relativeAside(reading, relative, at(trigger), at(name));
}

describe('relativeAside', () => {
  it.each([
    {
      rule: "a relative clause on the trigger's subject, closed by a comma before an office and a name",
      text: 'ومن المقرر أن يلتقي كارتر الذي يقوم بجولة في المنطقة، رئيس الوزراء حيدر العبادي.',
      trigger: 'يلتقي',
      name: 'حيدر',
      expected: true,
    },
    {
      rule: 'a name inside the relative clause itself is what the clause tells',
      text: 'التقى كيري لافروف الذي قال إن الرئيس بشار الأسد باق.',
      trigger: 'التقى',
      name: 'بشار',
      expected: false,
    },
    {
      rule: 'a clause after the comma that opens with something else than a name',
      text: 'التقى كيري لافروف الذي زار طهران، وقال إن الرئيس بشار الأسد باق.',
      trigger: 'التقى',
      name: 'بشار',
      expected: false,
    },
  ])('$rule', ({ text, trigger, name, expected }) => {
    expect(aside(text, trigger, name)).toBe(expected);
  });
});
