import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { TimelineEntry } from '@sijill/contracts';
import { locateRepoRoot } from '../infra/locate-repo-root';
import { latestActive } from './compare-timelines';
import { ServiceProcess } from './service-process';
import type { TestEnvironment } from './test-environment';
import type { TopicProbe } from './topic-probe';

/** The four services of the pipeline, running as processes on one test environment. */
export interface PipelineServices {
  readonly all: readonly ServiceProcess[];
  readonly ingestor: ServiceProcess;
  readonly gateway: ServiceProcess;
  /** Stops the gateway and starts a new one at the same address, ready. */
  restartGateway(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the ingestor, extractor, timeline and gateway, and waits until each reports ready. */
export async function startPipelineServices(env: TestEnvironment): Promise<PipelineServices> {
  const all: ServiceProcess[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(all.map((s) => s.stop()));
  };
  try {
    for (const name of ['ingestor', 'extractor', 'timeline', 'gateway'] as const) {
      all.push(await ServiceProcess.start(name, env.serviceEnv));
    }
    // Generous: on a loaded machine the JVM-side of a first start (topics, groups) is slow.
    await Promise.all(all.map((s) => s.waitForReadiness(200, 180_000)));
  } catch (error) {
    await stop();
    throw error;
  }
  const [ingestor, , , gateway] = all as [
    ServiceProcess,
    ServiceProcess,
    ServiceProcess,
    ServiceProcess,
  ];
  const services = {
    all,
    ingestor,
    gateway,
    stop,
    restartGateway: async (): Promise<void> => {
      const { port } = services.gateway;
      await services.gateway.stop();
      const again = await ServiceProcess.start('gateway', env.serviceEnv, port);
      all.splice(all.indexOf(services.gateway), 1, again);
      services.gateway = again;
      await again.waitForReadiness(200, 180_000);
    },
  };
  return services;
}

/** `sijill publish` on files or folders into the environment's topics; its report (stderr). */
export function publishWithCli(env: TestEnvironment, paths: readonly string[]): string {
  const root = locateRepoRoot();
  const cli = spawnSync(
    process.execPath,
    [join(root, 'dist/apps/cli/src/main.js'), 'publish', ...paths],
    { env: { ...process.env, ...env.serviceEnv }, encoding: 'utf8' },
  );
  if (cli.status !== 0) throw new Error(`sijill publish exited ${cli.status}: ${cli.stderr}`);
  return cli.stderr;
}

/** The active timeline `sijill process` builds offline from a file, as `latestActive` gives it. */
export function offlineTimeline(file: string): string[] {
  const cli = spawnSync(
    process.execPath,
    [join(locateRepoRoot(), 'dist/apps/cli/src/main.js'), 'process', file],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (cli.status !== 0) throw new Error(`sijill process exited ${cli.status}: ${cli.stderr}`);
  return latestActive((JSON.parse(cli.stdout) as { events: TimelineEntry[] }).events);
}

/**
 * Waits until the active timeline on a probed topic is `expected`, or the deadline passes; the
 * active timeline as it then stands, for the test to compare.
 */
export async function awaitTimelineOnTopic(
  probe: TopicProbe,
  topic: string,
  expected: readonly string[],
  timeoutMs: number,
): Promise<string[]> {
  const online = () => latestActive(probe.values<TimelineEntry>(topic));
  await probe
    .waitFor(
      'the same timeline',
      () => online().length === expected.length && online().join() === expected.join(),
      timeoutMs,
    )
    .catch(() => undefined);
  return online();
}

/** The timeline read from `GET /timeline` once it has not changed for `quietMs`. */
export async function settledTimeline(
  url: string,
  { quietMs = 2_000, timeoutMs = 60_000, minimum = 1 } = {},
): Promise<TimelineEntry[]> {
  let last = '';
  let stableSince = Date.now();
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const body = await readTimelineBody(url);
    const count = body === '' ? 0 : (JSON.parse(body) as { entries: unknown[] }).entries.length;
    if (body !== last) [last, stableSince] = [body, Date.now()];
    else if (count >= minimum && Date.now() - stableSince > quietMs) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return last === '' ? [] : (JSON.parse(last) as { entries: TimelineEntry[] }).entries;
}

/** The body of `GET /timeline`, or '' while it cannot be read (loading, a dropped keep-alive). */
async function readTimelineBody(url: string): Promise<string> {
  try {
    const response = await fetch(`${url}/timeline?limit=500`, {
      signal: AbortSignal.timeout(10_000),
    });
    return response.status === 200 ? await response.text() : '';
  } catch {
    return '';
  }
}
