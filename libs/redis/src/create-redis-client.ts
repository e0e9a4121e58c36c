import type { RedisConfig } from '@sijill/config';
import Redis, { Cluster, type RedisOptions } from 'ioredis';
import { definedOnly } from '@sijill/contracts';

/** A client of a single Redis or of a Redis Cluster: both run Sijill's scripts and pipelines. */
export type RedisClient = Redis | Cluster;

/**
 * An ioredis client that fails fast instead of queueing: no offline queue and a command timeout, so
 * a Redis outage surfaces as an error the caller retries (never as a silent wait or a lost write).
 * It reconnects forever with capped backoff. With `cluster`, the URL names one node and the client
 * discovers the others; each Lua script's keys share a hash tag, so each runs on one node.
 */
export function createRedisClient(config: RedisConfig, connectionName: string): RedisClient {
  const retryStrategy = (attempt: number) => Math.min(100 * 2 ** attempt, 2_000);
  const connection: RedisOptions = {
    ...definedOnly({ username: config.username, password: config.password }),
    ...(config.tls ? { tls: {} } : {}),
    connectionName,
    commandTimeout: config.commandTimeoutMs,
    connectTimeout: config.commandTimeoutMs,
  };
  if (!config.cluster) {
    return new Redis(config.url, {
      ...connection,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy,
      lazyConnect: false,
    });
  }
  const url = new URL(config.url);
  // The cluster client connects to each node lazily and queues on those connections until they
  // are up; failing fast is the cluster client's own offline queue, switched off.
  return new Cluster([{ host: url.hostname, port: Number(url.port || 6379) }], {
    redisOptions: connection,
    enableOfflineQueue: false,
    clusterRetryStrategy: retryStrategy,
    lazyConnect: false,
  });
}
