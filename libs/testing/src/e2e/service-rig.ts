import { ArticleProducer } from './article-producer';
import { ServiceProcess, type ServiceName } from './service-process';
import type { TestEnvironment } from './test-environment';
import { TopicProbe } from './topic-probe';

/** One service process to start: the service, its instance id, and variables of its own. */
export interface ServiceInstance {
  readonly name: ServiceName;
  readonly id: string;
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Starts service processes on a test environment, all at once, and waits until each reports
 * ready; when one cannot start or get ready, those started are stopped and the error is thrown.
 */
export async function startReadyServices(
  env: TestEnvironment,
  instances: readonly ServiceInstance[],
  readyWithinMs = 60_000,
): Promise<ServiceProcess[]> {
  const started = await Promise.allSettled(
    instances.map((i) =>
      ServiceProcess.start(i.name, { ...env.serviceEnv, SIJILL_INSTANCE_ID: i.id, ...i.env }),
    ),
  );
  const services = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  try {
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    await Promise.all(services.map((s) => s.waitForReadiness(200, readyWithinMs)));
  } catch (error) {
    await stopServices(services);
    throw error;
  }
  return services;
}

/** One service process on a test environment, started and ready. */
export async function startReadyService(
  env: TestEnvironment,
  instance: ServiceInstance,
  readyWithinMs = 60_000,
): Promise<ServiceProcess> {
  const [service] = await startReadyServices(env, [instance], readyWithinMs);
  if (service === undefined) throw new Error(`${instance.name} did not start`);
  return service;
}

/** Stops every service with SIGTERM, all at once; their exit codes, in order. */
export function stopServices(services: readonly ServiceProcess[]): Promise<(number | null)[]> {
  return Promise.all(services.map((s) => s.stop()));
}

/** Services on a test environment, a probe on topics they write and a producer to feed them. */
export interface ServiceRig {
  readonly services: readonly ServiceProcess[];
  /** The first of the services (the only one, in a rig of one). */
  readonly service: ServiceProcess;
  readonly probe: TopicProbe;
  readonly producer: ArticleProducer;
  /** Disconnects the producer, stops the probe, then the services; their exit codes, in order. */
  stop(): Promise<(number | null)[]>;
}

/** Starts the services (ready), then a probe on `probeTopics`, then a producer. */
export async function startServiceRig(
  env: TestEnvironment,
  instances: readonly ServiceInstance[],
  probeTopics: readonly string[],
  readyWithinMs?: number,
): Promise<ServiceRig> {
  const services = await startReadyServices(env, instances, readyWithinMs);
  const [service] = services;
  if (service === undefined) throw new Error('A service rig needs at least one service');
  let probe: TopicProbe | undefined;
  try {
    probe = await TopicProbe.start(env.brokers, probeTopics);
    const producer = await ArticleProducer.connect(env.brokers);
    const ready = probe;
    return {
      services,
      service,
      probe,
      producer,
      async stop() {
        await producer.disconnect();
        await ready.stop();
        return stopServices(services);
      },
    };
  } catch (error) {
    await probe?.stop();
    await stopServices(services);
    throw error;
  }
}
