import { Logger } from '@nestjs/common';
import type { KafkaConfig } from '@sijill/config';
import { Kafka, logLevel, type LogEntry, type SASLOptions } from 'kafkajs';
import { registerCompressionCodecs } from './register-compression-codecs';

const logger = new Logger('KafkaClient');
/** The longest wait between two tries of a request or connection. */
const MAX_RETRY_MS = 2_000;

function logEntry({ level, log }: LogEntry): void {
  const { message, ...fields } = log;
  const line = { ...fields, kafkaMessage: message };
  if (level === logLevel.ERROR) logger.error(line, 'Kafka client error');
  else if (level === logLevel.WARN) logger.warn(line, 'Kafka client warning');
}

/**
 * A kafkajs client from the validated config, logging through the service's JSON logger, able to
 * read every compression codec Kafka defines.
 */
export function createKafkaClient(config: KafkaConfig, clientId = config.clientId): Kafka {
  registerCompressionCodecs();
  return new Kafka({
    clientId,
    brokers: [...config.brokers],
    ssl: config.ssl === false ? false : { rejectUnauthorized: config.ssl.rejectUnauthorized },
    ...(config.sasl ? { sasl: saslOptions(config.sasl) } : {}),
    connectionTimeout: config.connectionTimeoutMs,
    // kafkajs backs off up to 30 s between tries by default: a broker back after a restart would
    // wait that long for a client in the middle of its backoff. Capped, a stage moves again within
    // seconds of the broker answering.
    retry: { maxRetryTime: MAX_RETRY_MS, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator: () => logEntry,
  });
}

function saslOptions({
  mechanism,
  username,
  password,
}: NonNullable<KafkaConfig['sasl']>): SASLOptions {
  switch (mechanism) {
    case 'plain':
      return { mechanism, username, password };
    case 'scram-sha-256':
      return { mechanism, username, password };
    case 'scram-sha-512':
      return { mechanism, username, password };
  }
}
