import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { InfrastructureError } from './infrastructure.error';
import { pollUntil } from './poll-until';
import { type RedisHandle, startRedis } from './start-redis';

const run = promisify(execFile);

/** A local Redis Cluster for tests; `url` names one of its masters. */
export interface RedisClusterHandle {
  readonly url: string;
  readonly nodes: readonly RedisHandle[];
  destroy(): Promise<void>;
}

/**
 * Starts three `redis-server` masters with cluster mode on free loopback ports, joins them with
 * `redis-cli --cluster create` (no replicas) and resolves once every node reports the cluster ok.
 */
export async function startRedisCluster(
  options: { log?: (line: string) => void; masters?: number } = {},
): Promise<RedisClusterHandle> {
  const started = await Promise.allSettled(
    Array.from({ length: options.masters ?? 3 }, () => startRedis({ clusterNode: true })),
  );
  const nodes = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const destroy = async () => void (await Promise.all(nodes.map((node) => node.destroy())));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed !== undefined) {
    await destroy();
    throw failed.reason;
  }
  const addresses = nodes.map((node) => new URL(node.url).host);
  try {
    await run('redis-cli', [
      '--cluster',
      'create',
      ...addresses,
      '--cluster-replicas',
      '0',
      '--cluster-yes',
    ]);
    const ready = await pollUntil(
      async () => ((await Promise.all(addresses.map(clusterOk))).every(Boolean) ? true : undefined),
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    if (ready.kind !== 'done') {
      throw new InfrastructureError('REDIS_NOT_READY', 'The Redis Cluster did not become ok');
    }
  } catch (error) {
    await destroy();
    throw error;
  }
  const url = nodes[0]?.url ?? '';
  options.log?.(`Redis Cluster ready on ${addresses.join(', ')}`);
  return { url, nodes, destroy };
}

async function clusterOk(address: string): Promise<boolean> {
  const [host = '', port = ''] = address.split(':');
  const { stdout } = await run('redis-cli', ['-h', host, '-p', port, 'cluster', 'info']);
  return stdout.includes('cluster_state:ok');
}
