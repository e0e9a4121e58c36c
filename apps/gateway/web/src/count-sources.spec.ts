import type { TimelineEntry } from '@sijill/contracts';
import { countSources, describeSourceCounts } from './count-sources';
import { diffRevisions } from './diff-revisions';

const source = (duplicates?: string[]) => ({
  articleId: 'a',
  language: 'ar',
  evidence: [],
  ...(duplicates === undefined ? {} : { duplicates }),
});
const withSources = (sources: object[], extra: object = {}) =>
  ({ id: 'ev-1', revision: 1, sources, ...extra }) as unknown as TimelineEntry;

describe('counting an entry’s sources', () => {
  it('counts sources and the copies listed under them', () => {
    const counts = countSources(withSources([source(['b', 'c']), source()]));
    expect(counts).toEqual({ sources: 2, copies: 2 });
    expect(describeSourceCounts(counts)).toBe('2 sources · 2 copies');
    expect(describeSourceCounts(countSources(withSources([source()])))).toBe('1 source');
  });

  it('uses the independent sources and copies the producer counts, when it does', () => {
    const counts = countSources(
      withSources([source(['b']), source()], { independentSources: 1, copies: 3 }),
    );
    expect(describeSourceCounts(counts)).toBe('2 sources · 1 independent · 3 copies');
    expect(countSources(withSources([], { counts: { independent: 4, copies: 'x' } }))).toEqual({
      sources: 0,
      copies: 0,
      independent: 4,
    });
  });
});

describe('diffRevisions', () => {
  it('tells entries new to the view from revised ones', () => {
    const shown = new Map([
      ['ev-1', 1],
      ['ev-2', 2],
    ]);
    const now = [
      { id: 'ev-1', revision: 1 },
      { id: 'ev-2', revision: 3 },
      { id: 'ev-3', revision: 1 },
    ] as TimelineEntry[];
    expect(diffRevisions(shown, now)).toEqual({ added: ['ev-3'], revised: ['ev-2'] });
  });
});
