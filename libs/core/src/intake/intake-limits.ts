/** Limits applied when decoding a message at intake. */
export interface IntakeLimits {
  /** Largest body accepted, in UTF-8 bytes (default 2 MiB). */
  readonly maxBodyBytes: number;
}

/** Room for the fields around the body before a message is refused unread. */
export const ENVELOPE_ALLOWANCE_BYTES = 64 * 1024;
