import { buildSkeleton } from './build-skeleton';
import { foldName } from './fold-name';

describe('buildSkeleton', () => {
  // Spellings of one name share a skeleton.
  const same: readonly [string, string][] = [
    ['توكاييف', 'توقايف'],
    ['قرغيزستان', 'قيرغيزستان'],
    ['شنغهاي', 'شانغهاي'],
    ['غوتيريش', 'جوتيريش'],
    ['هاكان', 'حاكان'],
    ['نتنياهو', 'نتانياهو'],
    ['عمّان', 'عمان'],
  ];

  it.each(same)('%s and %s share a skeleton', (a, b) => {
    expect(buildSkeleton(foldName(a))).toBe(buildSkeleton(foldName(b)));
  });

  it.each([
    ['توكاييف', 'TKF'],
    ['قرغيزستان', 'KRGZSTN'],
    ['وزير', 'WZR'],
    ['يريفان', 'YRFN'],
    ['أستانا', 'STN'],
  ])('%s → %s', (word, skeleton) => {
    expect(buildSkeleton(foldName(word))).toBe(skeleton);
  });
});
