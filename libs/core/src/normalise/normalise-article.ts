import { defaultChromeLexicon } from './chrome-lexicon';
import {
  canonicaliseLanguageTag,
  DEFAULT_DETECTABLE_LANGUAGES,
  detectLanguage,
} from './detect-language';
import { extractText } from './extract-text';
import {
  type NormalisedArticle,
  type NormaliseInput,
  type NormaliseOptions,
} from './normalised-article';
import { removeChrome } from './remove-chrome';
import { segmentSentences } from './segment-sentences';
import { tokenise } from './tokenise-text';

function chooseLanguage(
  input: NormaliseInput,
  text: string,
  fallbackText: string,
  languages: readonly string[],
): { language: string; languageDetected: boolean } {
  const given = canonicaliseLanguageTag(input.language);
  if (given !== undefined) return { language: given, languageDetected: false };
  const detected = detectLanguage(text, languages);
  if (detected !== 'und' || fallbackText === text)
    return { language: detected, languageDetected: true };
  return { language: detectLanguage(fallbackText, languages), languageDetected: true };
}

/**
 * Normalises one article: extracts text from HTML (Readability on linkedom) or takes plain text as
 * is, removes page chrome line by line (recording each cut), builds the matching form, finds the
 * language when none was given, and splits the display text into sentences. Pure and synchronous.
 */
export function normaliseArticle(
  input: NormaliseInput,
  options: NormaliseOptions = {},
): NormalisedArticle {
  const extracted = extractText(input.body, input.contentType);
  const givenTitle = input.title?.trim() || extracted.title;
  const { kept, keptMatching, cuts, headline } = removeChrome(
    extracted.lines,
    options.lexicon ?? defaultChromeLexicon(),
    givenTitle,
  );
  const title = givenTitle ?? headline;
  const text = kept.map((line) => line.text).join('\n');
  // Folding is line-local, so the folded lines joined equal foldForMatching(text).
  const matchingText = keptMatching.join('\n');
  const allText = extracted.lines.map((line) => line.text).join('\n');
  const languages = options.detectableLanguages ?? DEFAULT_DETECTABLE_LANGUAGES;
  return {
    text,
    matchingText,
    ...(title === undefined || title === '' ? {} : { title }),
    ...chooseLanguage(input, title === undefined ? text : `${title}\n${text}`, allText, languages),
    format: extracted.format,
    sentences: segmentSentences(text),
    cuts,
    tokenCount: tokenise(matchingText).length,
  };
}
