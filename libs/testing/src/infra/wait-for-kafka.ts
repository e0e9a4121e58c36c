import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { pollUntil, type PollOutcome } from './poll-until';

/**
 * Polls the broker until it serves what tests need: cluster metadata, a topic created with a leader
 * and deleted again, and a group coordinator (which creates the offsets topic).
 */
export async function waitForKafka(
  brokers: string,
  options: { timeoutMs: number; abortReason?: () => string | undefined },
): Promise<PollOutcome<true>> {
  const kafka = new Kafka({
    clientId: 'sijill-readiness-probe',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    requestTimeout: 10_000,
    retry: { retries: 0 },
  });
  return pollUntil(
    async () => {
      const admin = kafka.admin();
      try {
        await admin.connect();
        await admin.describeCluster();
        const topic = `sijill-readiness-probe-${randomBytes(4).toString('hex')}`;
        await admin.createTopics({
          topics: [{ topic, numPartitions: 1, replicationFactor: 1 }],
          waitForLeaders: true,
        });
        await admin.deleteTopics({ topics: [topic] });
        await admin.describeGroups([topic]);
        return true as const;
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    },
    { timeoutMs: options.timeoutMs, intervalMs: 250, abortReason: options.abortReason },
  );
}
