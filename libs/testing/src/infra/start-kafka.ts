import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  buildBrokerLog4j,
  buildBrokerProperties,
  formatProperties,
} from './build-broker-properties';
import { ensureKafkaLibs } from './ensure-kafka-libs';
import { findFreePorts } from './find-free-ports';
import { type KafkaDescriptor } from './infra-state.schema';
import { InfrastructureError } from './infrastructure.error';
// Relative, not @sijill/logging: Jest's global set-up loads this file without the path mapper.
import { describeErrorMessage } from '../../../logging/src/describe-error';
import { makeServerDir, superviseInDir } from './server-dir';
import { logSize, serverExitLogged } from './start-supervised';
import { waitForKafka } from './wait-for-kafka';

const run = promisify(execFile);

/**
 * A broker started for tests or development; `stop()` shuts it down for good and cleans up (a
 * broker started in a given `dir` keeps its data). `controlKafka(describe())` stops and starts it
 * in place.
 */
export interface KafkaHandle {
  readonly brokers: string;
  describe(): KafkaDescriptor;
  stop(): Promise<void>;
}

export interface StartKafkaOptions {
  log?: (line: string) => void;
  /** Keep running after this process exits (npm run infra:up). */
  detached?: boolean;
  /** Broker and controller ports to use when free. */
  preferredPorts?: readonly number[];
  readyTimeoutMs?: number;
  maxHeap?: string;
  /**
   * Where the broker keeps its configuration and data, kept when it stops and reused (not
   * formatted again) when it starts (npm run infra:up). A fresh temporary folder otherwise,
   * removed with the broker.
   */
  dir?: string;
}

/**
 * Starts a single-node KRaft Kafka (combined broker and controller) on loopback from the jars that
 * Maven fetched, and resolves once an admin client can use it. Its supervisor stays when the broker
 * stops (on purpose or not), so `controlKafka` can start it again on the same port and data.
 */
export async function startKafka(options: StartKafkaOptions = {}): Promise<KafkaHandle> {
  const log = options.log ?? (() => {});
  const libs = await ensureKafkaLibs(log);
  const java = resolveJava();
  const classpath = join(libs.dir, '*');
  const [brokerPort, controllerPort] = await findFreePorts(2, options.preferredPorts);
  if (brokerPort === undefined || controllerPort === undefined) throw new Error('No free ports');
  const keepDir = options.dir !== undefined;
  const dir = options.dir ?? makeServerDir('kafka');
  mkdirSync(dir, { recursive: true });
  const propertiesFile = join(dir, 'server.properties');
  const log4jFile = join(dir, 'log4j.properties');
  const brokerLog = join(dir, 'kafka.log');
  const consoleLog = join(dir, 'kafka.out');
  const brokers = `127.0.0.1:${brokerPort}`;
  writeFileSync(
    propertiesFile,
    formatProperties(
      buildBrokerProperties({
        listenHost: '127.0.0.1',
        brokerPort,
        controllerPort,
        advertised: brokers,
        logDir: join(dir, 'data'),
      }),
    ),
  );
  writeFileSync(log4jFile, buildBrokerLog4j(brokerLog));
  const log4jFlag = `-Dlog4j.configuration=file:${log4jFile}`;

  try {
    if (!existsSync(join(dir, 'data', 'meta.properties')))
      await formatStorage(java, log4jFlag, classpath, propertiesFile);
  } catch (error) {
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const startedAt = Date.now();
  const logStart = logSize(consoleLog);
  const { server, destroy: stop } = superviseInDir(dir, keepDir, {
    command: java,
    args: [
      `-Xmx${options.maxHeap ?? '768m'}`,
      '-Xms128m',
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-Djava.awt.headless=true',
      log4jFlag,
      `-Dkafka.logs.dir=${dir}`,
      '-cp',
      classpath,
      'kafka.Kafka',
      propertiesFile,
    ],
    logFile: consoleLog,
    graceMs: 20_000,
    restartable: true,
    detached: options.detached,
  });

  const ready = await waitForKafka(brokers, {
    timeoutMs: options.readyTimeoutMs ?? 120_000,
    abortReason: () => {
      const code = server.exitCode();
      if (code !== undefined) return `its supervisor exited with code ${code}`;
      return serverExitLogged(consoleLog, logStart) ? 'the broker exited' : undefined;
    },
  });
  switch (ready.kind) {
    case 'done':
      log(`Kafka ready on ${brokers} in ${(ready.elapsedMs / 1000).toFixed(1)} s`);
      return {
        brokers,
        describe: () => ({ kind: 'process', brokers, supervisorPid: server.pid, dir }),
        stop,
      };
    case 'aborted':
    case 'timed-out': {
      const logs = tail(brokerLog, 30) + tail(consoleLog, 30);
      await stop();
      throw new InfrastructureError(
        ready.kind === 'aborted' ? 'KAFKA_EXITED' : 'KAFKA_NOT_READY',
        ready.kind === 'aborted'
          ? `Kafka did not start: ${ready.reason}\n${logs}`
          : `Kafka was not ready after ${Date.now() - startedAt} ms (${describeErrorMessage(ready.lastError)})\n${logs}`,
      );
    }
  }
}

/** Formats the broker's storage with a new cluster id (once per data folder). */
async function formatStorage(
  java: string,
  log4jFlag: string,
  classpath: string,
  propertiesFile: string,
): Promise<void> {
  try {
    // A base64url id may begin with '-', which the tool's argument parser takes for an option:
    // given as `--cluster-id=<id>`, it is read as a value whatever it begins with.
    const clusterId = randomBytes(16).toString('base64url');
    await run(
      java,
      [
        log4jFlag,
        '-cp',
        classpath,
        'kafka.tools.StorageTool',
        'format',
        `--cluster-id=${clusterId}`,
        '-c',
        propertiesFile,
      ],
      { timeout: 120_000, maxBuffer: 8 * 1024 * 1024 },
    );
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new InfrastructureError(
        'JAVA_NOT_FOUND',
        `Java is needed to run Kafka locally: ${java} not found (install Java 17+ or set JAVA_HOME, or set KAFKA_BROKERS)`,
        { cause: error },
      );
    }
    throw new InfrastructureError(
      'KAFKA_FORMAT_FAILED',
      `kafka.tools.StorageTool format failed: ${describeErrorMessage(error)}\n${failure.stdout ?? ''}${failure.stderr ?? ''}`,
      { cause: error },
    );
  }
}

/** JAVA_HOME's java when set, else the one on PATH. */
function resolveJava(): string {
  const home = process.env.JAVA_HOME;
  const candidate = home ? join(home, 'bin', 'java') : undefined;
  return candidate && existsSync(candidate) ? candidate : 'java';
}

function tail(file: string, lines: number): string {
  try {
    const text = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    return `--- ${file} (last ${lines} lines) ---\n${text}\n`;
  } catch {
    return '';
  }
}
