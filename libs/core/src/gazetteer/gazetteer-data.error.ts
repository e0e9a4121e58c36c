/** Gazetteer data that fails its schema or cross-references; lists every problem at once. */
export class GazetteerDataError extends Error {
  readonly code = 'GAZETTEER_DATA_INVALID';

  constructor(readonly problems: readonly string[]) {
    super(`Invalid gazetteer data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'GazetteerDataError';
  }
}
