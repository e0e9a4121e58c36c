/** A merge kept losing its conditional write to concurrent merges; retry the message later. */
export class TimelineWriteConflictError extends Error {
  readonly code = 'TIMELINE_WRITE_CONFLICT';

  constructor(readonly attempts: number) {
    super(`Timeline write still conflicting after ${attempts} attempts`);
    this.name = 'TimelineWriteConflictError';
  }
}
