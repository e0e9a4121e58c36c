import { randomBytes } from 'node:crypto';
import { buildBrokerProperties, toKafkaImageEnvironment } from './build-broker-properties';
import { findFreePorts } from './find-free-ports';
import { InfrastructureError } from './infrastructure.error';
// Relative, not @sijill/logging: Jest's global set-up loads this file without the path mapper.
import { describeErrorMessage } from '../../../logging/src/describe-error';
import { REDIS_PERSISTENCE_ARGS, redisHandle, type RedisHandle } from './start-redis';
import { type KafkaHandle } from './start-kafka';
import { waitForKafka } from './wait-for-kafka';

export const KAFKA_IMAGE = 'apache/kafka:3.9.1';
export const REDIS_IMAGE = 'redis:7';

/**
 * Whether a container engine answers, decided quickly: testcontainers tries its strategies (env,
 * ~/.testcontainers.properties, sockets) and the whole check is capped so a dead DOCKER_HOST
 * cannot hang the test run.
 */
export async function detectContainerEngine(timeoutMs = 8_000): Promise<boolean> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([
      getContainerRuntimeClient().then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Kafka in the apache/kafka image with the same single-node settings as the local broker. The host
 * port is fixed before start because the broker must advertise the address clients will use.
 */
export async function startKafkaContainer(
  options: { log?: (line: string) => void } = {},
): Promise<KafkaHandle> {
  const { GenericContainer, Wait, host, hostPort } = await prepareContainer();
  const brokers = `${host}:${hostPort}`;
  const properties = buildBrokerProperties({
    listenHost: '0.0.0.0',
    brokerPort: 9092,
    controllerPort: 9093,
    advertised: brokers,
    logDir: '/tmp/kraft-combined-logs',
  });
  const started = await startContainer(KAFKA_IMAGE, () =>
    new GenericContainer(KAFKA_IMAGE)
      .withExposedPorts({ container: 9092, host: hostPort })
      .withEnvironment({
        ...toKafkaImageEnvironment(properties),
        CLUSTER_ID: randomBytes(16).toString('base64url'),
        KAFKA_HEAP_OPTS: '-Xmx768m -Xms128m',
      })
      .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
      .withStartupTimeout(180_000)
      .start(),
  );
  const ready = await waitForKafka(brokers, { timeoutMs: 120_000 });
  if (ready.kind !== 'done') {
    await started.stop();
    throw new InfrastructureError('KAFKA_NOT_READY', `Kafka in ${KAFKA_IMAGE} was not ready`);
  }
  options.log?.(`Kafka (${KAFKA_IMAGE}) ready on ${brokers}`);
  return {
    brokers,
    describe: () => ({ kind: 'container', brokers, containerId: started.getId() }),
    async stop() {
      await started.stop();
    },
  };
}

/** Redis in a container on a fixed host port, so stop/start keeps its URL; /data keeps the AOF. */
export async function startRedisContainer(
  options: { log?: (line: string) => void } = {},
): Promise<RedisHandle> {
  const { GenericContainer, Wait, host, hostPort } = await prepareContainer();
  const started = await startContainer(REDIS_IMAGE, () =>
    new GenericContainer(REDIS_IMAGE)
      .withCommand(['redis-server', ...REDIS_PERSISTENCE_ARGS])
      .withExposedPorts({ container: 6379, host: hostPort })
      .withWaitStrategy(Wait.forLogMessage(/Ready to accept connections/))
      .start(),
  );
  const url = `redis://${host}:${hostPort}`;
  options.log?.(`Redis (${REDIS_IMAGE}) ready on ${url}`);
  return redisHandle(
    { kind: 'container', url, host, port: hostPort, containerId: started.getId() },
    async () => {
      await started.stop();
    },
  );
}

/** The testcontainers API, the engine's host and a free host port for the container's service. */
async function prepareContainer() {
  const { GenericContainer, Wait, getContainerRuntimeClient } = await import('testcontainers');
  const host = (await getContainerRuntimeClient()).info.containerRuntime.host;
  const [hostPort] = await findFreePorts(1);
  if (hostPort === undefined) throw new Error('No free port');
  return { GenericContainer, Wait, host, hostPort };
}

/** Starts a container, reporting an engine that cannot start it with a stable code. */
async function startContainer<T>(image: string, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    throw new InfrastructureError(
      'CONTAINER_ENGINE_FAILED',
      `Cannot start ${image}: ${describeErrorMessage(error)}`,
      { cause: error },
    );
  }
}
