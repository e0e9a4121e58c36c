import { loadConfig } from '@sijill/config';
import { RedisConnection } from '@sijill/redis';

/**
 * Redis connections for integration specs, each of its own (as separate service instances would
 * have), on the provisioned Redis under a key prefix; `closeAll` in `afterAll`.
 */
export class TestRedisConnections {
  private readonly open: RedisConnection[] = [];

  async connect(keyPrefix: string): Promise<RedisConnection> {
    const config = loadConfig(
      { REDIS_URL: process.env.REDIS_URL, REDIS_KEY_PREFIX: keyPrefix },
      { name: 'test', httpPort: 0 },
    );
    const connection = new RedisConnection(config);
    this.open.push(connection);
    await connection.whenReady(5_000);
    return connection;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.open.splice(0).map((c) => c.onApplicationShutdown()));
  }
}
