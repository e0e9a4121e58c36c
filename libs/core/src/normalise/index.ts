export {
  ChromeLexicon,
  defaultChromeLexicon,
  type LexiconMatch,
  type LineFacts,
} from './chrome-lexicon';
export { chromeLexiconSourceSchema, type ChromeLexiconSource } from './chrome-lexicon.schema';
export {
  canonicaliseLanguageTag,
  DEFAULT_DETECTABLE_LANGUAGES,
  detectLanguage,
} from './detect-language';
export {
  extractText,
  looksLikeHtml,
  type ExtractedLine,
  type ExtractedLineKind,
  type ExtractedText,
} from './extract-text';
export { foldForMatching, foldMatchingCharacter } from './fold-for-matching';
export { foldKey } from './fold-key';
export { normaliseArticle } from './normalise-article';
export {
  type NormalisedArticle,
  type NormaliseInput,
  type NormaliseOptions,
} from './normalised-article';
export { removeChrome, type ChromeRemoval, type Cut, type CutRule } from './remove-chrome';
export { segmentSentences, type SentenceSpan } from './segment-sentences';
export { tokenise } from './tokenise-text';
export * from './measure-html-depth';
export * from './normalise-accepted-article.use-case';
export * from './build-unique-article';
export * from './prepare-accepted-article';
