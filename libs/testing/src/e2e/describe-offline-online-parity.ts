import type { TopicMap } from '@sijill/contracts';
import { awaitTimelineOnTopic, offlineTimeline, publishWithCli } from './pipeline-services';
import { type ServiceInstance, startReadyServices, stopServices } from './service-rig';
import type { ServiceProcess } from './service-process';
import { type TestEnvironment, testEnvironment } from './test-environment';
import { TopicProbe } from './topic-probe';
import { writePipelineCorpus } from './write-pipeline-corpus';

/** One arrangement of the services whose timeline must equal the offline mode's. */
export interface ParityArrangement {
  /** Names the test's environment and corpus file. */
  readonly label: string;
  readonly instances: readonly ServiceInstance[];
  readonly readyWithinMs: number;
  /** How long the services may take to write the whole timeline. */
  readonly settleWithinMs: number;
  readonly setupTimeoutMs: number;
  readonly testTimeoutMs: number;
  /** Topics to probe besides the timeline, for `alsoExpect`. */
  readonly alsoProbe?: (topics: TopicMap) => readonly string[];
  /** Further expectations once the timelines have been compared. */
  readonly alsoExpect?: (probe: TopicProbe, env: TestEnvironment) => void;
}

/**
 * A spec that runs the services as arranged, publishes the pipeline corpus with `sijill publish`
 * and expects the active timeline they write to be what `sijill process` builds from the same file
 * offline (more than 20 entries); every service must then stop with exit code 0.
 */
export function describeOfflineOnlineParity(
  title: string,
  testName: string,
  arrangement: ParityArrangement,
): void {
  describe(title, () => {
    let env: TestEnvironment;
    let services: ServiceProcess[] = [];
    let probe: TopicProbe;

    beforeAll(async () => {
      env = testEnvironment(arrangement.label);
      services = await startReadyServices(env, arrangement.instances, arrangement.readyWithinMs);
      probe = await TopicProbe.start(env.brokers, [
        env.topics.timeline,
        ...(arrangement.alsoProbe?.(env.topics) ?? []),
      ]);
    }, arrangement.setupTimeoutMs);

    afterAll(async () => {
      await probe?.stop();
      const codes = await stopServices(services);
      expect(codes).toEqual(codes.map(() => 0));
    });

    it(
      testName,
      async () => {
        const file = writePipelineCorpus(arrangement.label);
        const expected = offlineTimeline(file);
        expect(expected.length).toBeGreaterThan(20);

        publishWithCli(env, [file]);
        const online = await awaitTimelineOnTopic(
          probe,
          env.topics.timeline,
          expected,
          arrangement.settleWithinMs,
        );
        expect(online).toEqual(expected);
        arrangement.alsoExpect?.(probe, env);
      },
      arrangement.testTimeoutMs,
    );
  });
}
