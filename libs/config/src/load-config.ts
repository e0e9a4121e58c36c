import { topicMap } from '@sijill/contracts';
import { ConfigError } from './config.error';
import { EnvironmentSchema, type Environment } from './config.schema';
import type { SijillConfig } from './sijill-config';

export interface ServiceDefaults {
  readonly name: string;
  readonly httpPort: number;
}

/** Validates the environment into one typed config; every bad variable is reported together. */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  service: ServiceDefaults,
): SijillConfig {
  const present = Object.fromEntries(
    Object.keys(EnvironmentSchema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = EnvironmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`),
    );
  }
  const problems = crossFieldProblems(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems);
  return toConfig(parsed.data, service);
}

function crossFieldProblems(e: Environment): string[] {
  const problems: string[] = [];
  if (e.KAFKA_HEARTBEAT_INTERVAL_MS * 3 > e.KAFKA_SESSION_TIMEOUT_MS) {
    problems.push(
      'KAFKA_HEARTBEAT_INTERVAL_MS: must be at most a third of KAFKA_SESSION_TIMEOUT_MS',
    );
  }
  if (e.KAFKA_SASL_MECHANISM && (!e.KAFKA_SASL_USERNAME || !e.KAFKA_SASL_PASSWORD)) {
    problems.push('KAFKA_SASL_MECHANISM: needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
  }
  return problems;
}

function toConfig(e: Environment, service: ServiceDefaults): SijillConfig {
  const redisUrl = new URL(e.REDIS_URL);
  const sasl =
    e.KAFKA_SASL_MECHANISM && e.KAFKA_SASL_USERNAME && e.KAFKA_SASL_PASSWORD
      ? {
          mechanism: e.KAFKA_SASL_MECHANISM,
          username: e.KAFKA_SASL_USERNAME,
          password: e.KAFKA_SASL_PASSWORD,
        }
      : undefined;
  return {
    service: {
      name: service.name,
      instanceId: e.SIJILL_INSTANCE_ID,
      http: {
        host: e.SIJILL_HTTP_HOST,
        port: e.SIJILL_HTTP_PORT ?? service.httpPort,
        headersTimeoutMs: e.SIJILL_HTTP_HEADERS_TIMEOUT_MS,
        requestTimeoutMs: e.SIJILL_HTTP_REQUEST_TIMEOUT_MS,
        idleTimeoutMs: e.SIJILL_HTTP_IDLE_TIMEOUT_MS,
      },
      shutdownTimeoutMs: e.SIJILL_SHUTDOWN_TIMEOUT_MS,
    },
    consumer: {
      messageTimeoutMs: e.SIJILL_MESSAGE_TIMEOUT_MS,
      maxAttempts: e.SIJILL_MESSAGE_MAX_ATTEMPTS,
      stallTimeoutMs: e.SIJILL_STALL_TIMEOUT_MS,
      maxRestarts: e.SIJILL_CONSUMER_MAX_RESTARTS,
      injectedCrashes: e.SIJILL_FAULT_CONSUMER_CRASHES,
    },
    kafka: {
      brokers: e.KAFKA_BROKERS,
      clientId: e.KAFKA_CLIENT_ID,
      ssl: e.KAFKA_SSL ? { rejectUnauthorized: e.KAFKA_SSL_REJECT_UNAUTHORIZED } : false,
      ...(sasl ? { sasl } : {}),
      connectionTimeoutMs: e.KAFKA_CONNECTION_TIMEOUT_MS,
      fetchMaxWaitMs: e.KAFKA_FETCH_MAX_WAIT_MS,
      sessionTimeoutMs: e.KAFKA_SESSION_TIMEOUT_MS,
      heartbeatIntervalMs: e.KAFKA_HEARTBEAT_INTERVAL_MS,
      compression: e.KAFKA_COMPRESSION,
      topics: topicMap(e.SIJILL_TOPIC_NAMESPACE),
      consumerGroup: `${e.SIJILL_TOPIC_NAMESPACE === '' ? '' : `${e.SIJILL_TOPIC_NAMESPACE}.`}sijill-${service.name}`,
      partitions: e.SIJILL_TOPIC_PARTITIONS,
      replicationFactor: e.SIJILL_TOPIC_REPLICATION_FACTOR,
    },
    redis: {
      url: e.REDIS_URL,
      ...(e.REDIS_USERNAME ? { username: e.REDIS_USERNAME } : {}),
      ...(e.REDIS_PASSWORD ? { password: e.REDIS_PASSWORD } : {}),
      tls: e.REDIS_TLS ?? redisUrl.protocol === 'rediss:',
      cluster: e.REDIS_CLUSTER,
      keyPrefix: e.REDIS_KEY_PREFIX,
      commandTimeoutMs: e.REDIS_COMMAND_TIMEOUT_MS,
    },
    intake: {
      maxBodyBytes: e.SIJILL_MAX_BODY_BYTES,
      dedupTtlSeconds: e.SIJILL_DEDUP_TTL_SECONDS,
      nearDuplicateThreshold: e.SIJILL_NEAR_DUPLICATE_THRESHOLD,
      maxFutureSkewSeconds: e.SIJILL_MAX_FUTURE_SKEW_SECONDS,
      normalisationThreads: e.SIJILL_NORMALISATION_THREADS,
    },
    extraction: { maxChars: e.SIJILL_MAX_EXTRACTED_CHARS, threads: e.SIJILL_EXTRACTION_THREADS },
    gateway: {
      ...(e.SIJILL_GATEWAY_TOKEN ? { token: e.SIJILL_GATEWAY_TOKEN } : {}),
      maxRequestBytes: e.SIJILL_GATEWAY_MAX_REQUEST_BYTES,
      maxStreamClients: e.SIJILL_GATEWAY_MAX_STREAM_CLIENTS,
    },
    log: { level: e.LOG_LEVEL },
  };
}
