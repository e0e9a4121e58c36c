import { foldName, scriptOf } from './fold-name';

describe('foldName', () => {
  it.each([
    ['أردوغان', 'اردوغان'],
    ['إردوغان', 'اردوغان'],
    ['آستانا', 'استانا'],
    ['رئيسى', 'رئيسي'],
    ['القاهرة', 'القاهره'],
    ['بُوتِيـــن', 'بوتين'],
    ['پزشکیان', 'پزشكيان'],
    ['Erdoğan', 'erdogan'],
    ['Çavuşoğlu', 'cavusoglu'],
    ['Kırgızistan', 'kirgizistan'],
    ['Токаев', 'токаев'],
    ['Ёлка', 'елка'],
  ])('%s → %s', (raw, folded) => {
    expect(foldName(raw)).toBe(folded);
  });

  it('is idempotent', () => {
    for (const word of ['أردوغان', 'Erdoğan', 'القاهرة'])
      expect(foldName(foldName(word))).toBe(foldName(word));
  });

  it('tells Arabic script from the rest', () => {
    expect([scriptOf('بوتين'), scriptOf('پزشکیان'), scriptOf('Putin'), scriptOf('Путин')]).toEqual([
      'arabic',
      'arabic',
      'latin',
      'latin',
    ]);
  });
});
