// Development Kafka and Redis without Docker: `npm run infra:up` starts both in the background and
// prints the variables for .env; `npm run infra:down` stops them. State lives in .cache/infra.
import { rmSync } from 'node:fs';
import { type InfraState } from './infra-state.schema';
import { readInfraState, removeInfraState, writeInfraState } from './infra-state-file';
import { pingRedis } from './ping-redis';
import { startKafka, type KafkaHandle } from './start-kafka';
import { startRedis, type RedisHandle } from './start-redis';
import { isSupervisorRunning, stopSupervisorByPid } from './start-supervised';

/** Ports tried first so .env stays valid across up/down; any free port is used when taken. */
const PREFERRED_KAFKA_PORTS = [19092, 19093];
const PREFERRED_REDIS_PORT = 16379;
const STOP_TIMEOUT_MS = 30_000;

const info = (line: string): void => {
  process.stderr.write(`infra: ${line}\n`);
};

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'up':
      return up();
    case 'down':
      return down();
    case 'status':
      return status();
    default:
      process.stderr.write('usage: infra-cli up | down | status\n');
      return 64;
  }
}

async function up(): Promise<number> {
  const existing = readInfraState();
  if (existing !== undefined) {
    if (await isHealthy(existing)) {
      info('already running (npm run infra:down stops it)');
      printVariables(existing);
      return 0;
    }
    info('the recorded infrastructure is gone or broken; cleaning up and starting again');
    await stopRecorded(existing);
  }
  const [kafka, redis] = await Promise.allSettled([
    startKafka({ log: info, detached: true, preferredPorts: PREFERRED_KAFKA_PORTS }),
    startRedis({ log: info, detached: true, preferredPort: PREFERRED_REDIS_PORT }),
  ]);
  if (kafka.status === 'rejected' || redis.status === 'rejected') {
    await stopStarted(kafka, redis);
    const failure = kafka.status === 'rejected' ? kafka : (redis as PromiseRejectedResult);
    info(failure.reason instanceof Error ? failure.reason.message : String(failure.reason));
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

async function down(): Promise<number> {
  const state = readInfraState();
  if (state === undefined) {
    info('nothing recorded as running');
    return 0;
  }
  await stopRecorded(state);
  removeInfraState();
  info('stopped');
  return 0;
}

async function status(): Promise<number> {
  const state = readInfraState();
  if (state === undefined) {
    info('not running');
    return 1;
  }
  const healthy = await isHealthy(state);
  info(healthy ? 'running' : 'recorded but not healthy (npm run infra:up restarts it)');
  printVariables(state);
  return healthy ? 0 : 1;
}

async function isHealthy(state: InfraState): Promise<boolean> {
  if (state.kafka.kind !== 'process' || state.redis.kind !== 'process') return false;
  return (
    isSupervisorRunning(state.kafka.supervisorPid) &&
    isSupervisorRunning(state.redis.supervisorPid) &&
    (await pingRedis(state.redis.host, state.redis.port)) === 'pong'
  );
}

async function stopRecorded(state: InfraState): Promise<void> {
  await Promise.all(
    [state.kafka, state.redis].map(async (server) => {
      if (server.kind !== 'process') return;
      await stopSupervisorByPid(server.supervisorPid, STOP_TIMEOUT_MS);
      rmSync(server.dir, { recursive: true, force: true });
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

function printVariables(state: InfraState): void {
  process.stdout.write(`KAFKA_BROKERS=${state.kafka.brokers}\nREDIS_URL=${state.redis.url}\n`);
}

if (require.main === module) {
  main(process.argv[2]).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      info(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
