/** ioredis's own failures: the server away, a command timed out, the offline queue given up. */
const REDIS_FAULTS = new Set([
  'ReplyError',
  'MaxRetriesPerRequestError',
  'AbortError',
  'ClusterAllFailedError',
]);
const REDIS_MESSAGES = /Command timed out|Connection is closed|Stream isn't writeable|ECONNREFUSED/;

/**
 * Whether a handler's failure comes from the infrastructure (Kafka, Redis, the network), which
 * retrying will cure once it is back, rather than from the message itself (a stack overflow on
 * its HTML, a bug its content triggers), which retrying repeats for ever. Unknown errors count as
 * the message's: an infrastructure fault wrongly called a message fault dead-letters a message
 * after a few tries, the other way round stops a partition for good.
 */
export function isInfrastructureFault(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name.startsWith('KafkaJS')) return true;
  if (REDIS_FAULTS.has(error.name) || REDIS_MESSAGES.test(error.message)) return true;
  const code = (error as { code?: unknown }).code;
  // Node's system errors: ECONNRESET, ETIMEDOUT, EPIPE, ENOTFOUND …
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isInfrastructureFault(cause);
}
