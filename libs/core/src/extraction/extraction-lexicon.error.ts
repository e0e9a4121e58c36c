/** Thrown when a lexicon file does not match its schema; lists every problem at once. */
export class ExtractionLexiconError extends Error {
  readonly code = 'EXTRACTION_LEXICON_INVALID';

  constructor(readonly problems: readonly string[]) {
    super(`Invalid extraction lexicon:\n${problems.join('\n')}`);
    this.name = 'ExtractionLexiconError';
  }
}
