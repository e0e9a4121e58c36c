import { splitNameTokens } from './split-name-tokens';

describe('splitNameTokens', () => {
  it('keeps offsets into the original text', () => {
    const text = 'قال بُوتِين، ثم غادر.';
    for (const token of splitNameTokens(text))
      expect(text.slice(token.start, token.end)).toBe(token.raw);
  });

  it('marks English possessives instead of making them tokens', () => {
    const tokens = splitNameTokens("Iran's president and Russia’s envoy");
    expect(tokens.map((t) => t.raw)).toEqual(['Iran', 'president', 'and', 'Russia', 'envoy']);
    expect(tokens.map((t) => t.possessive)).toEqual([true, false, false, true, false]);
  });

  it.each([
    ['عبد الفتاح', 'عبدالفتاح'],
    ['عبدالله', 'عبدالله'],
    ['أبو الغيط', 'ابوالغيط'],
  ])('reads %s as the one word %s', (written, fold) => {
    expect(splitNameTokens(written).map((t) => t.fold)).toEqual([fold]);
  });

  it('keeps Persian words with a zero-width non-joiner whole', () => {
    expect(splitNameTokens('خامنه‌ای')).toHaveLength(1);
  });
});
