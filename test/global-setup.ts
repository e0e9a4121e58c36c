// Provisions Kafka and Redis once per jest run (integration and end-to-end projects). Workers start
// after this and inherit the variables set here.
//
// Imports reach into libs/testing/src/infra directly: jest does not apply moduleNameMapper to
// globalSetup, so neither `@sijill/testing` nor anything that index pulls in through path aliases
// would resolve here. The infra folder only uses relative imports and packages.
import { KAFKA_CONTROL_ENV } from '../libs/testing/src/infra/control-kafka';
import { REDIS_CONTROL_ENV } from '../libs/testing/src/infra/control-redis';
import { readInfraState } from '../libs/testing/src/infra/infra-state-file';
import {
  type KafkaDescriptor,
  type RedisDescriptor,
} from '../libs/testing/src/infra/infra-state.schema';
import {
  provisionInfrastructure,
  type ProvisionedInfrastructure,
} from '../libs/testing/src/infra/provision-infrastructure';

declare global {
  var __sijillInfrastructure: ProvisionedInfrastructure | undefined;
}

export default async function globalSetup(): Promise<void> {
  const log = (line: string): void => {
    process.stderr.write(`[test infra] ${line}\n`);
  };
  const startedAt = Date.now();
  const infrastructure = await provisionInfrastructure({ log });
  globalThis.__sijillInfrastructure = infrastructure;
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.REDIS_URL = infrastructure.redisUrl;
  const redisControl = infrastructure.redis?.describe() ?? recordedRedis(infrastructure.redisUrl);
  if (redisControl === undefined) delete process.env[REDIS_CONTROL_ENV];
  else process.env[REDIS_CONTROL_ENV] = JSON.stringify(redisControl);
  const kafkaControl =
    infrastructure.kafka?.describe() ?? recordedKafka(infrastructure.kafkaBrokers);
  if (kafkaControl === undefined) delete process.env[KAFKA_CONTROL_ENV];
  else process.env[KAFKA_CONTROL_ENV] = JSON.stringify(kafkaControl);
  log(
    `Kafka ${infrastructure.kafkaBrokers} (${infrastructure.sources.kafka}), ` +
      `Redis ${infrastructure.redisUrl} (${infrastructure.sources.redis}) in ${Date.now() - startedAt} ms`,
  );
}

/** A REDIS_URL from `npm run infra:up` stays controllable by tests through its recorded state. */
function recordedRedis(redisUrl: string): RedisDescriptor | undefined {
  const state = readInfraState();
  return state?.redis.url === redisUrl ? state.redis : undefined;
}

/** Likewise for KAFKA_BROKERS from `npm run infra:up`. */
function recordedKafka(brokers: string): KafkaDescriptor | undefined {
  const state = readInfraState();
  return state?.kafka.brokers === brokers ? state.kafka : undefined;
}
