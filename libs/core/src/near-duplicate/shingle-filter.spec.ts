import { DEFAULT_OVERLAP_PARAMS } from './overlap-params';
import { selectShingles } from './select-anchors';
import {
  buildShingleFilter,
  filterShingleCount,
  MAX_FALSE_HIT_RATE,
  measureFilterContainment,
} from './shingle-filter';

const params = DEFAULT_OVERLAP_PARAMS;
const words = (count: number, offset = 0): string[] =>
  Array.from({ length: count }, (_, i) => `word${(i + offset).toString(36)}`);
const shinglesOf = (tokens: string[]): Uint32Array => selectShingles(tokens, params);

/** The exact share of the smaller set found in the other. */
function exactContainment(a: Uint32Array, b: Uint32Array): number {
  const other = new Set(b);
  return a.filter((x) => other.has(x)).length / Math.min(a.length, b.length);
}

describe('measureFilterContainment', () => {
  const story = words(300);
  it.each([
    ['the same text', story, story],
    ['a copy with a new lead and tail', story, [...words(60, 5000), ...story.slice(40, 260)]],
    ['a rewrite keeping two thirds verbatim', story, [...story.slice(0, 200), ...words(95, 7000)]],
    ['an excerpt of the stored article', story, story.slice(100, 160)],
    ['a long article embedding the stored one', words(80), [...words(400, 9000), ...words(80)]],
    ['an unrelated article', story, words(300, 20_000)],
  ])('measures %s within 0.02 of the exact share', (_case, stored, query) => {
    const storedShingles = shinglesOf(stored);
    const queryShingles = shinglesOf(query);
    const measured = measureFilterContainment(
      buildShingleFilter(storedShingles, params),
      queryShingles,
    );
    expect(measured).toBeDefined();
    expect(
      Math.abs((measured ?? -1) - exactContainment(queryShingles, storedShingles)),
    ).toBeLessThanOrEqual(0.02);
  });

  it('tells a copy at 0.75 from a rewrite at 0.65 of the same length', () => {
    const stored = shinglesOf(story);
    const filter = buildShingleFilter(stored, params);
    const copy = shinglesOf([...words(71, 3000), ...story.slice(75)]);
    const rewrite = shinglesOf([...words(101, 4000), ...story.slice(105)]);
    expect(measureFilterContainment(filter, copy)).toBeGreaterThanOrEqual(params.copyContainment);
    expect(measureFilterContainment(filter, rewrite)).toBeLessThan(params.copyContainment);
  });

  it('cannot tell from a filter too full for its article, nor from an empty one', () => {
    const long = shinglesOf(words(4000));
    const crowded = buildShingleFilter(long, { ...params, maxFilterBytes: 64 });
    expect(measureFilterContainment(crowded, long)).toBeUndefined();
    expect(measureFilterContainment(new Uint8Array(0), long)).toBeUndefined();
    expect(measureFilterContainment(buildShingleFilter(long, params), new Uint32Array(0))).toBe(
      undefined,
    );
    expect(MAX_FALSE_HIT_RATE).toBeLessThan(0.5);
  });
});

describe('buildShingleFilter', () => {
  it('spends about `filterBitsPerShingle` bits a shingle, capped at `maxFilterBytes`', () => {
    const short = buildShingleFilter(shinglesOf(words(200)), params);
    expect(short.length - 3).toBe(Math.ceil((196 * params.filterBitsPerShingle) / 8));
    const long = buildShingleFilter(shinglesOf(words(3000)), params);
    expect(long.length - 3).toBe(params.maxFilterBytes);
    expect(filterShingleCount(long)).toBe(2996);
  });
});
