import { existsSync } from 'node:fs';
import Redis from 'ioredis';
import { controlRedis, findProvisionedRedisControl } from './control-redis';
import { redisDescriptorSchema } from './infra-state.schema';
import { pingRedis } from './ping-redis';
import { startRedis, type RedisHandle } from './start-redis';

const connect = (url: string): Redis =>
  new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });

async function withClient<T>(url: string, use: (client: Redis) => Promise<T>): Promise<T> {
  const client = connect(url);
  await client.connect();
  try {
    return await use(client);
  } finally {
    client.disconnect();
  }
}

describe('startRedis', () => {
  let redis: RedisHandle;

  beforeAll(async () => {
    redis = await startRedis();
  });

  afterAll(async () => {
    await redis.destroy();
  });

  it('runs with the production settings: AOF and noeviction', async () => {
    const settings = await withClient(redis.url, async (client) => ({
      appendonly: await client.config('GET', 'appendonly'),
      policy: await client.config('GET', 'maxmemory-policy'),
    }));
    expect(settings).toEqual({
      appendonly: ['appendonly', 'yes'],
      policy: ['maxmemory-policy', 'noeviction'],
    });
  });

  it('goes down on stop() and comes back on the same port with its data on start()', async () => {
    await withClient(redis.url, (client) => client.set('infra:kept', 'still here'));
    await redis.stop();
    const { host, port } = redis.describe();
    expect(await pingRedis(host, port)).toBe('refused');
    await redis.start();
    expect(await withClient(redis.url, (client) => client.get('infra:kept'))).toBe('still here');
  });

  it('can be stopped and started from another process through its descriptor', async () => {
    const control = controlRedis(
      redisDescriptorSchema.parse(JSON.parse(JSON.stringify(redis.describe()))),
    );
    await control.stop();
    expect(await pingRedis(redis.describe().host, redis.describe().port)).toBe('refused');
    await control.start();
    expect(await pingRedis(redis.describe().host, redis.describe().port)).toBe('pong');
  });

  it('leaves nothing behind after destroy()', async () => {
    const other = await startRedis();
    const descriptor = other.describe();
    if (descriptor.kind !== 'process') throw new Error('startRedis runs a local process');
    const { host, port, dir } = descriptor;
    await other.destroy();
    expect(await pingRedis(host, port)).toBe('refused');
    expect(existsSync(dir)).toBe(false);
  });
});

describe('the provisioned Redis', () => {
  it('answers on REDIS_URL', async () => {
    expect(await withClient(process.env.REDIS_URL ?? '', (client) => client.ping())).toBe('PONG');
  });

  it('is handed to the workers as a controllable descriptor when provisioned', () => {
    const control = findProvisionedRedisControl();
    if (process.env.SIJILL_TEST_REDIS_CONTROL !== undefined) {
      expect(control?.url).toBe(process.env.REDIS_URL);
    } else {
      expect(control).toBeUndefined();
    }
  });
});
