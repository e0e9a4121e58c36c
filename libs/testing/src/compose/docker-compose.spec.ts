import { EnvironmentSchema } from '@sijill/config';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { locateRepoRoot } from '../infra/locate-repo-root';

// CI has no Docker; this reads docker-compose.yml and the Dockerfile as data and checks what
// `docker compose up` relies on. Merge keys (<<) are resolved as Compose resolves them.

type Node = Record<string, unknown>;

const root = locateRepoRoot();
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as Node;
const services = compose.services as Record<string, Node>;
const serviceNames = Object.keys(services);
const APPS = ['ingestor', 'extractor', 'timeline', 'gateway'];
const ENTRY = /^dist\/apps\/([a-z-]+)\/src\/main\.js$/;
const schemaKeys = new Set(Object.keys(EnvironmentSchema.shape));

/** A YAML scalar as Compose reads it: numbers and booleans become their text. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return `${value}`;
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

function list(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map(text);
  return text(value).split(/\s+/);
}

function environment(service: Node): Record<string, string> {
  const env = service.environment;
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map(String).map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  const entries = Object.entries((env ?? {}) as Record<string, unknown>);
  return Object.fromEntries(entries.map(([key, value]) => [key, text(value)]));
}

function dependsOn(service: Node): Record<string, Node> {
  const value = service.depends_on;
  if (Array.isArray(value)) return Object.fromEntries(value.map((name) => [String(name), {}]));
  return (value ?? {}) as Record<string, Node>;
}

/** Host ports a service publishes ("127.0.0.1:9094:9094", "3000:3000", or the long form). */
function publishedPorts(service: Node): string[] {
  return ((service.ports ?? []) as unknown[]).map((port) => {
    if (typeof port === 'object' && port !== null) return String((port as Node).published);
    const parts = String(port).split(':');
    return parts.length === 1 ? (parts[0] ?? '') : (parts[parts.length - 2] ?? '');
  });
}

const appServices = serviceNames.filter((name) =>
  list(services[name]?.command).some((arg) => ENTRY.test(arg)),
);

describe('docker-compose.yml', () => {
  it('runs Kafka, Redis and every Sijill app', () => {
    expect(serviceNames).toEqual(expect.arrayContaining(['kafka', 'redis', ...APPS]));
    expect(appServices.sort()).toEqual([...APPS].sort());
  });

  it.each(serviceNames)('gives %s an image or a build', (name) => {
    const service = services[name] ?? {};
    expect(service.image !== undefined || service.build !== undefined).toBe(true);
  });

  it.each(serviceNames)('makes %s depend only on services that exist', (name) => {
    for (const target of Object.keys(dependsOn(services[name] ?? {}))) {
      expect(serviceNames).toContain(target);
    }
  });

  it('publishes each host port once', () => {
    const ports = serviceNames.flatMap((name) => publishedPorts(services[name] ?? {}));
    expect(ports.filter((port, i) => ports.indexOf(port) !== i)).toEqual([]);
  });

  it('runs Redis with AOF, noeviction and a volume', () => {
    const redis = services.redis ?? {};
    expect(String(redis.image)).toMatch(/^redis:7/);
    const command = list(redis.command).join(' ');
    expect(command).toContain('--appendonly yes');
    expect(command).toContain('--maxmemory-policy noeviction');
    expect(list(redis.volumes).some((volume) => volume.endsWith(':/data'))).toBe(true);
  });

  it('runs Kafka in KRaft mode as a single node that accepts 16 MiB records', () => {
    const kafka = services.kafka ?? {};
    const env = environment(kafka);
    expect(String(kafka.image)).toBe('apache/kafka:3.9.1');
    expect(env.KAFKA_PROCESS_ROLES?.split(',').sort()).toEqual(['broker', 'controller']);
    expect(env.KAFKA_CONTROLLER_QUORUM_VOTERS).toBeDefined();
    expect(env.CLUSTER_ID).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Object.keys(env).filter((key) => key.includes('ZOOKEEPER'))).toEqual([]);
    expect(env).toMatchObject({
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
      KAFKA_MESSAGE_MAX_BYTES: String(16 * 1024 * 1024),
    });
  });

  describe.each(APPS)('the %s service', (name) => {
    const service = services[name] ?? {};
    const env = environment(service);

    it('runs the dist entry of an app that exists in apps/', () => {
      const match = list(service.command)
        .map((arg) => ENTRY.exec(arg))
        .find(Boolean);
      expect(match?.[1]).toBe(name);
      expect(existsSync(join(root, 'apps', name, 'src', 'main.ts'))).toBe(true);
    });

    it('starts once Kafka and Redis are healthy', () => {
      expect(dependsOn(service)).toMatchObject({
        kafka: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
      });
    });

    it('probes /health/ready on its own port with node', () => {
      const test = list((service.healthcheck as Node | undefined)?.test).join(' ');
      expect(test).toContain('node');
      expect(test).toContain('/health/ready');
      expect(test).toContain('SIJILL_HTTP_PORT');
      expect(env.SIJILL_HTTP_PORT).toMatch(/^\d+$/);
    });

    it('reads only variables that EnvironmentSchema declares', () => {
      const interpolated = Object.values(env).flatMap((value) =>
        [...value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? ''),
      );
      const unknown = [...Object.keys(env), ...interpolated].filter((key) => !schemaKeys.has(key));
      expect(unknown).toEqual([]);
    });

    it('reaches Kafka and Redis by their service names', () => {
      expect(env.KAFKA_BROKERS).toBe('kafka:9092');
      expect(env.REDIS_URL).toBe('redis://redis:6379');
    });
  });

  it('gives every app its own instance id and HTTP port', () => {
    const ids = APPS.map((name) => environment(services[name] ?? {}).SIJILL_INSTANCE_ID);
    const ports = APPS.map((name) => environment(services[name] ?? {}).SIJILL_HTTP_PORT);
    expect(new Set(ids).size).toBe(APPS.length);
    expect(new Set(ports).size).toBe(APPS.length);
  });

  it('publishes the gateway on the port it listens on', () => {
    const gateway = services.gateway ?? {};
    const port = environment(gateway).SIJILL_HTTP_PORT ?? '';
    expect(publishedPorts(gateway)).toEqual([port]);
    expect(port).toBe('3000');
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages[stages.length - 1] ?? '';

  it('builds with npm ci and npm run build', () => {
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
  });

  it('runs node:20-slim with production dependencies, as a non-root user, with node as entry point', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-slim$/m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(runtime).toMatch(/^USER (?!root\b|0\b)\S+$/m);
    expect(runtime).toMatch(/^ENTRYPOINT \["node"\]$/m);
  });

  it('is the image every app service builds', () => {
    for (const name of APPS) {
      expect(services[name]?.build).toMatchObject({ context: '.', target: 'runtime' });
    }
    expect(runtime.startsWith('${NODE_IMAGE} AS runtime')).toBe(true);
  });
});
