import { type RedisHandle, startRedis } from './start-redis';
import { type KafkaHandle, startKafka } from './start-kafka';

/** Where a piece of infrastructure came from. */
export type InfrastructureSource = 'environment' | 'local' | 'container';

/** Kafka and Redis for a test run; `stop()` ends whatever was started (not what was given). */
export interface ProvisionedInfrastructure {
  readonly kafkaBrokers: string;
  readonly redisUrl: string;
  readonly sources: { kafka: InfrastructureSource; redis: InfrastructureSource };
  /** Absent when KAFKA_BROKERS was given. */
  readonly kafka?: KafkaHandle;
  /** Absent when REDIS_URL was given. */
  readonly redis?: RedisHandle;
  stop(): Promise<void>;
}

export interface ProvisionOptions {
  /** Defaults to process.env: KAFKA_BROKERS, REDIS_URL and SIJILL_TEST_INFRA (auto|local|container). */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/**
 * Kafka and Redis for tests: taken from KAFKA_BROKERS / REDIS_URL when set, else started in
 * containers when a container engine answers, else started locally (Kafka from Maven Central's
 * jars, Debian's redis-server). SIJILL_TEST_INFRA=local or =container skips the engine check.
 */
export async function provisionInfrastructure(
  options: ProvisionOptions = {},
): Promise<ProvisionedInfrastructure> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const givenBrokers = nonEmpty(env.KAFKA_BROKERS);
  const givenRedis = nonEmpty(env.REDIS_URL);
  const mode =
    givenBrokers !== undefined && givenRedis !== undefined ? 'local' : await chooseMode(env, log);

  const [kafka, redis] = await Promise.allSettled([
    givenBrokers === undefined ? STARTERS[mode].kafka({ log }) : Promise.resolve(undefined),
    givenRedis === undefined ? STARTERS[mode].redis({ log }) : Promise.resolve(undefined),
  ]);
  if (kafka.status === 'rejected' || redis.status === 'rejected') {
    await Promise.allSettled([
      kafka.status === 'fulfilled' ? kafka.value?.stop() : undefined,
      redis.status === 'fulfilled' ? redis.value?.destroy() : undefined,
    ]);
    throw kafka.status === 'rejected' ? kafka.reason : (redis as PromiseRejectedResult).reason;
  }
  const kafkaHandle = kafka.value;
  const redisHandle = redis.value;
  return {
    kafkaBrokers: givenBrokers ?? kafkaHandle?.brokers ?? '',
    redisUrl: givenRedis ?? redisHandle?.url ?? '',
    sources: {
      kafka: givenBrokers === undefined ? mode : 'environment',
      redis: givenRedis === undefined ? mode : 'environment',
    },
    kafka: kafkaHandle,
    redis: redisHandle,
    async stop() {
      // Clients under test disconnect from Kafka before Redis; shutting down in parallel is fine
      // here because nothing is left to serve.
      await Promise.all([kafkaHandle?.stop(), redisHandle?.destroy()]);
    },
  };
}

async function chooseMode(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<'local' | 'container'> {
  const wanted = nonEmpty(env.SIJILL_TEST_INFRA) ?? 'auto';
  switch (wanted) {
    case 'local':
    case 'container':
      return wanted;
    case 'auto': {
      const { detectContainerEngine } = await import('./start-containers');
      const found = await detectContainerEngine();
      log(
        found
          ? 'Container engine found: starting Kafka and Redis with testcontainers'
          : 'No container engine: starting Kafka and Redis locally',
      );
      return found ? 'container' : 'local';
    }
    default:
      throw new Error(`SIJILL_TEST_INFRA must be auto, local or container, not "${wanted}"`);
  }
}

/** Kafka and Redis started in `mode`: local processes, or containers (loaded only when asked for). */
const STARTERS = {
  local: { kafka: startKafka, redis: startRedis },
  container: {
    kafka: async (options) => (await import('./start-containers')).startKafkaContainer(options),
    redis: async (options) => (await import('./start-containers')).startRedisContainer(options),
  },
} satisfies Record<
  'local' | 'container',
  {
    kafka: (options: { log: (line: string) => void }) => Promise<KafkaHandle>;
    redis: (options: { log: (line: string) => void }) => Promise<RedisHandle>;
  }
>;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
