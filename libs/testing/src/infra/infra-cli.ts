// Development Kafka and Redis without Docker: `npm run infra:up` starts both in the background and
// prints the variables for .env; `npm run infra -- stop|start kafka|redis` takes one down and back
// on the same port with its data; `npm run infra:down` stops both and keeps their data unless
// `--purge`. State and data live in .cache/infra.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { controlKafka, portRefuses } from './control-kafka';
import { controlRedis } from './control-redis';
import { type InfraState } from './infra-state.schema';
import {
  infraStatePath,
  readInfraState,
  removeInfraState,
  writeInfraState,
} from './infra-state-file';
import { pingRedis } from './ping-redis';
// Relative, not @sijill/logging: Jest's global set-up loads this file without the path mapper.
import { describeErrorMessage } from '../../../logging/src/describe-error';
import { startKafka, type KafkaHandle } from './start-kafka';
import { startRedis, type RedisHandle } from './start-redis';
import { isSupervisorRunning, stopSupervisorByPid } from './start-supervised';

/** Ports tried first so .env stays valid across up/down; any free port is used when taken. */
const PREFERRED_KAFKA_PORTS = [19092, 19093];
const PREFERRED_REDIS_PORT = 16379;
const STOP_TIMEOUT_MS = 30_000;
const SERVERS = ['kafka', 'redis'] as const;
type Server = (typeof SERVERS)[number];

const USAGE =
  'usage: infra-cli up | down [--purge] | status | stop kafka|redis | start kafka|redis\n';

const info = (line: string): void => {
  process.stderr.write(`infra: ${line}\n`);
};

async function main(argv: readonly string[]): Promise<number> {
  const [command, argument] = argv;
  switch (command) {
    case 'up':
      return up();
    case 'down':
      return down(argument === '--purge');
    case 'status':
      return status();
    case 'stop':
    case 'start':
      if (!isServer(argument)) break;
      return control(command, argument);
    default:
      break;
  }
  process.stderr.write(USAGE);
  return 64;
}

function isServer(value: string | undefined): value is Server {
  return (SERVERS as readonly string[]).includes(value ?? '');
}

/** `.cache/infra/<server>`: the folder a server keeps its data in across restarts. */
function dataDir(server: Server): string {
  return join(dirname(infraStatePath()), server);
}

async function up(): Promise<number> {
  const existing = readInfraState();
  if (existing !== undefined && (await isHealthy(existing))) {
    info('already running (npm run infra:down stops it)');
    printVariables(existing);
    return 0;
  }
  if (existing !== undefined && supervisorsRunning(existing)) {
    info('starting the stopped server(s) again');
    await startStopped(existing);
    printVariables(existing);
    return 0;
  }
  if (existing !== undefined) await stopRecorded(existing);
  const [kafka, redis] = await Promise.allSettled([
    startKafka({
      log: info,
      detached: true,
      preferredPorts: [...portsOf(existing?.kafka.brokers), ...PREFERRED_KAFKA_PORTS],
      dir: dataDir('kafka'),
    }),
    startRedis({
      log: info,
      detached: true,
      preferredPort: existing?.redis.port ?? PREFERRED_REDIS_PORT,
      dir: dataDir('redis'),
    }),
  ]);
  if (kafka.status === 'rejected' || redis.status === 'rejected') {
    await stopStarted(kafka, redis);
    const failure = kafka.status === 'rejected' ? kafka : (redis as PromiseRejectedResult);
    info(describeErrorMessage(failure.reason));
    return 1;
  }
  const state: InfraState = {
    startedAt: new Date().toISOString(),
    kafka: kafka.value.describe(),
    redis: redis.value.describe(),
  };
  writeInfraState(state);
  info('started; copy these lines into .env (npm run infra:down stops them)');
  printVariables(state);
  return 0;
}

