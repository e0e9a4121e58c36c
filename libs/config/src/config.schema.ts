import { hostname } from 'node:os';
import { z } from 'zod';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const positiveInt = z.coerce.number().int().positive();
const port = z.coerce.number().int().min(0).max(65_535);
const brokerList = z
  .string()
  .min(1)
  .transform((s) => s.split(',').map((b) => b.trim()))
  .pipe(z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'expected host:port')).min(1));

/** Every environment variable Sijill reads, with its default. `.env.example` mirrors this list. */
export const EnvironmentSchema = z.object({
  KAFKA_BROKERS: brokerList.default(['127.0.0.1:9092']),
  KAFKA_CLIENT_ID: z.string().min(1).default('sijill'),
  KAFKA_SSL: boolean.default(false),
  KAFKA_SSL_REJECT_UNAUTHORIZED: boolean.default(true),
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),
  KAFKA_CONNECTION_TIMEOUT_MS: positiveInt.default(3_000),
  KAFKA_FETCH_MAX_WAIT_MS: positiveInt.default(100),
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).default(10_000),
  KAFKA_HEARTBEAT_INTERVAL_MS: positiveInt.default(1_000),
  KAFKA_COMPRESSION: z.enum(['none', 'gzip', 'snappy', 'lz4', 'zstd']).default('none'),
  SIJILL_TOPIC_NAMESPACE: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'letters, digits, dot, dash and underscore only')
    .default(''),
  SIJILL_TOPIC_PARTITIONS: positiveInt.default(6),
  SIJILL_TOPIC_REPLICATION_FACTOR: z.coerce.number().int().min(-1).default(-1),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  REDIS_USERNAME: z.string().optional(),
  REDIS_PASSWORD: z.string().optional(),
  REDIS_TLS: boolean.optional(),
  REDIS_CLUSTER: boolean.default(false),
  REDIS_KEY_PREFIX: z.string().default('sijill:'),
  REDIS_COMMAND_TIMEOUT_MS: positiveInt.default(2_000),
  SIJILL_INSTANCE_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/)
    .default(() => hostname().replace(/[^A-Za-z0-9._-]/g, '-')),
  SIJILL_HTTP_PORT: port.optional(),
  SIJILL_HTTP_HOST: z.string().default('0.0.0.0'),
  SIJILL_HTTP_HEADERS_TIMEOUT_MS: positiveInt.default(10_000),
  SIJILL_HTTP_REQUEST_TIMEOUT_MS: positiveInt.default(60_000),
  SIJILL_HTTP_IDLE_TIMEOUT_MS: positiveInt.default(5_000),
  SIJILL_MAX_BODY_BYTES: positiveInt.default(2 * 1024 * 1024),
  SIJILL_DEDUP_TTL_SECONDS: positiveInt.default(7 * 24 * 3600),
  SIJILL_NEAR_DUPLICATE_THRESHOLD: z.coerce.number().gt(0).max(1).default(0.695),
  SIJILL_SHUTDOWN_TIMEOUT_MS: positiveInt.default(15_000),
  SIJILL_MESSAGE_TIMEOUT_MS: positiveInt.default(10_000),
  SIJILL_MESSAGE_MAX_ATTEMPTS: positiveInt.default(3),
  SIJILL_STALL_TIMEOUT_MS: positiveInt.default(60_000),
  SIJILL_CONSUMER_MAX_RESTARTS: positiveInt.default(10),
  SIJILL_FAULT_CONSUMER_CRASHES: z.coerce.number().int().min(0).max(100).default(0),
  SIJILL_MAX_FUTURE_SKEW_SECONDS: z.coerce.number().int().min(0).default(86_400),
  SIJILL_MAX_EXTRACTED_CHARS: positiveInt.default(30_000),
  SIJILL_EXTRACTION_THREADS: z.coerce.number().int().min(0).max(64).default(2),
  SIJILL_NORMALISATION_THREADS: z.coerce.number().int().min(0).max(64).default(1),
  SIJILL_GATEWAY_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  SIJILL_GATEWAY_MAX_REQUEST_BYTES: positiveInt.default(16 * 1024 * 1024),
  SIJILL_GATEWAY_MAX_STREAM_CLIENTS: positiveInt.default(1000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Environment = z.infer<typeof EnvironmentSchema>;
