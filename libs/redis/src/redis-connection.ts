import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { SijillConfig } from '@sijill/config';
import type Redis from 'ioredis';
import { createRedisClient } from './create-redis-client';

/**
 * The service's Redis client. It closes in the shutdown phase, after the Kafka consumers have
 * stopped and committed, so in-flight messages can still reach Redis.
 */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  private readonly log = new Logger(RedisConnection.name);
  readonly client: Redis;
  readonly keyPrefix: string;

  constructor(config: SijillConfig) {
    this.client = createRedisClient(config.redis, `sijill-${config.service.name}`);
    this.keyPrefix = config.redis.keyPrefix;
    this.client.on('error', (error: Error) => {
      this.log.warn({ err: { name: error.name, message: error.message } }, 'Redis client error');
    });
  }

  async ping(): Promise<void> {
    const answer = await this.client.ping();
    if (answer !== 'PONG') throw new Error(`Redis answered ${String(answer)} to PING`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
