import { setTimeout as delay } from 'node:timers/promises';

/** What waiting for a condition came to: the value, a deadline passed, or a reason to give up early. */
export type PollOutcome<T> =
  | { kind: 'done'; value: T; elapsedMs: number }
  | { kind: 'timed-out'; elapsedMs: number; lastError: unknown }
  | { kind: 'aborted'; elapsedMs: number; reason: string };

export interface PollOptions {
  timeoutMs: number;
  intervalMs: number;
  /** Checked before every attempt; a reason stops the wait (for example: the server process exited). */
  abortReason?: () => string | undefined;
}

/**
 * Calls `attempt` (sync or async) until it yields a value (not `undefined`), the deadline passes or `abortReason`
 * gives a reason. A throwing attempt counts as "not yet"; its error is kept for the report.
 */
export async function pollUntil<T>(
  attempt: () => T | undefined | Promise<T | undefined>,
  options: PollOptions,
): Promise<PollOutcome<T>> {
  const startedAt = Date.now();
  const deadline = startedAt + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    const reason = options.abortReason?.();
    if (reason !== undefined) return { kind: 'aborted', elapsedMs: Date.now() - startedAt, reason };
    try {
      const value = await attempt();
      if (value !== undefined) return { kind: 'done', value, elapsedMs: Date.now() - startedAt };
    } catch (error) {
      lastError = error;
    }
    const remainingMs = deadline - Date.now();
    if (remainingMs <= 0)
      return { kind: 'timed-out', elapsedMs: Date.now() - startedAt, lastError };
    await delay(Math.min(options.intervalMs, remainingMs));
  }
}
