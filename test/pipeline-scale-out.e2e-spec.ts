import { describeOfflineOnlineParity } from '@sijill/testing';

const INSTANCES = 2;

describeOfflineOnlineParity(
  'two instances of every stage in one consumer group, on six partitions',
  'give the timeline one process gives for the same articles',
  {
    label: 'scale-out',
    instances: (['ingestor', 'extractor', 'timeline'] as const).flatMap((name) =>
      Array.from({ length: INSTANCES }, (_, i) => ({
        name,
        id: `scale-${name}-${i}`,
        env: { SIJILL_TOPIC_PARTITIONS: '6' },
      })),
    ),
    readyWithinMs: 180_000,
    settleWithinMs: 300_000,
    setupTimeoutMs: 240_000,
    testTimeoutMs: 420_000,
  },
);
