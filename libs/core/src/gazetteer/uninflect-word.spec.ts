import { uninflectWord, type CaseEnding } from './uninflect-word';

const RUSSIAN: readonly CaseEnding[] = [
  ['ии', 'ия'],
  ['ом', ''],
  ['ым', ''],
  ['ем', 'й'],
  ['а', ''],
  ['е', 'а'],
  ['ю', 'я'],
];

describe('uninflectWord', () => {
  it.each([
    { rule: 'an instrumental surname loses its ending', fold: 'трампом', expected: ['трамп'] },
    {
      rule: 'an instrumental -ым surname loses its ending',
      fold: 'токаевым',
      expected: ['токаев'],
    },
    { rule: 'a genitive surname loses its ending', fold: 'путина', expected: ['путин'] },
    { rule: 'a name in -ей gets its й back', fold: 'сергеем', expected: ['сергей'] },
    { rule: 'a locative city gets its nominative -а', fold: 'москве', expected: ['москва'] },
    {
      rule: 'a genitive country in -ии is read as -ия (longest ending first)',
      fold: 'монголии',
      expected: ['монголия'],
    },
    { rule: 'an accusative country in -ю is read as -я', fold: 'монголию', expected: ['монголия'] },
    { rule: 'a nominative word without an ending stays itself only', fold: 'путин', expected: [] },
    { rule: 'a short word is never cut down', fold: 'она', expected: [] },
    { rule: 'a Latin word has no Cyrillic ending', fold: 'putina', expected: [] },
  ])('$rule', ({ fold, expected }) => {
    expect(uninflectWord(fold, RUSSIAN)).toEqual(expected);
  });
});
