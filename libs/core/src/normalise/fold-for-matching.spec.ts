import fc from 'fast-check';

import { foldForMatching } from './fold-for-matching';

// Canonical letters only: the forms folding maps variants onto (ا not أ, ي not ى, ه not ة).
const CANONICAL_LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءؤئ'];
const ASCII_DIGITS = [...'0123456789'];
const HARAKAT = [
  '\u064B',
  '\u064C',
  '\u064D',
  '\u064E',
  '\u064F',
  '\u0650',
  '\u0651',
  '\u0652',
  '\u0670',
];
const INVISIBLES = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u2060',
  '\uFEFF',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u061C',
];
const TATWEEL = '\u0640';
const ALEF_VARIANTS = ['ا', 'أ', 'إ', 'آ', 'ٱ'];
const YEH_VARIANTS = ['ي', 'ى', 'ی'];
const HEH_VARIANTS = ['ه', 'ة'];

const canonicalWord = fc
  .array(fc.constantFrom(...CANONICAL_LETTERS, ...ASCII_DIGITS), { minLength: 1, maxLength: 8 })
  .map((characters) => characters.join(''));
const canonicalText = fc
  .array(canonicalWord, { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '));

interface Variation {
  readonly letters: boolean;
  readonly harakat: boolean;
  readonly tatweel: boolean;
  readonly invisibles: boolean;
  readonly digits: boolean;
}

/** Rewrites a canonical text the way real copies differ, driven by fast-check's choices. */
function vary(text: string, variation: Variation, choices: readonly number[]): string {
  let choice = 0;
  const next = (): number => choices[choice++ % choices.length] ?? 0;
  const pick = <T>(options: readonly T[]): T => options[next() % options.length] as T;
  let out = '';
  for (const character of text) {
    let written = character;
    if (variation.letters && character === 'ا') written = pick(ALEF_VARIANTS);
    if (variation.letters && character === 'ي') written = pick(YEH_VARIANTS);
    if (variation.letters && character === 'ه') written = pick(HEH_VARIANTS);
    if (variation.digits && ASCII_DIGITS.includes(character)) {
      const offset = pick([0, 0x0660 - 0x30, 0x06f0 - 0x30]);
      written = String.fromCharCode(character.charCodeAt(0) + offset);
    }
    out += written;
    const isLetter = CANONICAL_LETTERS.includes(character);
    if (variation.harakat && isLetter && next() % 3 === 0) out += pick(HARAKAT);
    if (variation.tatweel && isLetter && next() % 4 === 0) out += TATWEEL;
    if (variation.invisibles && next() % 4 === 0) out += pick(INVISIBLES);
  }
  return out;
}

const allOn: Variation = {
  letters: true,
  harakat: true,
  tatweel: true,
  invisibles: true,
  digits: true,
};
const choicesArbitrary = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 64 });

describe('foldForMatching', () => {
  it.each<[string, Partial<Variation>]>([
    ['alef, yeh and teh marbuta variants', { letters: true }],
    ['diacritics (harakat, shadda, sukun, superscript alef)', { harakat: true }],
    ['tatweel', { tatweel: true }],
    ['zero-width and bidi controls', { invisibles: true }],
    ['Arabic-Indic and Persian digits', { digits: true }],
  ])('is unchanged by %s', (_name, partial) => {
    const variation: Variation = {
      letters: false,
      harakat: false,
      tatweel: false,
      invisibles: false,
      digits: false,
      ...partial,
    };
    fc.assert(
      fc.property(canonicalText, choicesArbitrary, (text, choices) => {
        expect(foldForMatching(vary(text, variation, choices))).toBe(foldForMatching(text));
      }),
    );
  });

  it('is unchanged by all of those variations at once', () => {
    fc.assert(
      fc.property(canonicalText, choicesArbitrary, (text, choices) => {
        expect(foldForMatching(vary(text, allOn, choices))).toBe(foldForMatching(text));
      }),
    );
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(foldForMatching(foldForMatching(text))).toBe(foldForMatching(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps line breaks, so folding line by line equals folding the whole text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'binary', maxLength: 30 }).map((line) => line.replace(/\n/gu, ' ')),
        ),
        (lines) => {
          expect(lines.map(foldForMatching).join('\n')).toBe(foldForMatching(lines.join('\n')));
        },
      ),
    );
  });

  it.each([
    ['أردوغان', 'إردوغان'],
    ['اردوغان', 'أردوغان'],
    ['مستشفى', 'مستشفي'],
    ['القمة', 'القمه'],
    ['الرئيـــس', 'الرئيس'],
    ['مُحَمَّدٌ', 'محمد'],
    ['عام ٢٠٢٤', 'عام 2024'],
    ['سال ۱۴۰۳', 'سال 1403'],
    ['٣٫٥', '3.5'],
    ['ﻻ', 'لا'],
    ['Erdoğan', 'erdogan'],
    ['İSTANBUL', 'istanbul'],
    ['Тока́ев', 'токаев'],
    ['\u200Fبوتين\u200C', 'بوتين'],
    ['ی ک', 'ي ك'],
  ])('folds %s like %s', (variant, canonical) => {
    expect(foldForMatching(variant)).toBe(foldForMatching(canonical));
  });

  it.each([
    ['مسؤول', 'ؤ'],
    ['رئيس', 'ئ'],
    ['कु', 'ु'],
  ])('keeps %s intact: %s is a letter, not an accent', (word, mark) => {
    expect(foldForMatching(word)).toContain(mark);
  });

  it('collapses horizontal whitespace and keeps words apart', () => {
    expect(foldForMatching('بوتين \u00A0\t  في  أستانا')).toBe('بوتين في استانا');
  });
});
