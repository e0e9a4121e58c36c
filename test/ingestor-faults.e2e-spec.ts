import type { AcceptedArticle } from '@sijill/contracts';
import {
  distinctStory,
  ServiceProcess,
  startRedis,
  startServiceRig,
  testEnvironment,
  type TopicProbe,
} from '@sijill/testing';

// Distinct stories: articles that were near-duplicates of each other would rightly be recorded so.
const article = (id: string, i: number) => ({
  key: id,
  value: JSON.stringify({ id, body: distinctStory(i) }),
});

function acceptedIds(probe: TopicProbe, topic: string, prefix: string): string[] {
  return probe
    .values<AcceptedArticle>(topic)
    .map((a) => a.articleId)
    .filter((id) => id.startsWith(prefix));
}

describe('ingestor under faults, on real Kafka and Redis', () => {
  it('forwards every article exactly once after being killed with SIGKILL mid-batch', async () => {
    const env = testEnvironment('sigkill');
    const total = 3000;
    const ids = Array.from({ length: total }, (_, i) => `kill-${String(i).padStart(5, '0')}`);
    const rig = await startServiceRig(
      env,
      [{ name: 'ingestor', id: 'sigkill-1' }],
      [env.topics.accepted, env.topics.duplicates, env.topics.unique],
    );
    const { probe, producer } = rig;
    let ingestor = rig.service;
    try {
      await producer.send(
        env.topics.articles,
        ids.map((id, i) => article(id, i)),
      );
      await probe.waitFor(
        'some progress',
        (p) => acceptedIds(p, env.topics.accepted, 'kill-').length >= 200,
      );
      ingestor.kill('SIGKILL');
      await ingestor.exited;
      const seenBeforeRestart = acceptedIds(probe, env.topics.accepted, 'kill-').length;

      ingestor = await ServiceProcess.start('ingestor', {
        ...env.serviceEnv,
        SIJILL_INSTANCE_ID: 'sigkill-1',
      });
      await probe.waitFor(
        'every article, accepted and normalised',
        (p) =>
          new Set(acceptedIds(p, env.topics.accepted, 'kill-')).size === total &&
          new Set(p.values<{ articleId: string }>(env.topics.unique).map((u) => u.articleId))
            .size === total,
        120_000,
      );
      const forwarded = acceptedIds(probe, env.topics.accepted, 'kill-');
      expect(seenBeforeRestart).toBeLessThan(total);
      expect(forwarded).toHaveLength(total);
      expect(new Set(forwarded).size).toBe(total);
      expect(probe.on(env.topics.duplicates)).toHaveLength(0);
      expect(probe.on(env.topics.unique)).toHaveLength(total);
    } finally {
      await rig.stop();
      await ingestor.stop();
    }
  }, 240_000);

  it('reports not ready while Redis is down and loses nothing published meanwhile', async () => {
    // A Redis of this test's own, so stopping it disturbs no other test.
    const redis = await startRedis();
    const env = testEnvironment('redis-down');
    const rig = await startServiceRig(
      env,
      [{ name: 'ingestor', id: 'redis-1', env: { REDIS_URL: redis.url } }],
      [env.topics.accepted, env.topics.duplicates, env.topics.deadLetter],
    );
    const { service: ingestor, probe, producer } = rig;
    try {
      await producer.send(env.topics.articles, [article('outage-before', 10_000)]);
      await probe.waitFor(
        'the first article',
        (p) => acceptedIds(p, env.topics.accepted, 'outage-').length === 1,
      );

      await redis.stop();
      try {
        await ingestor.waitForReadiness(503);
        await producer.send(
          env.topics.articles,
          Array.from({ length: 50 }, (_, i) => article(`outage-${i}`, 20_000 + i)),
        );
        await ingestor.waitForReadiness(503);
      } finally {
        await redis.start();
      }
      await ingestor.waitForReadiness(200);
      await probe.waitFor(
        'every article published during the outage',
        (p) => acceptedIds(p, env.topics.accepted, 'outage-').length === 51,
        120_000,
      );
      expect(new Set(acceptedIds(probe, env.topics.accepted, 'outage-')).size).toBe(51);
      expect(probe.on(env.topics.duplicates)).toHaveLength(0);
      expect(probe.on(env.topics.deadLetter)).toHaveLength(0);
      expect(
        ingestor.logsWhere(
          (l) =>
            l.msg === 'Message handling failed; retrying' ||
            l.msg === 'Batch handling failed on infrastructure; retrying',
        ).length,
      ).toBeGreaterThan(0);
    } finally {
      expect(await rig.stop()).toEqual([0]);
      await redis.destroy();
    }
  }, 240_000);
});
