import { ConfigError } from './config.error';
import { loadConfig } from './load-config';

const service = { name: 'ingestor', httpPort: 3001 };

describe('loadConfig', () => {
  it('applies documented defaults to an empty environment', () => {
    const config = loadConfig({}, service);
    expect(config.kafka.brokers).toEqual(['127.0.0.1:9092']);
    expect(config.kafka.topics.articles).toBe('news.articles.v1');
    expect(config.intake.maxBodyBytes).toBe(2 * 1024 * 1024);
    expect(config.service.http.port).toBe(3001);
    expect(config.redis.tls).toBe(false);
  });

  it('reads brokers, namespace, TLS and SASL', () => {
    const config = loadConfig(
      {
        KAFKA_BROKERS: 'a:9092, b:9093',
        SIJILL_TOPIC_NAMESPACE: 'staging',
        KAFKA_SSL: 'true',
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'u',
        KAFKA_SASL_PASSWORD: 'p',
        REDIS_URL: 'rediss://user:secret@redis.example:6380',
      },
      service,
    );
    expect(config.kafka.brokers).toEqual(['a:9092', 'b:9093']);
    expect(config.kafka.topics.timeline).toBe('staging.diplomacy.timeline.v1');
    expect(config.kafka.ssl).toEqual({ rejectUnauthorized: true });
    expect(config.kafka.sasl?.mechanism).toBe('scram-sha-512');
    expect(config.redis.tls).toBe(true);
  });

  it('reports every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig(
        {
          KAFKA_BROKERS: 'no-port',
          REDIS_URL: 'http://x',
          SIJILL_MAX_BODY_BYTES: '-3',
          LOG_LEVEL: 'loud',
          KAFKA_SASL_MECHANISM: 'plain',
        },
        service,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['KAFKA_BROKERS', 'REDIS_URL', 'SIJILL_MAX_BODY_BYTES', 'LOG_LEVEL']) {
      expect(problems).toContain(name);
    }
  });

  it('refuses SASL without credentials', () => {
    expect(() => loadConfig({ KAFKA_SASL_MECHANISM: 'plain' }, service)).toThrow(/SASL/);
  });
});
