/** Where the core gets the time: passed in, so the core stays deterministic under test. */
export abstract class Clock {
  abstract now(): Date;
}
