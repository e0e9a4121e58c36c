import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { SijillConfig } from '@sijill/config';
import { describeError } from '@sijill/logging';
import { createRedisClient, type RedisClient } from './create-redis-client';

/**
 * The service's Redis client. It closes in the shutdown phase, after the Kafka consumers have
 * stopped and committed, so in-flight messages can still reach Redis.
 */
@Injectable()
export class RedisConnection implements OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger(RedisConnection.name);
  readonly client: RedisClient;
  readonly keyPrefix: string;
  private readonly connectTimeoutMs: number;

  constructor(config: SijillConfig) {
    this.connectTimeoutMs = config.redis.commandTimeoutMs;
    this.client = createRedisClient(config.redis, `sijill-${config.service.name}`);
    this.keyPrefix = config.redis.keyPrefix;
    this.client.on('error', (error: Error) => {
      this.log.warn({ error: describeError(error) }, 'Redis client error');
    });
  }

  /**
   * Resolves once connected, or after `timeoutMs` either way: commands fail fast while Redis is
   * away (no offline queue), and callers retry them, so a slow Redis must not block a boot.
   */
  async whenReady(timeoutMs: number): Promise<boolean> {
    if (this.client.status === 'ready') return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), timeoutMs);
      const onReady = () => finish(true);
      const finish = (ready: boolean) => {
        clearTimeout(timer);
        this.client.off('ready', onReady);
        resolve(ready);
      };
      this.client.once('ready', onReady);
    });
  }

  async onModuleInit(): Promise<void> {
    if (!(await this.whenReady(this.connectTimeoutMs))) {
      this.log.warn({ timeoutMs: this.connectTimeoutMs }, 'Redis not ready at start; carrying on');
    }
  }

  async ping(): Promise<void> {
    const answer = await this.client.ping();
    if (answer !== 'PONG') throw new Error(`Redis answered ${String(answer)} to PING`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
