/** Stable codes for why local test infrastructure could not be provisioned or controlled. */
export type InfrastructureErrorCode =
  | 'MAVEN_NOT_FOUND'
  | 'MAVEN_FAILED'
  | 'JAVA_NOT_FOUND'
  | 'KAFKA_FORMAT_FAILED'
  | 'KAFKA_EXITED'
  | 'KAFKA_NOT_READY'
  | 'KAFKA_NOT_CONTROLLABLE'
  | 'KAFKA_DID_NOT_STOP'
  | 'REDIS_EXITED'
  | 'REDIS_NOT_READY'
  | 'REDIS_NOT_CONTROLLABLE'
  | 'REDIS_DID_NOT_STOP'
  | 'CONTAINER_ENGINE_FAILED'
  | 'LOCK_TIMEOUT'
  | 'STOP_TIMEOUT';

/** A failure of the test infrastructure (not of the code under test), with a stable code. */
export class InfrastructureError extends Error {
  constructor(
    readonly code: InfrastructureErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'InfrastructureError';
  }
}
