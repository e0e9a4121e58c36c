// Stops the Redis Cluster test/redis-cluster-setup.ts started.
export default async function redisClusterTeardown(): Promise<void> {
  const cluster = globalThis.__sijillRedisCluster;
  globalThis.__sijillRedisCluster = undefined;
  await cluster?.destroy();
}
