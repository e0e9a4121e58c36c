export { extractMentions, type ExtractMentionsOptions } from './extract-mentions';
export {
  ExtractArticleUseCase,
  type ExtractArticleOptions,
  type ExtractArticleOutcome,
} from './extract-article.use-case';
export {
  compileExtractionLexicon,
  type ExtractionLexicon,
  type LexiconPhrase,
  type PhraseMeaning,
} from './compile-lexicon';
export { ExtractionLexiconError } from './extraction-lexicon.error';
export {
  extractionLexiconSourceSchema,
  TRIGGER_KINDS,
  TRIGGER_LIFECYCLES,
  TRIGGER_SUBJECTS,
  type ExtractionLexiconSource,
} from './extraction-lexicon.schema';
export {
  compileExtractionLexicons,
  DEFAULT_EXTRACTION_LEXICON_SOURCES,
  lexiconFor,
  loadDefaultExtractionLexicons,
  type ExtractionLexicons,
} from './load-default-lexicons';
export { deriveMentionId } from './to-mention';
export { readSentence, type SentenceReading } from './read-sentence';
export { formatTrace, type ExtractionTrace, type TraceStep } from './extraction-trace';
export {
  capArticleForExtraction,
  MAX_SENTENCE_CHARS,
  type CappedArticle,
} from './cap-article-for-extraction';
