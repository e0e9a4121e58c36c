import { foldName } from './fold-name';
import { measureEditDistance, measureNameDistance } from './measure-name-distance';

describe('measureNameDistance', () => {
  // [a, b, distance]
  const cases: readonly [string, string, number][] = [
    ['توكاييف', 'توقايف', 1],
    ['شنغهاي', 'شانغهاي', 0.5],
    ['قرغيزستان', 'قيرغيزستان', 0.5],
    ['غوتيريش', 'جوتيريش', 0.5],
    ['رئيسي', 'رئيس', 1],
    ['تركيا', 'تركي', 1],
    ['توقف', 'توقايف', 1],
  ];

  it.each(cases)('%s ↔ %s = %d', (a, b, distance) => {
    expect(measureNameDistance(foldName(a), foldName(b), 3)).toBe(distance);
    expect(measureNameDistance(foldName(b), foldName(a), 3)).toBe(distance);
  });

  it('stops above the bound', () => {
    expect(measureNameDistance('بوتين', 'لافروف', 1)).toBeGreaterThan(1);
  });
});

describe('measureEditDistance', () => {
  it.each([
    ['KRGZSTN', 'KRGZSTN', 0],
    ['KRGZSTN', 'KRGSTN', 1],
    ['TKF', 'TK', 1],
    ['abc', 'xyz', 2],
  ] as const)('%s ↔ %s = %d (bound 1, capped at 2)', (a, b, distance) => {
    expect(measureEditDistance(a, b, 1)).toBe(distance);
  });
});
