import { compileExtractionLexicon, type ExtractionLexicon } from './compile-lexicon';
import arabic from './lexicon/ar.json';
import english from './lexicon/en.json';
import french from './lexicon/fr.json';
import russian from './lexicon/ru.json';

/** The lexicon files shipped with Sijill, as parsed JSON, by language. */
export const DEFAULT_EXTRACTION_LEXICON_SOURCES: Readonly<Record<string, unknown>> = {
  ar: arabic,
  en: english,
  fr: french,
  ru: russian,
};

/** Extraction lexicons by primary language subtag (`ar`, `en`, `fr`). */
export type ExtractionLexicons = ReadonlyMap<string, ExtractionLexicon>;

let defaults: ExtractionLexicons | undefined;

/**
 * Compiles the shipped lexicons once and shares them (they are immutable). A new language is a new
 * file in `lexicon/` added to `DEFAULT_EXTRACTION_LEXICON_SOURCES`.
 */
export function loadDefaultExtractionLexicons(): ExtractionLexicons {
  defaults ??= compileExtractionLexicons(DEFAULT_EXTRACTION_LEXICON_SOURCES);
  return defaults;
}

/** Compiles lexicon sources keyed by language. */
export function compileExtractionLexicons(
  sources: Readonly<Record<string, unknown>>,
): ExtractionLexicons {
  return new Map(
    Object.entries(sources).map(([language, source]) => [
      language,
      compileExtractionLexicon(source),
    ]),
  );
}

/** The lexicon for a BCP 47 tag: its primary subtag, else by script (Arabic letters → ar), else en. */
export function lexiconFor(
  lexicons: ExtractionLexicons,
  language: string,
  text: string,
): ExtractionLexicon | undefined {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  const direct = lexicons.get(primary);
  if (direct !== undefined) return direct;
  if (/\p{Script=Arabic}/u.test(text.slice(0, 2000))) return lexicons.get('ar');
  return lexicons.get('en');
}
