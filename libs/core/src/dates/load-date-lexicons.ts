import { DateLexiconError } from './date-lexicon.error';
import { DateLexiconSchema, type DateLexicon } from './date-lexicon.schema';
import arabic from './lexicon/ar.json';
import english from './lexicon/en.json';
import french from './lexicon/fr.json';
import russian from './lexicon/ru.json';

/** The date lexicon files shipped with Sijill, as parsed JSON, by language. */
export const DEFAULT_DATE_LEXICON_SOURCES: Readonly<Record<string, unknown>> = {
  ar: arabic,
  en: english,
  fr: french,
  ru: russian,
};

/** Validates lexicon sources keyed by language. */
export function parseDateLexicons(sources: Readonly<Record<string, unknown>>): DateLexicon[] {
  const problems: string[] = [];
  const lexicons: DateLexicon[] = [];
  for (const [language, source] of Object.entries(sources)) {
    const parsed = DateLexiconSchema.safeParse(source);
    if (parsed.success) lexicons.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push(`${language}: ${issue.path.join('.')}: ${issue.message}`);
  }
  if (problems.length > 0) throw new DateLexiconError(problems);
  return lexicons;
}

let defaults: readonly DateLexicon[] | undefined;

/** The shipped date lexicons, validated once. A language is added by adding its file above. */
export function loadDefaultDateLexicons(): readonly DateLexicon[] {
  defaults ??= parseDateLexicons(DEFAULT_DATE_LEXICON_SOURCES);
  return defaults;
}
