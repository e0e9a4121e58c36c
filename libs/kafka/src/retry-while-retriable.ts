import type { Logger } from '@nestjs/common';
import { describeError } from '@sijill/logging';

const ATTEMPTS = 60;
const MAX_PAUSE_MS = 2_000;

/**
 * Retries a start-up call while kafkajs marks its failure retriable (a broker not up yet, a topic
 * created a moment ago not yet in a broker's metadata, a leader being elected, the group
 * coordinator not available), with backoff up to 2 s, for about two minutes; other errors and the
 * last failure are thrown.
 */
export async function retryWhileRetriable<T>(action: () => Promise<T>, log: Logger): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      const retriable = (error as { retriable?: unknown }).retriable === true;
      if (!retriable || attempt >= ATTEMPTS) throw error;
      log.warn({ attempt, error: describeError(error) }, 'Kafka not ready yet; retrying');
      const pauseMs = Math.min(MAX_PAUSE_MS, 100 * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
