import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { EventMention, TimelineEntry } from '@sijill/contracts';
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

describe('the services on Kafka and Redis and the offline mode', () => {
  let env: TestEnvironment;
  const services: ServiceProcess[] = [];
  let probe: TopicProbe;

  beforeAll(async () => {
    env = testEnvironment('parity');
    const names: ServiceName[] = ['ingestor', 'extractor', 'timeline'];
    services.push(
      ...(await Promise.all(
        names.map((n) =>
          ServiceProcess.start(n, { ...env.serviceEnv, SIJILL_INSTANCE_ID: `parity-${n}` }),
        ),
      )),
    );
    await Promise.all(services.map((s) => s.waitForReadiness(200)));
    probe = await TopicProbe.start(env.brokers, [env.topics.timeline, env.topics.mentions]);
  }, 120_000);

  afterAll(async () => {
    await probe?.stop();
    const codes = await Promise.all(services.map((s) => s.stop()));
    expect(codes).toEqual(codes.map(() => 0));
  });

  it('give the same timeline for the same articles, published with the CLI', async () => {
    const file = writePipelineCorpus('parity');
    const offline = spawnSync(process.execPath, [cli, 'process', file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(offline.status).toBe(0);
    const expected = (JSON.parse(offline.stdout) as { events: TimelineEntry[] }).events;
    const expectedActive = latestActive(expected);
    expect(expectedActive.length).toBeGreaterThan(20);

    const published = spawnSync(process.execPath, [cli, 'publish', file], {
      env: { ...process.env, ...env.serviceEnv },
      encoding: 'utf8',
    });
    expect(published.status).toBe(0);

    const online = () => latestActive(probe.values<TimelineEntry>(env.topics.timeline));
    await probe
      .waitFor(
        'the same timeline',
        () =>
          online().length === expectedActive.length && online().join() === expectedActive.join(),
        180_000,
      )
      .catch(() => undefined);
    expect(online()).toEqual(expectedActive);

    const mentions = probe.values<EventMention>(env.topics.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((m) => m.evidence.length > 0 && m.gazetteerVersion !== '')).toBe(true);
  }, 300_000);
});
