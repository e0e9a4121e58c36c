/** The command line names something that cannot be read or a combination of options that cannot work. */
export class PublishInputError extends Error {
  readonly code = 'PUBLISH_INPUT_INVALID';

  constructor(message: string) {
    super(message);
    this.name = 'PublishInputError';
  }
}
