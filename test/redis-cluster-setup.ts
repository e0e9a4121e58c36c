// Starts a local three-master Redis Cluster for the `redis-cluster` jest project, which runs the
// Redis integration specs against it. Relative imports only: jest applies no path aliases here.
import {
  type RedisClusterHandle,
  startRedisCluster,
} from '../libs/testing/src/infra/start-redis-cluster';

declare global {
  var __sijillRedisCluster: RedisClusterHandle | undefined;
}

export default async function redisClusterSetup(): Promise<void> {
  const cluster = await startRedisCluster({
    log: (line) => void process.stderr.write(`[test infra] ${line}\n`),
  });
  globalThis.__sijillRedisCluster = cluster;
  process.env.REDIS_URL = cluster.url;
  process.env.REDIS_CLUSTER = 'true';
}
