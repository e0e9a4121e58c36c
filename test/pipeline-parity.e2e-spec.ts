import type { EventMention } from '@sijill/contracts';
import { describeOfflineOnlineParity } from '@sijill/testing';

describeOfflineOnlineParity(
  'the services on Kafka and Redis and the offline mode',
  'give the same timeline for the same articles, published with the CLI',
  {
    label: 'parity',
    instances: (['ingestor', 'extractor', 'timeline'] as const).map((name) => ({
      name,
      id: `parity-${name}`,
    })),
    readyWithinMs: 60_000,
    settleWithinMs: 180_000,
    setupTimeoutMs: 120_000,
    testTimeoutMs: 300_000,
    alsoProbe: (topics) => [topics.mentions],
    alsoExpect: (probe, env) => {
      const mentions = probe.values<EventMention>(env.topics.mentions);
      expect(mentions.length).toBeGreaterThan(0);
      expect(mentions.every((m) => m.evidence.length > 0 && m.gazetteerVersion !== '')).toBe(true);
    },
  },
);
