import { acceptSpellingVariant } from './accept-spelling-variant';
import { buildSkeleton } from './build-skeleton';
import { foldName } from './fold-name';

function accepts(word: string, name: string): boolean {
  const [a, b] = [foldName(word), foldName(name)];
  return acceptSpellingVariant(a, buildSkeleton(a), b, buildSkeleton(b));
}

describe('acceptSpellingVariant', () => {
  it.each([
    ['توقايف', 'توكاييف'],
    ['قرغيزستان', 'قيرغيزستان'],
    ['شانغهاي', 'شنغهاي'],
    ['جوتيريش', 'غوتيريش'],
    ['زيلنسكي', 'زيلينسكي'],
    ['نتانياهو', 'نتنياهو'],
    ['حاكان', 'هاكان'],
  ])('accepts %s for %s', (word, name) => {
    expect(accepts(word, name)).toBe(true);
  });

  it.each([
    ['رئيس', 'رئيسي', 'too short, and the final letter differs'],
    ['توقف', 'توقايف', 'two letters apart'],
    ['تكيف', 'توكاييف', 'three letters apart'],
    ['تركي', 'تركيا', 'the ending carries grammar'],
    ['غوتيريس', 'غوتيريش', 'ش and س are different consonants'],
    ['بايدن', 'ماكرون', 'different skeletons'],
    ['مصري', 'مصر', 'short names match exactly'],
  ])('rejects %s for %s (%s)', (word, name) => {
    expect(accepts(word, name)).toBe(false);
  });
});
