// Letters that Arabic writers and keyboards use interchangeably; folded so spelling variants of
// one word (أردوغان / إردوغان / اردوغان, مستشفى / مستشفي, القمة / القمه) compare equal.
const ARABIC_LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0671': '\u0627', // ٱ alef wasla
  '\u0672': '\u0627', // ٲ
  '\u0673': '\u0627', // ٳ
  '\u0649': '\u064A', // ى alef maqsura
  '\u06CC': '\u064A', // ی Persian yeh, common in Arabic typed on Persian keyboards
  '\u06A9': '\u0643', // ک Persian kaf
  '\u0629': '\u0647', // ة teh marbuta
  '\u06C0': '\u0647', // ۀ heh with yeh above
};
const ARABIC_LETTER_PATTERN =
  /[\u0622\u0623\u0625\u0671\u0672\u0673\u0649\u06CC\u06A9\u0629\u06C0]/gu;

// Harakat, tanween, shadda, sukun, superscript alef, Quranic annotation marks, and tatweel (kashida).
const ARABIC_MARKS_PATTERN =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF\u0640]/gu;

// Bidi embeddings, overrides, isolates and marks; zero-width space, joiners and no-break; soft hyphen.
// The zero-width joiner sits outside the class: inside one, lint reads it as joining its neighbours.
const INVISIBLE_CONTROLS_PATTERN =
  /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u200B\u200C\u2060\uFEFF\u00AD\u180E]|\u200D/gu;

const EASTERN_DIGITS_PATTERN = /[\u0660-\u0669\u06F0-\u06F9\u066B\u066C\u066A]/gu;
const EASTERN_PUNCTUATION: Readonly<Record<string, string>> = {
  '\u066B': '.', // Arabic decimal separator
  '\u066C': ',', // Arabic thousands separator
  '\u066A': '%', // Arabic percent sign
};

// Accents are dropped only on alphabets where they are optional in practice (Erdoğan / Erdogan);
// Arabic keeps its remaining hamza (ؤ ئ), and Indic or Thai vowel signs are letters, not accents.
const BASE_WITH_MARKS_PATTERN = /(\P{M})(\p{Mn}+)/gu;
const ACCENT_OPTIONAL_SCRIPT_PATTERN = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

// Only letters of those alphabets (and stray combining marks) can carry accents worth dropping.
const MAY_CARRY_ACCENTS_PATTERN = /[\u00C0-\u036F\u0370-\u03FF\u0400-\u052F\u1E00-\u1FFF\u0130]/u;

const HORIZONTAL_SPACE_PATTERN = /[^\S\n]+/gu;

function foldEasternCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 0x30);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 0x30);
  return EASTERN_PUNCTUATION[character] ?? character;
}

// The same classes, for one character at a time (a global pattern's `test` keeps state).
const DROPPED_CHARACTER = new RegExp(
  `^(?:${ARABIC_MARKS_PATTERN.source}|${INVISIBLE_CONTROLS_PATTERN.source})$`,
  'u',
);

/**
 * The matching form of one character, for callers that must map folded text back to the original
 * (date expressions report offsets into the display text): marks and invisible controls dropped,
 * Arabic letter variants unified, Eastern digits to ASCII, lower case. No accent or space folding.
 */
export function foldMatchingCharacter(character: string): string {
  if (DROPPED_CHARACTER.test(character)) return '';
  const letter = ARABIC_LETTER_FOLDS[character];
  if (letter !== undefined) return letter;
  return foldEasternCharacter(character).toLowerCase();
}

function dropAccents(match: string, base: string): string {
  return ACCENT_OPTIONAL_SCRIPT_PATTERN.test(base) ? base : match;
}

/**
 * The matching form of a text: what near-duplicate detection, hashing and lexicon lookups compare.
 * NFKC; Arabic diacritics and tatweel removed; أ إ آ ٱ → ا, ى → ي, ة → ه; Arabic-Indic and Persian
 * digits → ASCII; bidi and zero-width controls removed; lower case; accents on Latin, Cyrillic and
 * Greek letters removed (Erdoğan → erdogan); horizontal whitespace collapsed, line breaks kept.
 * Idempotent: folding a folded text changes nothing. Never show it to users; show the display text.
 */
export function foldForMatching(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(INVISIBLE_CONTROLS_PATTERN, '')
    .replace(ARABIC_LETTER_PATTERN, (letter) => ARABIC_LETTER_FOLDS[letter] ?? letter)
    .replace(ARABIC_MARKS_PATTERN, '')
    .replace(EASTERN_DIGITS_PATTERN, foldEasternCharacter)
    .toLowerCase();
  const unaccented = MAY_CARRY_ACCENTS_PATTERN.test(folded)
    ? folded.normalize('NFD').replace(BASE_WITH_MARKS_PATTERN, dropAccents).normalize('NFC')
    : folded;
  return unaccented.replace(HORIZONTAL_SPACE_PATTERN, ' ');
}
