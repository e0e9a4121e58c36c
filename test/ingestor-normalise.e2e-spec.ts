import { readFileSync } from 'node:fs';
import type { DuplicateArticle, UniqueArticle } from '@sijill/contracts';
import {
  distinctStory,
  sharedPath,
  startServiceRig,
  testEnvironment,
  WIRE_COPY,
  WIRE_STORY,
} from '@sijill/testing';

const seeds = sharedPath('fixtures', 'seeds', 'articles.jsonl');
const json = (value: object) => JSON.stringify(value);

/** Ingestors in one group on a fresh environment, with a probe on what they write. */
async function startIngestors(label: string, ids: readonly string[]) {
  const env = testEnvironment(label);
  const rig = await startServiceRig(
    env,
    ids.map((id) => ({ name: 'ingestor', id })),
    [env.topics.unique, env.topics.duplicates],
  );
  return { ...rig, env };
}

describe('ingestor normalisation and wire copies, on real Kafka and Redis', () => {
  it('passes unique articles on with clean text and records an HTML wire copy as a near-duplicate', async () => {
    const rig = await startIngestors('normalise', ['n-1']);
    const { env, probe, producer } = rig;
    try {
      await producer.send(env.topics.articles, [
        {
          key: 'story',
          value: json({ id: 'story', body: `[ad_1]\n${WIRE_STORY}\nشارك هذا الخبر` }),
        },
      ]);
      await probe.waitFor('the story', (p) => p.on(env.topics.unique).length === 1);
      const html = `<html><body><article>${WIRE_COPY.split('\n')
        .map((l) => `<p>${l}</p>`)
        .join('')}</article></body></html>`;
      await producer.send(env.topics.articles, [
        { key: 'copy', value: json({ id: 'copy', body: html, contentType: 'text/html' }) },
        {
          key: 'other',
          value: json({
            id: 'other',
            body: 'Foreign ministers of the Gulf states met in Riyadh to prepare the summit.',
          }),
        },
      ]);
      await probe.waitFor(
        'the copy and the other story',
        (p) => p.on(env.topics.unique).length === 2 && p.on(env.topics.duplicates).length === 1,
      );
      const [copy] = probe.values<DuplicateArticle>(env.topics.duplicates);
      expect(copy).toMatchObject({
        articleId: 'copy',
        duplicateOf: 'story',
        tier: 'near',
        reason: 'near-duplicate',
      });
      expect(copy?.similarity).toBeGreaterThan(0.6);
      const unique = new Map(
        probe.values<UniqueArticle>(env.topics.unique).map((u) => [u.articleId, u]),
      );
      const story = unique.get('story');
      expect(story?.language).toBe('ar');
      expect(story?.text).not.toContain('[ad_1]');
      expect(story?.cuts.map((c) => c.rule).length).toBeGreaterThanOrEqual(2);
      expect(story?.sentences.length).toBeGreaterThan(3);
      expect(unique.get('other')?.language).toBe('en');
    } finally {
      expect(await rig.stop()).toEqual([0]);
    }
  }, 120_000);

  it('with two instances in one group, lets exactly one of each of 200 near-duplicate pairs through', async () => {
    const rig = await startIngestors('race', ['race-1', 'race-2']);
    const { env, services: instances, probe, producer } = rig;
    try {
      // Pair i: an original and its copy under different keys, so different partitions (and, with
      // two members in the group, usually different instances) handle them at the same moment.
      const pairs = Array.from({ length: 200 }, (_, i) => {
        const body = distinctStory(i);
        return [
          { key: `p${i}-a`, value: json({ id: `p${i}-a`, body }) },
          { key: `p${i}-b`, value: json({ id: `p${i}-b`, body: `Tashkent (wires) —\n${body}` }) },
        ];
      });
      await producer.send(env.topics.articles, pairs.flat());
      await probe.waitFor(
        'every article',
        (p) =>
          p.on(env.topics.unique).length +
            p.on(env.topics.duplicates).filter((d) => d.key?.startsWith('p')).length >=
          400,
        180_000,
      );
      const uniques = probe.values<UniqueArticle>(env.topics.unique);
      const duplicates = probe.values<DuplicateArticle>(env.topics.duplicates);
      const passed = new Map<number, number>();
      for (const u of uniques) {
        const trial = Number(/^p(\d+)-/.exec(u.articleId)?.[1]);
        passed.set(trial, (passed.get(trial) ?? 0) + 1);
      }
      // A failed pair is told with what became of each of its articles and which instance normalised it.
      const fate = (id: string): string => {
        const told = [
          ...uniques
            .filter((u) => u.articleId === id)
            .map((u) => (u.derivedFrom === undefined ? 'unique' : `derived from ${u.derivedFrom}`)),
          ...duplicates
            .filter((d) => d.articleId === id)
            .map((d) => `copy of ${d.duplicateOf} (containment ${d.containment ?? '?'})`),
        ];
        const by = instances
          .map((instance, n) => ({
            n,
            times: instance.logsWhere(
              (l) =>
                l.msg === 'Message handled' &&
                l.topic === env.topics.accepted &&
                l.articleId === id,
            ).length,
          }))
          .filter(({ times }) => times > 0)
          .map(({ n, times }) => `race-${n + 1}×${times}`);
        return `${id}: ${told.join(', ') || 'nothing'} [${by.join(' ') || 'no log'}]`;
      };
      const wrong = [...Array(200).keys()]
        .filter((i) => passed.get(i) !== 1)
        .map(
          (i) => `pair ${i}: ${passed.get(i) ?? 0} passed; ${fate(`p${i}-a`)}; ${fate(`p${i}-b`)}`,
        );
      expect(wrong).toEqual([]);
      const handledBy = instances.map(
        (i) => i.logsWhere((l) => l.msg === 'Message handled' && l.outcome === 'unique').length,
      );
      expect(handledBy.every((n) => n > 0)).toBe(true);
    } finally {
      await rig.stop();
    }
  }, 300_000);

  const whenSeeds = seeds === undefined ? it.skip : it;
  whenSeeds(
    'passes the five seed articles on as unique: same events in different words are not copies',
    async () => {
      const rig = await startIngestors('seeds', ['s-1']);
      const { env, probe, producer } = rig;
      try {
        const lines = readFileSync(seeds ?? '', 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '');
        await producer.send(
          env.topics.articles,
          lines.map((value) => ({ key: null, value })),
        );
        await probe.waitFor(
          'every seed',
          (p) =>
            p.on(env.topics.unique).length + p.on(env.topics.duplicates).length >= lines.length,
        );
        expect(probe.on(env.topics.unique)).toHaveLength(lines.length);
        expect(probe.on(env.topics.duplicates)).toHaveLength(0);
      } finally {
        expect(await rig.stop()).toEqual([0]);
      }
    },
    120_000,
  );
});
