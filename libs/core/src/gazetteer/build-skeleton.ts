// Letters that transliterations of one foreign name swap (توكاييف / توقايف, غوتيريش / جوتيريش,
// هاكان / حاكان) share a class. Long vowels and hamza carriers are dropped except a word-initial
// و or ي, which is a consonant there. Letters outside these classes stand for themselves.
const CONSONANT_CLASSES: Readonly<Record<string, string>> = {
  ك: 'K',
  ق: 'K',
  غ: 'G',
  ج: 'G',
  گ: 'G',
  چ: 'G',
  ت: 'T',
  ط: 'T',
  س: 'S',
  ص: 'S',
  ث: 'S',
  ذ: 'Z',
  ز: 'Z',
  ظ: 'Z',
  ژ: 'Z',
  د: 'D',
  ض: 'D',
  ه: 'H',
  ح: 'H',
  ة: 'H',
  ب: 'B',
  پ: 'B',
  ف: 'F',
  ڤ: 'F',
  خ: 'X',
  ش: 'C',
  ع: 'E',
  ر: 'R',
  ل: 'L',
  م: 'M',
  ن: 'N',
};

const VOWEL_LETTERS: ReadonlySet<string> = new Set([
  'ا',
  'و',
  'ي',
  'ى',
  'ء',
  'ؤ',
  'ئ',
  'أ',
  'إ',
  'آ',
]);

/** The equivalence class of an Arabic-script letter, or the letter itself when it has none. */
export function letterClass(letter: string): string {
  return CONSONANT_CLASSES[letter] ?? letter;
}

/** Whether a letter is a long vowel or hamza carrier, cheap to insert or drop between spellings. */
export function isVowelLetter(letter: string): boolean {
  return VOWEL_LETTERS.has(letter);
}

/**
 * The consonant skeleton of a folded Arabic-script token: each consonant replaced by its class,
 * long vowels and hamza dropped (a word-initial و or ي kept as W / Y), runs of one class collapsed.
 * توكاييف and توقايف both give `TKF`; قرغيزستان and قيرغيزستان both give `KRGZSTN`.
 */
export function buildSkeleton(folded: string): string {
  let skeleton = '';
  let index = 0;
  for (const letter of folded) {
    let symbol: string;
    if (VOWEL_LETTERS.has(letter)) {
      if (index === 0 && letter === 'و') symbol = 'W';
      else if (index === 0 && letter === 'ي') symbol = 'Y';
      else symbol = '';
    } else {
      symbol = letterClass(letter);
    }
    index += 1;
    if (symbol !== '' && !skeleton.endsWith(symbol)) skeleton += symbol;
  }
  return skeleton;
}
