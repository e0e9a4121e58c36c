import type { Logger } from '@nestjs/common';

const ATTEMPTS = 40;
const PAUSE_MS = 250;

/**
 * Retries a start-up call while kafkajs marks its failure retriable (a topic created a moment ago
 * not yet in a broker's metadata, a leader being elected), for about ten seconds; other errors and
 * the last failure are thrown.
 */
export async function retryWhileRetriable<T>(action: () => Promise<T>, log: Logger): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      const retriable = (error as { retriable?: unknown }).retriable === true;
      if (!retriable || attempt >= ATTEMPTS) throw error;
      const message = error instanceof Error ? error.message : String(error);
      log.warn({ attempt, err: { message } }, 'Kafka not ready yet; retrying');
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  }
}
