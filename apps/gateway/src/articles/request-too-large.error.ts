/** A request body larger than the gateway accepts (`SIJILL_GATEWAY_MAX_REQUEST_BYTES`). */
export class RequestTooLargeError extends Error {
  readonly code = 'REQUEST_TOO_LARGE';

  constructor(
    readonly limitBytes: number,
    readonly declaredBytes?: number,
  ) {
    super(
      declaredBytes === undefined
        ? `The request body is larger than the limit of ${limitBytes} bytes.`
        : `The request body has ${declaredBytes} bytes; the limit is ${limitBytes}.`,
    );
    this.name = 'RequestTooLargeError';
  }
}
