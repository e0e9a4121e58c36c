import type { EventMention } from '@sijill/contracts';
import {
  awaitTimelineOnTopic,
  offlineTimeline,
  publishWithCli,
  type ServiceProcess,
  startReadyServices,
  stopServices,
  testEnvironment,
  TopicProbe,
  type TestEnvironment,
  writePipelineCorpus,
} from '@sijill/testing';

const STAGES = ['ingestor', 'extractor', 'timeline'] as const;

describe('the services on Kafka and Redis and the offline mode', () => {
  let env: TestEnvironment;
  let services: ServiceProcess[] = [];
  let probe: TopicProbe;

  beforeAll(async () => {
    env = testEnvironment('parity');
    services = await startReadyServices(
      env,
      STAGES.map((name) => ({ name, id: `parity-${name}` })),
    );
    probe = await TopicProbe.start(env.brokers, [env.topics.timeline, env.topics.mentions]);
  }, 120_000);

  afterAll(async () => {
    await probe?.stop();
    const codes = await stopServices(services);
    expect(codes).toEqual(codes.map(() => 0));
  });

  it('give the same timeline for the same articles, published with the CLI', async () => {
    const file = writePipelineCorpus('parity');
    const expected = offlineTimeline(file);
    expect(expected.length).toBeGreaterThan(20);

    publishWithCli(env, [file]);
    const online = await awaitTimelineOnTopic(probe, env.topics.timeline, expected, 180_000);
    expect(online).toEqual(expected);

    const mentions = probe.values<EventMention>(env.topics.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((m) => m.evidence.length > 0 && m.gazetteerVersion !== '')).toBe(true);
  }, 300_000);
});
