import type { TopicMap } from '@sijill/contracts';

export interface KafkaConfig {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly ssl: false | { readonly rejectUnauthorized: boolean };
  readonly sasl?: {
    readonly mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512';
    readonly username: string;
    readonly password: string;
  };
  readonly connectionTimeoutMs: number;
  readonly fetchMaxWaitMs: number;
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  /** Compression of the records Sijill writes; every codec is read whatever this says. */
  readonly compression: 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
  readonly topics: TopicMap;
  /** Consumer group of this service (namespaced like the topics). */
  readonly consumerGroup: string;
  readonly partitions: number;
  readonly replicationFactor: number;
}

export interface RedisConfig {
  readonly url: string;
  readonly username?: string;
  readonly password?: string;
  readonly tls: boolean;
  /** REDIS_URL names one node of a Redis Cluster; the client discovers the others. */
  readonly cluster: boolean;
  readonly keyPrefix: string;
  readonly commandTimeoutMs: number;
}

/**
 * The one typed configuration of a Sijill process, validated at boot. Injected by this class as a
 * token, so nothing else reads the environment.
 */
export abstract class SijillConfig {
  abstract readonly service: {
    readonly name: string;
    readonly instanceId: string;
    readonly http: {
      readonly host: string;
      readonly port: number;
      /** Time a client has to send the request headers (slow-header clients are cut). */
      readonly headersTimeoutMs: number;
      /** Time a client has to send the whole request; responses such as event streams may last longer. */
      readonly requestTimeoutMs: number;
      /** How long a kept-alive connection may sit idle between requests. */
      readonly idleTimeoutMs: number;
    };
    readonly shutdownTimeoutMs: number;
  };
  /** How every consumer bounds the work on one message and watches its own progress. */
  abstract readonly consumer: {
    /** Budget of one message's handling; past it the message is dead-lettered. */
    readonly messageTimeoutMs: number;
    /** Tries of a message whose handling fails for a reason of its own, before it is dead-lettered. */
    readonly maxAttempts: number;
    /** How long a partition with lag may go without progress before the service is not ready. */
    readonly stallTimeoutMs: number;
    /** Restarts of a crashed consumer in a row before the process gives up and exits non-zero. */
    readonly maxRestarts: number;
    /**
     * Fault drills only: the first this many batches fail as an error kafkajs gives up on would
     * make them, crashing the consumer (batches of several partitions may fail in one crash)
     * before it handles anything (0, the default: never).
     */
    readonly injectedCrashes: number;
  };
  abstract readonly kafka: KafkaConfig;
  abstract readonly redis: RedisConfig;
  abstract readonly intake: {
    readonly maxBodyBytes: number;
    /** How long articles stay comparable, exact and near (the deduplication window). */
    readonly dedupTtlSeconds: number;
    readonly nearDuplicateThreshold: number;
    /** How far past its record's broker timestamp an article's `publishedAt` may lie. */
    readonly maxFutureSkewSeconds: number;
    /** Worker threads the ingestor normalises accepted articles on; 0 normalises on the event loop. */
    readonly normalisationThreads: number;
  };
  abstract readonly extraction: {
    /** Characters of one article's text that extraction reads at most. */
    readonly maxChars: number;
    /** Worker threads the extractor runs extraction on; 0 runs it on the event loop. */
    readonly threads: number;
  };
  abstract readonly gateway: {
    readonly token?: string;
    readonly maxRequestBytes: number;
    /** Event-stream clients served at once; one more is answered 503 with Retry-After. */
    readonly maxStreamClients: number;
  };
  abstract readonly log: { readonly level: string };
}
