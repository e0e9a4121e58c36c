import { entrySource } from '@sijill/testing';
import { countSources } from './count-sources';

describe('countSources', () => {
  it.each([
    ['no sources', [], 0, 0],
    ['two outlets writing on their own', [entrySource('a'), entrySource('b')], 2, 0],
    ['an original with two wire copies', [entrySource('a', { duplicates: ['c1', 'c2'] })], 1, 2],
    [
      'an original and a rewrite of it',
      [entrySource('a'), entrySource('r', { derivedFrom: 'a' })],
      1,
      0,
    ],
    [
      'two rewrites of an original that is not on the entry',
      [entrySource('r1', { derivedFrom: 'x' }), entrySource('r2', { derivedFrom: 'x' })],
      1,
      0,
    ],
    [
      'a rewrite, its original with a copy, and an independent report',
      [
        entrySource('a', { duplicates: ['c'] }),
        entrySource('r', { derivedFrom: 'a' }),
        entrySource('b'),
      ],
      2,
      1,
    ],
  ])('counts %s', (_case, sources, independentSources, copies) => {
    expect(countSources(sources)).toEqual({ independentSources, copies });
  });
});
