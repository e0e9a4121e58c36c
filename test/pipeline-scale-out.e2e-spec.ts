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
const INSTANCES = 2;

describe('two instances of every stage in one consumer group, on six partitions', () => {
  let env: TestEnvironment;
  let services: ServiceProcess[] = [];
  let probe: TopicProbe;

  beforeAll(async () => {
    env = testEnvironment('scale-out');
    const instances = STAGES.flatMap((name) =>
      Array.from({ length: INSTANCES }, (_, i) => ({
        name,
        id: `scale-${name}-${i}`,
        env: { SIJILL_TOPIC_PARTITIONS: '6' },
      })),
    );
    services = await startReadyServices(env, instances, 180_000);
    probe = await TopicProbe.start(env.brokers, [env.topics.timeline]);
  }, 240_000);

  afterAll(async () => {
    await probe?.stop();
    const codes = await stopServices(services);
    expect(codes).toEqual(codes.map(() => 0));
  });

  it('give the timeline one process gives for the same articles', async () => {
    const file = writePipelineCorpus('scale-out');
    const expected = offlineTimeline(file);
    expect(expected.length).toBeGreaterThan(20);

    publishWithCli(env, [file]);
    const online = await awaitTimelineOnTopic(probe, env.topics.timeline, expected, 300_000);
    expect(online).toEqual(expected);
  }, 420_000);
});
