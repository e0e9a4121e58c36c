import type { Logger } from '@nestjs/common';
import { describeError } from '@sijill/logging';

const ATTEMPTS = 60;
const MAX_PAUSE_MS = 2_000;

/**
 * Retries a start-up call while kafkajs marks its failure retriable (a broker not up yet, a topic
 * created a moment ago not yet in a broker's metadata, a leader being elected, the group
 * coordinator not available), with backoff up to 2 s, for about two minutes; other errors and the
 * last failure are thrown. A failure kafkajs gave up on after its own retries
 * (`KafkaJSNumberOfRetriesExceeded`, not retriable itself) is retried when what caused it is.
 */
export async function retryWhileRetriable<T>(action: () => Promise<T>, log: Logger): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (!isRetriable(error) || attempt >= ATTEMPTS) throw error;
      log.warn({ attempt, error: describeError(error) }, 'Kafka not ready yet; retrying');
      const pauseMs = Math.min(MAX_PAUSE_MS, 100 * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}

const MAX_CAUSE_DEPTH = 5;

/** Whether kafkajs marks the error, or an error in its cause chain, retriable. */
export function isRetriable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth <= MAX_CAUSE_DEPTH && current instanceof Error; depth++) {
    if ((current as { retriable?: unknown }).retriable === true) return true;
    current = current.cause;
  }
  return false;
}
