import { readOneSentence } from '@sijill/testing';
import { isTrigger } from './read-triggers';
import { readsAsPassive } from './reads-as-passive';

/** Each visit trigger of one sentence as `words: passive | active`. */
function voices(text: string): string[] {
  const reading = readOneSentence(text, { anchor: '2024-12-22' });
  return reading.hits
    .filter((hit) => isTrigger(hit, 'visit'))
    .map((hit) => {
      const words = reading.words.slice(hit.first, hit.last + 1).map((w) => w.raw);
      return `${words.join(' ')}: ${readsAsPassive(reading, hit) ? 'passive' : 'active'}`;
    });
}

// Sentences written for these tests.
describe('readsAsPassive', () => {
  it.each([
    {
      rule: 'a host verb vocalised with a damma is passive',
      text: 'استُقبل وزير الخارجية التركي هاكان فيدان الأحد في دمشق.',
      expected: ['استُقبل: passive'],
    },
    {
      rule: 'a host verb followed by من قبل and the agent in its clause is passive',
      text: 'استقبل وزير الخارجية التركي في دمشق من قبل أحمد الشرع.',
      expected: ['استقبل: passive'],
    },
    {
      rule: 'a plain host verb is active',
      text: 'استقبل الرئيس عبد الفتاح السيسي اليوم الرئيس الفرنسي.',
      expected: ['استقبل: active'],
    },
    {
      rule: 'a host verb vocalised with a fatha is active',
      text: 'استقبَل الرئيس نظيره الفرنسي في القاهرة.',
      expected: ['استقبَل: active'],
    },
    {
      rule: 'من قبل ending the sentence means "before", not "by"',
      text: 'استقبل الرئيس نظيره كما لم يحدث من قبل.',
      expected: ['استقبل: active'],
    },
  ])('$rule', ({ text, expected }) => {
    expect(voices(text)).toEqual(expected);
  });
});
