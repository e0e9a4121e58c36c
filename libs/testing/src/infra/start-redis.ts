import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { controlRedis, type RedisControl } from './control-redis';
import { findFreePorts } from './find-free-ports';
import { type RedisDescriptor } from './infra-state.schema';
import { InfrastructureError } from './infrastructure.error';
import { pingRedis } from './ping-redis';
import { pollUntil } from './poll-until';
import { makeServerDir, superviseInDir } from './server-dir';
import { logSize, serverExitLogged } from './start-supervised';

/** A Redis started for tests: `stop()`/`start()` take it down and back; `destroy()` ends it for good. */
export interface RedisHandle extends RedisControl {
  describe(): RedisDescriptor;
  destroy(): Promise<void>;
}

export interface StartRedisOptions {
  log?: (line: string) => void;
  /** Keep running after this process exits (npm run infra:up). */
  detached?: boolean;
  preferredPort?: number;
  readyTimeoutMs?: number;
  /** Where Redis keeps its AOF, kept and reloaded across starts (npm run infra:up); else a temporary folder removed with it. */
  dir?: string;
  /** Start it as a node of a Redis Cluster, to be joined with others (see `startRedisCluster`). */
  clusterNode?: boolean;
}

const HOST = '127.0.0.1';

/** Persistence as production runs it: no RDB snapshots, an AOF synced every second, no eviction. */
export const REDIS_PERSISTENCE_ARGS: readonly string[] = [
  '--save',
  '',
  '--appendonly',
  'yes',
  '--appendfsync',
  'everysec',
  '--maxmemory-policy',
  'noeviction',
];

/**
 * Starts `redis-server` on a free loopback port with its own temporary folder, configured like
 * production (AOF, noeviction), and resolves once it answers PING.
 */
export async function startRedis(options: StartRedisOptions = {}): Promise<RedisHandle> {
  const [port] = await findFreePorts(
    1,
    options.preferredPort === undefined ? [] : [options.preferredPort],
  );
  if (port === undefined) throw new Error('No free port');
  const keepDir = options.dir !== undefined;
  const dir = options.dir ?? makeServerDir('redis');
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, 'redis.log');
  const logStart = logSize(logFile);
  const { server, destroy } = superviseInDir(dir, keepDir, {
    command: 'redis-server',
    // Arguments, not a config file: redis-server reads `--save ''` as "no RDB snapshots".
    args: [
      '--port',
      String(port),
      '--bind',
      HOST,
      '--dir',
      dir,
      ...REDIS_PERSISTENCE_ARGS,
      '--daemonize',
      'no',
      '--logfile',
      '',
      ...(options.clusterNode === true
        ? ['--cluster-enabled', 'yes', '--cluster-config-file', join(dir, 'nodes.conf')]
        : []),
    ],
    logFile,
    graceMs: 10_000,
    restartable: true,
    detached: options.detached,
  });
  const url = `redis://${HOST}:${port}`;

  const ready = await pollUntil(
    async () => ((await pingRedis(HOST, port)) === 'pong' ? true : undefined),
    {
      timeoutMs: options.readyTimeoutMs ?? 30_000,
      intervalMs: 25,
      abortReason: () => {
        const code = server.exitCode();
        if (code !== undefined) return `its supervisor exited with code ${code}`;
        return serverExitLogged(logFile, logStart) ? 'redis-server exited' : undefined;
      },
    },
  );
  if (ready.kind !== 'done') {
    const logs = readLog(logFile);
    await destroy();
    throw new InfrastructureError(
      ready.kind === 'aborted' ? 'REDIS_EXITED' : 'REDIS_NOT_READY',
      `Redis did not start on ${url}: ${ready.kind === 'aborted' ? ready.reason : 'no PONG in time'}\n${logs}`,
    );
  }
  options.log?.(`Redis ready on ${url} in ${(ready.elapsedMs / 1000).toFixed(1)} s`);
  return redisHandle(
    { kind: 'process', url, host: HOST, port, supervisorPid: server.pid, dir },
    destroy,
  );
}

/** A handle on the Redis a descriptor names; `destroy` ends it for good. */
export function redisHandle(
  descriptor: RedisDescriptor,
  destroy: () => Promise<void>,
): RedisHandle {
  const control = controlRedis(descriptor);
  return {
    url: descriptor.url,
    describe: () => descriptor,
    stop: () => control.stop(),
    start: () => control.start(),
    destroy,
  };
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '';
  }
}
