/** Thrown when a date lexicon file does not match its schema; lists every problem at once. */
export class DateLexiconError extends Error {
  readonly code = 'DATE_LEXICON_INVALID';

  constructor(readonly problems: readonly string[]) {
    super(`Invalid date lexicon:\n${problems.join('\n')}`);
    this.name = 'DateLexiconError';
  }
}
