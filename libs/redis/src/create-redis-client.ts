import type { RedisConfig } from '@sijill/config';
import Redis from 'ioredis';

/**
 * An ioredis client that fails fast instead of queueing: no offline queue and a command timeout, so
 * a Redis outage surfaces as an error the caller retries (never as a silent wait or a lost write).
 * It reconnects forever with capped backoff.
 */
export function createRedisClient(config: RedisConfig, connectionName: string): Redis {
  return new Redis(config.url, {
    ...(config.username === undefined ? {} : { username: config.username }),
    ...(config.password === undefined ? {} : { password: config.password }),
    ...(config.tls ? { tls: {} } : {}),
    connectionName,
    commandTimeout: config.commandTimeoutMs,
    connectTimeout: config.commandTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2_000),
    lazyConnect: false,
  });
}
