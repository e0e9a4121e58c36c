import { deriveArabicNisba, inflectArabicNisba } from './derive-arabic-nisba';

describe('deriveArabicNisba', () => {
  it.each([
    ['روسيا', ['روسي']],
    ['تركيا', ['تركي']],
    ['كندا', ['كندي']],
    ['سنغافورة', ['سنغافوري']],
    ['مصر', ['مصري']],
    ['الصين', ['صيني']],
    ['العراق', ['عراقي']],
    ['ألمانيا', ['ألماني']],
    ['إيران', ['إيراني']],
    ['كازاخستان', ['كازاخستاني', 'كازاخي']],
    ['أوزبكستان', ['أوزبكستاني', 'أوزبكي']],
    ['باكستان', ['باكستاني']],
    ['المملكة المتحدة', []],
    ['مالي', []],
    ['توغو', []],
  ])('%s → %j', (name, expected) => {
    expect(deriveArabicNisba(name)).toEqual(expected);
  });
});

describe('inflectArabicNisba', () => {
  it('adds the feminine and the sound plurals', () => {
    expect(inflectArabicNisba('روسي')).toEqual(['روسي', 'روسية', 'روسيون', 'روسيين']);
  });

  it('inflects every word of a compound adjective', () => {
    expect(inflectArabicNisba('كوري جنوبي')).toContain('كورية جنوبية');
    expect(inflectArabicNisba('جنوب أفريقي')).toContain('جنوب أفريقية');
  });
});
