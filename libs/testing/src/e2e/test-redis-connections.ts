import { loadConfig } from '@sijill/config';
import { RedisConnection } from '@sijill/redis';
import { Cluster } from 'ioredis';

/**
 * Redis connections for integration specs, each of its own (as separate service instances would
 * have), on the provisioned Redis under a key prefix; `closeAll` in `afterAll`.
 */
export class TestRedisConnections {
  private readonly open: RedisConnection[] = [];

  async connect(keyPrefix: string): Promise<RedisConnection> {
    const config = loadConfig(
      {
        REDIS_URL: process.env.REDIS_URL,
        REDIS_CLUSTER: process.env.REDIS_CLUSTER,
        REDIS_KEY_PREFIX: keyPrefix,
      },
      { name: 'test', httpPort: 0 },
    );
    const connection = new RedisConnection(config);
    this.open.push(connection);
    await connection.whenReady(5_000);
    return connection;
  }

  /** The keys matching a pattern, on every master when Redis is a cluster. */
  async keys(connection: RedisConnection, pattern: string): Promise<string[]> {
    const { client } = connection;
    const nodes = client instanceof Cluster ? client.nodes('master') : [client];
    return (await Promise.all(nodes.map((node) => node.keys(pattern)))).flat();
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.open.splice(0).map((c) => c.onApplicationShutdown()));
  }
}
