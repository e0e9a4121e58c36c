import { InfrastructureError } from './infrastructure.error';
import { redisDescriptorSchema, type RedisDescriptor } from './infra-state.schema';
import { pingRedis, type RedisPingOutcome } from './ping-redis';
import { pollUntil } from './poll-until';
import { readControlDescriptor } from './read-control-descriptor';
import type { ServerControl } from './server-control';
import { signalSupervisor } from './start-supervised';

/** Environment variable through which the jest global setup hands Redis control to the workers. */
export const REDIS_CONTROL_ENV = 'SIJILL_TEST_REDIS_CONTROL';

const TRANSITION_TIMEOUT_MS = 30_000;

/**
 * Takes a provisioned Redis down and brings it back on the same port with its data (AOF): `start`
 * resolves once it answers PING again.
 */
export interface RedisControl extends ServerControl {
  readonly url: string;
}

/** Control over the Redis a descriptor names, usable from any process on this machine. */
export function controlRedis(descriptor: RedisDescriptor): RedisControl {
  const waitFor = async (wanted: (outcome: RedisPingOutcome) => boolean, what: string) => {
    const outcome = await pollUntil(
      async () => (wanted(await pingRedis(descriptor.host, descriptor.port)) ? true : undefined),
      { timeoutMs: TRANSITION_TIMEOUT_MS, intervalMs: 50 },
    );
    if (outcome.kind !== 'done') {
      throw new InfrastructureError(
        what === 'stop' ? 'REDIS_DID_NOT_STOP' : 'REDIS_NOT_READY',
        `Redis at ${descriptor.url} did not ${what} within ${TRANSITION_TIMEOUT_MS} ms`,
      );
    }
  };
  switch (descriptor.kind) {
    case 'process': {
      const signal = (name: 'SIGUSR1' | 'SIGUSR2'): void =>
        signalSupervisor(descriptor.supervisorPid, name, {
          what: `Redis at ${descriptor.url}`,
          code: 'REDIS_NOT_CONTROLLABLE',
        });
      return {
        url: descriptor.url,
        async stop() {
          signal('SIGUSR2');
          await waitFor((outcome) => outcome === 'refused', 'stop');
        },
        async start() {
          signal('SIGUSR1');
          await waitFor((outcome) => outcome === 'pong', 'start');
        },
      };
    }
    case 'container': {
      const container = async () => {
        const { getContainerRuntimeClient } = await import('testcontainers');
        const client = await getContainerRuntimeClient();
        return { client, container: client.container.getById(descriptor.containerId) };
      };
      return {
        url: descriptor.url,
        async stop() {
          const { client, container: redis } = await container();
          await client.container.stop(redis, { timeout: 10 });
          await waitFor((outcome) => outcome !== 'pong', 'stop');
        },
        async start() {
          const { client, container: redis } = await container();
          await client.container.start(redis);
          await waitFor((outcome) => outcome === 'pong', 'start');
        },
      };
    }
  }
}

/** Control over the Redis the jest global setup provisioned, or undefined when it was given. */
export function findProvisionedRedisControl(): RedisControl | undefined {
  const descriptor = readControlDescriptor(
    REDIS_CONTROL_ENV,
    redisDescriptorSchema,
    'REDIS_NOT_CONTROLLABLE',
    'Redis',
  );
  return descriptor === undefined ? undefined : controlRedis(descriptor);
}

/**
 * Control over the Redis the jest global setup provisioned (stop it, start it again on the same
 * port with its data). Works from any jest worker. Throws when REDIS_URL was given from outside
 * and no `npm run infra:up` state names it.
 */
export function controlProvisionedRedis(): RedisControl {
  const control = findProvisionedRedisControl();
  if (control === undefined) {
    throw new InfrastructureError(
      'REDIS_NOT_CONTROLLABLE',
      'This Redis was not provisioned by the test run (REDIS_URL was given), so tests cannot stop it',
    );
  }
  return control;
}
