// This file imports nothing: the test infrastructure loads it by a relative path in Jest's global
// set-up, where the `@sijill/*` paths are not mapped.

/** An error as a log field: what it says, its stable code, and what caused it. */
export interface DescribedError {
  readonly type?: string;
  readonly message: string;
  readonly code?: string | number;
  readonly cause?: DescribedError;
}

const MAX_MESSAGE_CHARS = 1_000;
const MAX_CAUSE_DEPTH = 4;

/**
 * Turns anything thrown into plain log fields: name, message, code (Node's `code`, kafkajs's
 * `type`, ioredis's command errors) and its cause chain. Never `[object Object]`: an object that
 * is not an Error is written as JSON, cut to a bounded length.
 */
export function describeError(error: unknown, depth = 0): DescribedError {
  if (!(error instanceof Error)) return { message: cut(stringify(error)) };
  const extra = error as Error & { code?: unknown; type?: unknown; cause?: unknown };
  const code = [extra.code, extra.type].find(
    (c): c is string | number => typeof c === 'string' || typeof c === 'number',
  );
  const cause =
    extra.cause === undefined || depth >= MAX_CAUSE_DEPTH
      ? undefined
      : describeError(extra.cause, depth + 1);
  return {
    type: error.name,
    message: cut(error.message === '' ? stringify(error) : error.message),
    ...(code === undefined ? {} : { code }),
    ...(cause === undefined ? {} : { cause }),
  };
}

/** What an error says, as one line for a message: `no error reported` when there is none. */
export function describeErrorMessage(error: unknown): string {
  return error === undefined ? 'no error reported' : describeError(error).message;
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function cut(text: string): string {
  return text.length <= MAX_MESSAGE_CHARS ? text : `${text.slice(0, MAX_MESSAGE_CHARS)}…`;
}
