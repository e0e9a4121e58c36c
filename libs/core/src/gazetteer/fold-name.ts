// The gazetteer folds its own way (not the ingestor's matching form) because name matching needs a
// narrower, token-level fold it can rely on whatever the normaliser does to whole texts.
const ARABIC_FOLDS: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0671': '\u0627', // ٱ
  '\u0649': '\u064A', // ى
  '\u06CC': '\u064A', // ی
  '\u06D2': '\u064A', // ے
  '\u06A9': '\u0643', // ک
  '\u0629': '\u0647', // ة
  '\u06C0': '\u0647', // ۀ
  '\u06D5': '\u0647', // ە
};
const ARABIC_FOLD_PATTERN =
  /[\u0622\u0623\u0625\u0671\u0649\u06CC\u06D2\u06A9\u0629\u06C0\u06D5]/gu;

// Harakat, tanween, shadda, sukun, dagger alef, Quranic marks, tatweel, and invisible controls.
const DROPPED_PATTERN =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u08D3-\u08FF\u0640\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/gu;

const LATIN_EXTRA: Readonly<Record<string, string>> = {
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ʻ: "'",
  ʼ: "'",
  '’': "'",
  '‘': "'",
};
const LATIN_EXTRA_PATTERN = /[ıßæœøđłʻʼ’‘]/gu;
const ACCENT_PATTERN = /(\P{M})\p{M}+/gu;
const NON_ARABIC_LETTER_PATTERN = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
const ARABIC_SCRIPT_PATTERN = /\p{Script=Arabic}/u;

/** Which script family a token belongs to, deciding how it is matched. */
export type NameScript = 'arabic' | 'latin';

/** `arabic` for Arabic-script tokens (Arabic, Persian, Urdu), `latin` for every other script. */
export function scriptOf(token: string): NameScript {
  return ARABIC_SCRIPT_PATTERN.test(token) ? 'arabic' : 'latin';
}

// Texts repeat their words; folding is memoised (bounded, dropped whole when full).
const FOLD_MEMO_LIMIT = 100_000;
const foldMemo = new Map<string, string>();

/**
 * Folds one token for name comparison. Arabic script: diacritics and tatweel dropped, أ إ آ ٱ → ا,
 * ى ی → ي, ک → ك, ة ۀ → ه (hamza on و and ي kept). Other scripts: accents dropped on Latin, Cyrillic
 * and Greek, lower case, ı → i. Idempotent.
 */
export function foldName(token: string): string {
  const memoised = foldMemo.get(token);
  if (memoised !== undefined) return memoised;
  if (foldMemo.size >= FOLD_MEMO_LIMIT) foldMemo.clear();
  const folded = computeFold(token);
  foldMemo.set(token, folded);
  return folded;
}

function computeFold(token: string): string {
  const cleaned = token.normalize('NFKC').replace(DROPPED_PATTERN, '');
  if (ARABIC_SCRIPT_PATTERN.test(cleaned)) {
    return cleaned.replace(
      ARABIC_FOLD_PATTERN,
      (character) => ARABIC_FOLDS[character] ?? character,
    );
  }
  const lowered = cleaned.toLowerCase().replace(LATIN_EXTRA_PATTERN, (c) => LATIN_EXTRA[c] ?? c);
  if (!NON_ARABIC_LETTER_PATTERN.test(lowered)) return lowered;
  return lowered.normalize('NFD').replace(ACCENT_PATTERN, '$1').normalize('NFC');
}
