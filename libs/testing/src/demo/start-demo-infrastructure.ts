import { testEnvironment, type TestEnvironment } from '../e2e/test-environment';
import {
  provisionInfrastructure,
  type ProvisionedInfrastructure,
} from '../infra/provision-infrastructure';

/**
 * Kafka and Redis for a run of the demo or the screenshot, with the process environment pointed at
 * them (the services it starts read it), and the topics of a run named `name`.
 */
export async function startDemoInfrastructure(
  name: string,
  say: (line: string) => void,
): Promise<{ infrastructure: ProvisionedInfrastructure; env: TestEnvironment }> {
  const infrastructure = await provisionInfrastructure({ log: (l) => say(`  ${l}`) });
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.REDIS_URL = infrastructure.redisUrl;
  return { infrastructure, env: testEnvironment(name) };
}