async function down(purge: boolean): Promise<number> {
  const state = readInfraState();
  if (state !== undefined) await stopRecorded(state);
  if (purge) {
    for (const server of SERVERS) rmSync(dataDir(server), { recursive: true, force: true });
    removeInfraState();
    info('stopped; data removed');
  } else {
    info(
      state === undefined
        ? 'nothing recorded as running'
        : 'stopped; data kept in .cache/infra (infra:up resumes it, infra:down --purge removes it)',
    );
  }
  return 0;
}

async function status(): Promise<number> {
  const state = readInfraState();
  if (state === undefined) {
    info('not running');
    return 1;
  }
  const kafka = await kafkaState(state);
  const redis = await redisState(state);
  info(`kafka ${kafka}, redis ${redis}`);
  printVariables(state);
  return kafka === 'running' && redis === 'running' ? 0 : 1;
}

/** Stops or starts one server in place: same port, same data; its supervisor stays. */
async function control(action: 'stop' | 'start', server: Server): Promise<number> {
  const state = readInfraState();
  if (state === undefined || !supervisorsRunning(state)) {
    info('not running (npm run infra:up starts it)');
    return 1;
  }
  const control = server === 'kafka' ? controlKafka(state.kafka) : controlRedis(state.redis);
  const startedAt = Date.now();
  await (action === 'stop' ? control.stop() : control.start());
  info(`${server} ${action === 'stop' ? 'stopped' : 'started'} in ${Date.now() - startedAt} ms`);
  return 0;
}

type ServerState = 'running' | 'stopped' | 'gone';

async function kafkaState(state: InfraState): Promise<ServerState> {
  if (state.kafka.kind !== 'process' || !isSupervisorRunning(state.kafka.supervisorPid)) {
    return 'gone';
  }
  const [host = '127.0.0.1', port] = portAndHost(state.kafka.brokers);
  return (await portRefuses(host, port)) ? 'stopped' : 'running';
}

async function redisState(state: InfraState): Promise<ServerState> {
  if (state.redis.kind !== 'process' || !isSupervisorRunning(state.redis.supervisorPid)) {
    return 'gone';
  }
  return (await pingRedis(state.redis.host, state.redis.port)) === 'pong' ? 'running' : 'stopped';
}

async function isHealthy(state: InfraState): Promise<boolean> {
  return (await kafkaState(state)) === 'running' && (await redisState(state)) === 'running';
}

function supervisorsRunning(state: InfraState): boolean {
  return (
    state.kafka.kind === 'process' &&
    state.redis.kind === 'process' &&
    isSupervisorRunning(state.kafka.supervisorPid) &&
    isSupervisorRunning(state.redis.supervisorPid)
  );
}

async function startStopped(state: InfraState): Promise<void> {
  if ((await kafkaState(state)) === 'stopped') await controlKafka(state.kafka).start();
  if ((await redisState(state)) === 'stopped') await controlRedis(state.redis).start();
}

/** Stops the supervisors (and so the servers); the data folders stay. */
async function stopRecorded(state: InfraState): Promise<void> {
  await Promise.all(
    [state.kafka, state.redis].map(async (server) => {
      if (server.kind !== 'process') return;
      await stopSupervisorByPid(server.supervisorPid, STOP_TIMEOUT_MS);
    }),
  );
}

async function stopStarted(
  kafka: PromiseSettledResult<KafkaHandle>,
  redis: PromiseSettledResult<RedisHandle>,
): Promise<void> {
  await Promise.allSettled([
    kafka.status === 'fulfilled' ? kafka.value.stop() : undefined,
    redis.status === 'fulfilled' ? redis.value.destroy() : undefined,
  ]);
}

function portAndHost(brokers: string): [string, number] {
  const [host = '127.0.0.1', port = '0'] = brokers.split(',')[0]?.split(':') ?? [];
  return [host, Number(port)];
}

function portsOf(brokers: string | undefined): number[] {
  return brokers === undefined ? [] : [portAndHost(brokers)[1]];
}

function printVariables(state: InfraState): void {
  process.stdout.write(`KAFKA_BROKERS=${state.kafka.brokers}\nREDIS_URL=${state.redis.url}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      info(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
