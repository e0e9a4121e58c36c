import type { TopicMap } from '@sijill/contracts';
import { type ServiceInstance, type ServiceRig, startServiceRig } from './service-rig';
import { type TestEnvironment, testEnvironment } from './test-environment';

/** The services of a describe block, on an environment of its own. */
export interface SuiteRigPlan {
  /** Names the block's environment (its topics, consumer groups and Redis keys). */
  readonly label: string;
  readonly instances: readonly ServiceInstance[];
  /** The topics the block's tests read. */
  readonly probeTopics: (topics: TopicMap) => readonly string[];
  readonly readyWithinMs?: number;
  /** How long starting may take; the test timeout unless given. */
  readonly startWithinMs?: number;
}

/** A describe block's environment and rig, to read in its hooks and tests once started. */
export interface SuiteRig {
  readonly env: TestEnvironment;
  readonly rig: ServiceRig;
}

/**
 * Starts a service rig before the tests of the describe block it is called in and stops it after
 * them, every service with exit code 0.
 */
export function serviceRigForSuite(plan: SuiteRigPlan): SuiteRig {
  let started: SuiteRig | undefined;
  beforeAll(async () => {
    const env = testEnvironment(plan.label);
    const topics = plan.probeTopics(env.topics);
    started = { env, rig: await startServiceRig(env, plan.instances, topics, plan.readyWithinMs) };
  }, plan.startWithinMs);

  afterAll(async () => {
    expect(await started?.rig.stop()).toEqual(plan.instances.map(() => 0));
  });

  const startedRig = (): SuiteRig => {
    if (started === undefined) throw new Error(`The rig of ${plan.label} has not started`);
    return started;
  };
  return {
    get env() {
      return startedRig().env;
    },
    get rig() {
      return startedRig().rig;
    },
  };
}
