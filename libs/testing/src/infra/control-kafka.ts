import { connect } from 'node:net';
import { InfrastructureError } from './infrastructure.error';
import { kafkaDescriptorSchema, type KafkaDescriptor } from './infra-state.schema';
import { pollUntil } from './poll-until';
import { readControlDescriptor } from './read-control-descriptor';
import type { ServerControl } from './server-control';
import { signalSupervisor } from './start-supervised';
import { waitForKafka } from './wait-for-kafka';

/** Environment variable through which the jest global setup hands Kafka control to the workers. */
export const KAFKA_CONTROL_ENV = 'SIJILL_TEST_KAFKA_CONTROL';

const STOP_TIMEOUT_MS = 60_000;
const START_TIMEOUT_MS = 120_000;

/**
 * Takes a provisioned broker down (a clean shutdown, SIGKILL after 20 s) and brings it back on the
 * same port with its data: `start` resolves once it serves metadata, topics and group coordinators.
 */
export interface KafkaControl extends ServerControl {
  readonly brokers: string;
}

/** Control over the broker a descriptor names, usable from any process on this machine. */
export function controlKafka(descriptor: KafkaDescriptor): KafkaControl {
  if (descriptor.kind !== 'process') {
    throw new InfrastructureError(
      'KAFKA_NOT_CONTROLLABLE',
      `Kafka at ${descriptor.brokers} runs in a container, whose port changes on restart`,
    );
  }
  const [host = '127.0.0.1', port = '0'] = descriptor.brokers.split(',')[0]?.split(':') ?? [];
  const server = {
    what: `Kafka at ${descriptor.brokers}`,
    code: 'KAFKA_NOT_CONTROLLABLE' as const,
  };
  return {
    brokers: descriptor.brokers,
    async stop() {
      signalSupervisor(descriptor.supervisorPid, 'SIGUSR2', server);
      const stopped = await pollUntil(
        async () => ((await portRefuses(host, Number(port))) ? true : undefined),
        { timeoutMs: STOP_TIMEOUT_MS, intervalMs: 100 },
      );
      if (stopped.kind !== 'done') {
        throw new InfrastructureError(
          'KAFKA_DID_NOT_STOP',
          `Kafka at ${descriptor.brokers} did not stop within ${STOP_TIMEOUT_MS} ms`,
        );
      }
    },
    async start() {
      signalSupervisor(descriptor.supervisorPid, 'SIGUSR1', server);
      const ready = await waitForKafka(descriptor.brokers, { timeoutMs: START_TIMEOUT_MS });
      if (ready.kind !== 'done') {
        throw new InfrastructureError(
          'KAFKA_NOT_READY',
          `Kafka at ${descriptor.brokers} was not ready within ${START_TIMEOUT_MS} ms`,
        );
      }
    },
  };
}

/**
 * Control over the broker the jest global setup provisioned (stop it, start it again on the same
 * port with its data), from any jest worker. Throws when KAFKA_BROKERS was given from outside and
 * no `npm run infra:up` state names it.
 */
export function controlProvisionedKafka(): KafkaControl {
  const descriptor = readControlDescriptor(
    KAFKA_CONTROL_ENV,
    kafkaDescriptorSchema,
    'KAFKA_NOT_CONTROLLABLE',
    'Kafka',
  );
  if (descriptor === undefined) {
    throw new InfrastructureError(
      'KAFKA_NOT_CONTROLLABLE',
      'This Kafka was not provisioned by the test run (KAFKA_BROKERS was given), so tests cannot stop it',
    );
  }
  return controlKafka(descriptor);
}

/** Whether a TCP connection to the port is refused (nothing listens). */
export function portRefuses(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const finish = (refused: boolean): void => {
      socket.destroy();
      resolve(refused);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(false));
    socket.once('error', (error: NodeJS.ErrnoException) => finish(error.code === 'ECONNREFUSED'));
  });
}
