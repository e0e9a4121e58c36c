import { foldWithOffsets, toSourceSpan } from './fold-with-offsets';

describe('foldWithOffsets', () => {
  it.each([
    ['alef variants', 'أإآٱ', 'اااا'],
    ['teh marbuta and alef maqsura', 'القمة الكبرى', 'القمه الكبري'],
    ['diacritics and tatweel', 'غَداً نـوفـمـبـر', 'غدا نوفمبر'],
    ['Arabic-Indic and Persian digits', '٢٠٢٤ ۱۹', '2024 19'],
    ['Persian yeh and kaf', 'یک', 'يك'],
    ['bidi and zero-width controls', '\u200f28\u200b نوفمبر', '28 نوفمبر'],
    ['lam-alef ligature (NFKC)', 'ﻻ', 'لا'],
    ['Latin lower case', 'July', 'july'],
  ])('folds %s', (_name, text, expected) => {
    expect(foldWithOffsets(text).text).toBe(expected);
  });

  it('maps every folded unit back to the code point it came from', () => {
    const folded = foldWithOffsets('يَوْمُ ٣ يوليو');

    expect(folded.text).toBe('يوم 3 يوليو');
    const at = folded.text.indexOf('3');
    expect(toSourceSpan(folded, at, at + 1)).toEqual({ start: 7, end: 8 });
  });

  it('keeps the marks that follow the last folded letter inside a span', () => {
    const folded = foldWithOffsets('يصل غداً إلى');

    expect(toSourceSpan(folded, 4, 7)).toEqual({ start: 4, end: 8 });
  });

  it('maps the two letters of a ligature to the one source character', () => {
    const folded = foldWithOffsets('xﻻy');

    expect(toSourceSpan(folded, 1, 3)).toEqual({ start: 1, end: 2 });
  });
});

describe('foldWithOffsets, folding each code point once', () => {
  it.each([
    ['a text folded twice', 'أَعلنَ ٣ يوليو'],
    ['a ligature repeated', 'ﻻﻻ xﻻ'],
    ['marks repeated', 'غداً غداً'],
  ])('folds %s as the first time', (_name, text) => {
    const first = foldWithOffsets(text);

    expect(foldWithOffsets(text)).toEqual(first);
  });
});
