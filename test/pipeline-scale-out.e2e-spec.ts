import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { TimelineEntry } from '@sijill/contracts';
import {
  latestActive,
  ServiceProcess,
  testEnvironment,
  TopicProbe,
  type ServiceName,
  type TestEnvironment,
  writePipelineCorpus,
} from '@sijill/testing';

const root = join(__dirname, '..');
const cli = join(root, 'dist/apps/cli/src/main.js');
const INSTANCES = 2;

describe('two instances of every stage in one consumer group, on six partitions', () => {
  let env: TestEnvironment;
  const services: ServiceProcess[] = [];
  let probe: TopicProbe;

  beforeAll(async () => {
    env = testEnvironment('scale-out');
    const names: ServiceName[] = ['ingestor', 'extractor', 'timeline'];
    const serviceEnv = { ...env.serviceEnv, SIJILL_TOPIC_PARTITIONS: '6' };
    services.push(
      ...(await Promise.all(
        names.flatMap((n) =>
          Array.from({ length: INSTANCES }, (_, i) =>
            ServiceProcess.start(n, { ...serviceEnv, SIJILL_INSTANCE_ID: `scale-${n}-${i}` }),
          ),
        ),
      )),
    );
    await Promise.all(services.map((s) => s.waitForReadiness(200, 180_000)));
    probe = await TopicProbe.start(env.brokers, [env.topics.timeline]);
  }, 240_000);

  afterAll(async () => {
    await probe?.stop();
    const codes = await Promise.all(services.map((s) => s.stop()));
    expect(codes).toEqual(codes.map(() => 0));
  });

  it('give the timeline one process gives for the same articles', async () => {
    const file = writePipelineCorpus('scale-out');
    const offline = spawnSync(process.execPath, [cli, 'process', file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(offline.status).toBe(0);
    const expected = latestActive(
      (JSON.parse(offline.stdout) as { events: TimelineEntry[] }).events,
    );
    expect(expected.length).toBeGreaterThan(20);

    const published = spawnSync(process.execPath, [cli, 'publish', file], {
      env: { ...process.env, ...env.serviceEnv },
      encoding: 'utf8',
    });
    expect(published.status).toBe(0);

    const online = () => latestActive(probe.values<TimelineEntry>(env.topics.timeline));
    await probe
      .waitFor(
        'the same timeline',
        () => online().length === expected.length && online().join() === expected.join(),
        300_000,
      )
      .catch(() => undefined);
    expect(online()).toEqual(expected);
  }, 420_000);
});
