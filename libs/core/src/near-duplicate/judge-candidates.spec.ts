import {
  judgeArticle,
  judgeCandidate,
  pickStrongestVerdict,
  tallyOverlaps,
} from './judge-candidates';
import { DEFAULT_OVERLAP_PARAMS } from './overlap-params';

const judging = DEFAULT_OVERLAP_PARAMS;
const query = (articleId: string, anchors: number) => ({
  articleId,
  anchors: new Uint32Array(anchors),
  shingles: new Uint32Array(anchors * 6),
});
const candidate = (shared: number, anchors: number, distinctive = shared, articleId = 'a') => ({
  articleId,
  anchors,
  shared,
  distinctive,
});

/** A candidate whose shingle filter measured `verified` of the smaller article inside the other. */
const measured = (shared: number, anchors: number, verified: number, distinctive = shared) => ({
  ...candidate(shared, anchors, distinctive),
  verified,
});

describe('judgeCandidate', () => {
  it.each([
    ['the same text', 40, measured(40, 40, 1), 'near-duplicate'],
    ['a new lead and tail (three quarters shared)', 40, measured(30, 42, 0.74), 'near-duplicate'],
    ['an excerpt of a long article', 12, measured(12, 120, 0.97), 'near-duplicate'],
    ['a long article embedding a short one', 120, measured(11, 12, 0.9), 'near-duplicate'],
    ['a rewrite whose anchors look like a copy', 40, measured(30, 42, 0.66), 'derived'],
    ['a copy-like overlap whose filter was not read', 40, candidate(30, 42), 'derived'],
    [
      'a filter that measures a copy the anchors do not suggest',
      40,
      measured(12, 45, 0.9),
      'derived',
    ],
    ['a rewrite keeping quotes and figures', 40, candidate(12, 45), 'derived'],
    ['a rewrite whose shared phrases are all boilerplate', 40, candidate(12, 45, 0), 'unique'],
    ['two shared phrases only', 40, candidate(2, 45), 'unique'],
    ['an unrelated article', 40, candidate(0, 45), 'unique'],
  ])('judges %s', (_case, query, overlap, kind) => {
    expect(judgeCandidate(query, overlap, judging).kind).toBe(kind);
  });

  it("reports the containment the filter measured and the anchors' estimated Jaccard", () => {
    expect(judgeCandidate(10, measured(10, 40, 0.98), judging)).toEqual({
      kind: 'near-duplicate',
      of: 'a',
      containment: 0.98,
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
      ['a', { anchors: 10 }],
      ['b', { anchors: 20 }],
      ['c', { anchors: 5 }],
      ['d', { anchors: 5 }],
    ]);
    const tally = tallyOverlaps(postings, counts, 3);
    expect(tally.find((t) => t.articleId === 'a')).toEqual(candidate(4, 10, 2));
    expect(tally.find((t) => t.articleId === 'b')).toEqual(candidate(2, 20, 1, 'b'));
  });

  it('counts the rewrites of one story as one holder, and names the root of a stored rewrite', () => {
    const postings = [
      [1, ['a', 'r1', 'r2', 'b'], false],
      [2, ['a', 'r1'], false],
    ] as const;
    const stored = new Map([
      ['a', { anchors: 10 }],
      ['r1', { anchors: 12, root: 'a' }],
      ['r2', { anchors: 9, root: 'a' }],
      ['b', { anchors: 20 }],
    ]);
    const tally = tallyOverlaps(postings, stored, 2);
    expect(tally.find((t) => t.articleId === 'r1')).toEqual({
      articleId: 'r1',
      root: 'a',
      anchors: 12,
      shared: 2,
      distinctive: 2,
    });
    expect(tally.find((t) => t.articleId === 'b')).toEqual(candidate(1, 20, 1, 'b'));
  });

  it('leaves out a stored article whose count is gone (expired since its postings were read)', () => {
    expect(tallyOverlaps([[1, ['gone'], false]], new Map(), 3)).toEqual([]);
  });
});

describe('judgeCandidate on a stored rewrite', () => {
  it('calls a rewrite of it derived from the root of its story, and a copy of it its copy', () => {
    const rewrite = { articleId: 'r', root: 'a', anchors: 45, shared: 12, distinctive: 12 };
    expect(judgeCandidate(40, rewrite, judging)).toMatchObject({ kind: 'derived', of: 'a' });
    expect(judgeCandidate(40, { ...rewrite, shared: 40, verified: 0.97 }, judging)).toMatchObject({
      kind: 'near-duplicate',
      of: 'r',
    });
  });
});

describe('judgeArticle', () => {
  const read = [
    [1, ['a', 'r'], false],
    [2, ['a', 'r'], false],
    [3, ['a', 'r'], false],
  ] as const;
  const stored = new Map([
    ['a', { anchors: 3 }],
    ['r', { anchors: 3, root: 'a' }],
  ]);

  it('finds an original again on redelivery, never as a copy of itself or of its rewrites', () => {
    expect(judgeArticle(query('a', 3), read, stored, judging)).toEqual({ kind: 'unique' });
  });

  it('finds a rewrite again on redelivery as derived from its root', () => {
    expect(judgeArticle(query('r', 3), read, stored, judging)).toMatchObject({
      kind: 'derived',
      of: 'a',
    });
  });
});

describe('pickStrongestVerdict', () => {
  it('prefers a copy to a rewrite, then the higher containment, then the smaller id', () => {
    const verdict = pickStrongestVerdict(
      40,
      [
        candidate(12, 45, 12, 'rewritten'),
        { ...candidate(30, 40, 30, 'z'), verified: 0.8 },
        { ...candidate(30, 40, 30, 'y'), verified: 0.8 },
      ],
      judging,
    );
    expect(verdict).toMatchObject({ kind: 'near-duplicate', of: 'y' });
  });

  it('says unique without candidates', () => {
    expect(pickStrongestVerdict(40, [], judging)).toEqual({ kind: 'unique' });
  });
});
