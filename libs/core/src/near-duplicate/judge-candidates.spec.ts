import { judgeCandidate, pickStrongestVerdict, tallyOverlaps } from './judge-candidates';
import { DEFAULT_OVERLAP_PARAMS } from './overlap-params';

const judging = DEFAULT_OVERLAP_PARAMS;
const candidate = (shared: number, anchors: number, distinctive = shared, articleId = 'a') => ({
  articleId,
  anchors,
  shared,
  distinctive,
});

describe('judgeCandidate', () => {
  it.each([
    ['the same text', 40, candidate(40, 40), 'near-duplicate'],
    ['a new lead and tail (three quarters shared)', 40, candidate(30, 42), 'near-duplicate'],
    ['an excerpt of a long article', 12, candidate(12, 120), 'near-duplicate'],
    ['a long article embedding a short one', 120, candidate(11, 12), 'near-duplicate'],
    ['a rewrite keeping quotes and figures', 40, candidate(12, 45), 'derived'],
    ['a rewrite whose shared phrases are all boilerplate', 40, candidate(12, 45, 0), 'unique'],
    ['two shared phrases only', 40, candidate(2, 45), 'unique'],
    ['an unrelated article', 40, candidate(0, 45), 'unique'],
  ])('judges %s', (_case, query, overlap, kind) => {
    expect(judgeCandidate(query, overlap, judging).kind).toBe(kind);
  });

  it('reports containment over the smaller article and the estimated Jaccard', () => {
    expect(judgeCandidate(10, candidate(10, 40), judging)).toEqual({
      kind: 'near-duplicate',
      of: 'a',
      containment: 1,
      similarity: 0.25,
    });
  });
});

describe('tallyOverlaps', () => {
  it('counts shared anchors per stored article, and as distinctive only rarely held ones', () => {
    const postings = [
      [1, ['a'], false],
      [2, ['a', 'b'], false],
      [3, ['a', 'b', 'c', 'd'], false],
      [4, ['a'], true],
    ] as const;
    const counts = new Map([
      ['a', 10],
      ['b', 20],
      ['c', 5],
      ['d', 5],
    ]);
    const tally = tallyOverlaps(postings, counts, 3);
    expect(tally.find((t) => t.articleId === 'a')).toEqual(candidate(4, 10, 2));
    expect(tally.find((t) => t.articleId === 'b')).toEqual(candidate(2, 20, 1, 'b'));
  });

  it('leaves out a stored article whose count is gone (expired since its postings were read)', () => {
    expect(tallyOverlaps([[1, ['gone'], false]], new Map(), 3)).toEqual([]);
  });
});

describe('pickStrongestVerdict', () => {
  it('prefers a copy to a rewrite, then the higher containment, then the smaller id', () => {
    const verdict = pickStrongestVerdict(
      40,
      [candidate(12, 45, 12, 'rewritten'), candidate(30, 40, 30, 'z'), candidate(30, 40, 30, 'y')],
      judging,
    );
    expect(verdict).toMatchObject({ kind: 'near-duplicate', of: 'y' });
  });

  it('says unique without candidates', () => {
    expect(pickStrongestVerdict(40, [], judging)).toEqual({ kind: 'unique' });
  });
});
