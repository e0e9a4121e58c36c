import { wordsOf } from './word-set';

describe('wordsOf', () => {
  it.each([
    { rule: 'no spans cover no word', spans: [], expected: [] },
    {
      rule: 'a span covers its first and last word',
      spans: [{ first: 2, last: 4 }],
      expected: [2, 3, 4],
    },
    {
      rule: 'overlapping spans cover each word once',
      spans: [
        { first: 0, last: 1 },
        { first: 1, last: 2 },
        { first: 5, last: 5 },
      ],
      expected: [0, 1, 2, 5],
    },
  ])('$rule', ({ spans, expected }) => {
    expect([...wordsOf(spans)].sort((a, b) => a - b)).toEqual(expected);
  });
});
