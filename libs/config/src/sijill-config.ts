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
  abstract readonly kafka: KafkaConfig;
  abstract readonly redis: RedisConfig;
  abstract readonly intake: {
    readonly maxBodyBytes: number;
    /** How long articles stay comparable, exact and near (the deduplication window). */
    readonly dedupTtlSeconds: number;
    readonly nearDuplicateThreshold: number;
  };
  abstract readonly gateway: {
    readonly token?: string;
    readonly maxRequestBytes: number;
    /** Event-stream clients served at once; one more is answered 503 with Retry-After. */
    readonly maxStreamClients: number;
  };
  abstract readonly log: { readonly level: string };
}
