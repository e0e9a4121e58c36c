import { countSources } from './count-sources';

const source = (
  articleId: string,
  extra: { duplicates?: string[]; derivedFrom?: string } = {},
) => ({
  articleId,
  language: 'ar',
  evidence: [],
  ...extra,
});

describe('countSources', () => {
  it.each([
    ['no sources', [], 0, 0],
    ['two outlets writing on their own', [source('a'), source('b')], 2, 0],
    ['an original with two wire copies', [source('a', { duplicates: ['c1', 'c2'] })], 1, 2],
    ['an original and a rewrite of it', [source('a'), source('r', { derivedFrom: 'a' })], 1, 0],
    [
      'two rewrites of an original that is not on the entry',
      [source('r1', { derivedFrom: 'x' }), source('r2', { derivedFrom: 'x' })],
      1,
      0,
    ],
    [
      'a rewrite, its original with a copy, and an independent report',
      [source('a', { duplicates: ['c'] }), source('r', { derivedFrom: 'a' }), source('b')],
      2,
      1,
    ],
  ])('counts %s', (_case, sources, independentSources, copies) => {
    expect(countSources(sources)).toEqual({ independentSources, copies });
  });
});
