import { randomBytes } from 'node:crypto';
import { topicMap, type TopicMap } from '@sijill/contracts';

/** Connection details and an isolated namespace (topics, consumer groups, Redis keys) for one test. */
export interface TestEnvironment {
  readonly brokers: string;
  readonly redisUrl: string;
  readonly namespace: string;
  readonly topics: TopicMap;
  /** Environment variables that point a service process at this test's namespace. */
  readonly serviceEnv: Readonly<Record<string, string>>;
}

export function testEnvironment(label: string): TestEnvironment {
  const brokers = process.env.KAFKA_BROKERS;
  const redisUrl = process.env.REDIS_URL;
  if (!brokers || !redisUrl) {
    throw new Error('KAFKA_BROKERS and REDIS_URL must be set (the global setup provisions them).');
  }
  const namespace = `t-${label}-${randomBytes(4).toString('hex')}`;
  return {
    brokers,
    redisUrl,
    namespace,
    topics: topicMap(namespace),
    serviceEnv: {
      KAFKA_BROKERS: brokers,
      REDIS_URL: redisUrl,
      SIJILL_TOPIC_NAMESPACE: namespace,
      REDIS_KEY_PREFIX: `${namespace}:`,
      SIJILL_TOPIC_PARTITIONS: '3',
      KAFKA_SESSION_TIMEOUT_MS: '8000',
    },
  };
}
