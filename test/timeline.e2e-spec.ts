import {
  DEAD_LETTER_HEADERS,
  type DuplicateArticle,
  type EventMention,
  type TimelineEntry,
  TimelineEntrySchema,
  definedOnly,
} from '@sijill/contracts';
import { InMemoryTimelineStore, MergeMentionUseCase } from '@sijill/core';
import {
  type LogLine,
  pollUntil,
  type ServiceProcess,
  startServiceRig,
  testEnvironment,
  type TestEnvironment,
  type TopicProbe,
} from '@sijill/testing';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';

// Reports of late 2024 as the extractor would emit them. Facts are public; all wording is ours.

type Participant = EventMention['participants'][number];
type Place = NonNullable<EventMention['location']>;

const person = (name: string, country: string, ar: string, wikidata?: string): Participant => ({
  name,
  country,
  ...definedOnly({ wikidata }),
  names: { en: name, ar },
});

const PUTIN = person('Vladimir Putin', 'RU', 'فلاديمير بوتين', 'Q7747');
const TOKAYEV = person('Kassym-Jomart Tokayev', 'KZ', 'قاسم جومارت توكاييف', 'Q1077529');
const LUKASHENKO = person('Alexander Lukashenko', 'BY', 'ألكسندر لوكاشينكو', 'Q7141');
const ERDOGAN = person('Recep Tayyip Erdogan', 'TR', 'رجب طيب أردوغان', 'Q39259');
const SISI = person('Abdel Fattah el-Sisi', 'EG', 'عبد الفتاح السيسي');
const ASTANA: Place = { city: 'Astana', country: 'KZ' };
const CAIRO: Place = { city: 'Cairo', country: 'EG' };
const ANKARA: Place = { city: 'Ankara', country: 'TR' };
const CSTO = { name: 'Collective Security Treaty Organization', acronym: 'CSTO' };

interface Report {
  readonly id: string;
  readonly type: EventMention['type'];
  readonly date: string;
  readonly end?: string;
  readonly lifecycle?: EventMention['lifecycle'];
  readonly at?: Place;
  readonly visitors?: readonly Participant[];
  readonly hosts?: readonly Participant[];
  readonly with?: readonly Participant[];
  readonly organisation?: typeof CSTO;
  readonly agreements?: readonly string[];
  readonly publishedAt: string;
  readonly language: 'ar' | 'en';
  readonly evidence: string;
}

function mention(report: Report): EventMention {
  const articleId = report.id.split('#')[0] ?? report.id;
  const precision = report.date.length === 10 ? 'day' : report.date.length === 7 ? 'month' : 'year';
  return {
    mentionId: report.id,
    articleId,
    gazetteerVersion: '2025.1',
    type: report.type,
    lifecycle: report.lifecycle ?? 'occurred',
    date: {
      start: report.date,
      ...definedOnly({ end: report.end }),
      precision,
      anchor: report.publishedAt,
      rule: 'absolute',
    },
    ...definedOnly({ location: report.at }),
    participants: [
      ...(report.visitors ?? []).map((p): Participant => ({ ...p, side: 'visitor' })),
      ...(report.hosts ?? []).map((p): Participant => ({ ...p, side: 'host' })),
      ...(report.with ?? []),
    ],
    ...definedOnly({ organisation: report.organisation }),
    agreements: (report.agreements ?? []).map((title) => ({ title, language: report.language })),
    evidence: [{ text: report.evidence, start: 0, end: report.evidence.length }],
    confidence: 0.9,
    article: {
      url: `https://news.example/${articleId}`,
      source: report.language === 'ar' ? 'Example Arabic Daily' : 'Example Wire',
      publishedAt: report.publishedAt,
      language: report.language,
    },
  };
}

const MENTIONS: readonly EventMention[] = [
  // Putin's visit to Astana: announced, then reported by three articles, one a wire copy's source.
  mention({
    id: 'k0#1',
    type: 'visit',
    lifecycle: 'announced',
    date: '2024-11-27',
    at: ASTANA,
    visitors: [PUTIN],
    hosts: [TOKAYEV],
    publishedAt: '2024-11-25T10:00:00Z',
    language: 'en',
    evidence: 'The Kremlin said Putin will travel to Astana on Wednesday for a state visit.',
  }),
  mention({
    id: 'k1#1',
    type: 'visit',
    date: '2024-11-27',
    at: ASTANA,
    visitors: [PUTIN],
    hosts: [TOKAYEV],
    publishedAt: '2024-11-27T12:00:00Z',
    language: 'ar',
    evidence: 'وصل الرئيس الروسي فلاديمير بوتين اليوم الأربعاء إلى أستانا في زيارة دولة.',
  }),
  mention({
    id: 'k2#1',
    type: 'visit',
    date: '2024-11-27',
    end: '2024-11-28',
    at: ASTANA,
    visitors: [PUTIN],
    hosts: [TOKAYEV],
    agreements: ['Joint statement on deepening the strategic partnership'],
    publishedAt: '2024-11-28T18:00:00Z',
    language: 'en',
    evidence: 'Putin and Tokayev signed a joint statement at the end of the two-day visit.',
  }),
  mention({
    id: 'k3#1',
    type: 'meeting',
    date: '2024-11-27',
    at: ASTANA,
    with: [PUTIN, TOKAYEV],
    publishedAt: '2024-11-27T16:00:00Z',
    language: 'ar',
    evidence: 'وعقد بوتين وتوكاييف محادثات في القصر الرئاسي في أستانا.',
  }),
  // The CSTO summit in Astana, on the visit's second day: its own entry.
  mention({
    id: 'k2#2',
    type: 'summit',
    date: '2024-11-28',
    at: ASTANA,
    organisation: CSTO,
    with: [PUTIN, TOKAYEV, LUKASHENKO],
    publishedAt: '2024-11-28T18:00:00Z',
    language: 'en',
    evidence: 'Leaders of the CSTO met in Astana on Thursday for their annual summit.',
  }),
  mention({
    id: 'k4#1',
    type: 'summit',
    date: '2024-11-28',
    at: ASTANA,
    organisation: CSTO,
    with: [LUKASHENKO, PUTIN],
    publishedAt: '2024-11-28T20:00:00Z',
    language: 'ar',
    evidence: 'انطلقت في أستانا قمة منظمة معاهدة الأمن الجماعي بمشاركة بوتين ولوكاشينكو.',
  }),
  // A different visit: Erdogan in Cairo, reported twice.
  mention({
    id: 'e1#1',
    type: 'visit',
    date: '2024-02-14',
    at: CAIRO,
    visitors: [ERDOGAN],
    hosts: [SISI],
    publishedAt: '2024-02-14T11:00:00Z',
    language: 'ar',
    evidence: 'استقبل الرئيس السيسي نظيره التركي أردوغان في القاهرة اليوم الأربعاء.',
  }),
  mention({
    id: 'e2#1',
    type: 'visit',
    date: '2024-02-14',
    at: CAIRO,
    visitors: [ERDOGAN],
    hosts: [SISI],
    agreements: ['Joint declaration on the High-Level Strategic Cooperation Council'],
    publishedAt: '2024-02-14T19:00:00Z',
    language: 'en',
    evidence: 'Erdogan and Sisi signed a joint declaration during the visit to Cairo.',
  }),
  // The return visit months later: same people, other place, other date.
  mention({
    id: 'e3#1',
    type: 'visit',
    date: '2024-09-04',
    at: ANKARA,
    visitors: [SISI],
    hosts: [ERDOGAN],
    publishedAt: '2024-09-04T15:00:00Z',
    language: 'en',
    evidence: 'Sisi arrived in Ankara on his first visit to Turkey as president.',
  }),
  // A call the day after the Astana visit ended.
  mention({
    id: 'c1#1',
    type: 'call',
    date: '2024-11-29',
    with: [PUTIN, ERDOGAN],
    publishedAt: '2024-11-29T14:00:00Z',
    language: 'ar',
    evidence: 'أجرى الرئيس بوتين اتصالا هاتفيا بنظيره التركي أردوغان.',
  }),
];

const COPY: DuplicateArticle = {
  articleId: 'k1-copy',
  duplicateOf: 'k1',
  tier: 'near',
  reason: 'near-duplicate',
  similarity: 0.86,
  url: 'https://mirror.example/k1-copy',
  sourceName: 'Example Mirror',
  publishedAt: '2024-11-27T13:10:00Z',
  language: 'ar',
  detectedAt: '2024-11-27T13:10:05.000Z',
  source: { topic: 'sijill.articles.accepted.v1', partition: 0, offset: '41' },
};

// Told after everything else: its entry shows that the repeats before it published nothing.
const SENTINEL = mention({
  id: 's1#1',
  type: 'call',
  date: '2024-12-10',
  with: [PUTIN, TOKAYEV],
  publishedAt: '2024-12-10T09:00:00Z',
  language: 'en',
  evidence: 'Putin and Tokayev spoke by phone on Tuesday.',
});

type Content = Omit<TimelineEntry, 'firstSeenAt' | 'updatedAt'>;
const withoutTimes = ({ firstSeenAt: _f, updatedAt: _u, ...rest }: TimelineEntry): Content => rest;
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);

/** The latest revision of each entry id. */
function latestByKey(entries: readonly TimelineEntry[]): Map<string, TimelineEntry> {
  const latest = new Map<string, TimelineEntry>();
  for (const e of entries) {
    if ((latest.get(e.id)?.revision ?? 0) < e.revision) latest.set(e.id, e);
  }
  return latest;
}

/** Active entries without what depends on timing or arrival order (revision, times). */
function activeTimeline(entries: readonly TimelineEntry[]): Omit<Content, 'revision'>[] {
  return [...latestByKey(entries).values()]
    .filter((e) => e.status === 'active')
    .map(({ revision: _r, firstSeenAt: _f, updatedAt: _u, ...rest }) => rest)
    .sort(byId);
}

/** What the in-memory merge publishes for the same inputs, in the same order. */
async function mergeInMemory(
  mentions: readonly EventMention[],
  copies: readonly DuplicateArticle[],
): Promise<TimelineEntry[]> {
  const merge = new MergeMentionUseCase(new InMemoryTimelineStore());
  const published: TimelineEntry[] = [];
  for (const m of mentions) published.push(...(await merge.mergeMention(m, now())));
  for (const c of copies) published.push(...(await merge.recordDuplicate(c, now())));
  return published;
}

const now = (): string => new Date().toISOString();

const mentionMessages = (mentions: readonly EventMention[]) =>
  mentions.map((m) => ({ key: m.mentionId, value: JSON.stringify(m) }));
const copyMessages = (copies: readonly DuplicateArticle[]) =>
  copies.map((c) => ({ key: c.articleId, value: JSON.stringify(c) }));

/** Every value on the timeline topic, validated against the public contract. */
function timelineOf(probe: TopicProbe, env: TestEnvironment): TimelineEntry[] {
  return probe.values<unknown>(env.topics.timeline).map((v) => TimelineEntrySchema.parse(v));
}

function handled(services: readonly ServiceProcess[], env: TestEnvironment): LogLine[] {
  const inputs = new Set([env.topics.mentions, env.topics.duplicates]);
  return services.flatMap((s) =>
    s.logsWhere((l) => l.msg === 'Message handled' && inputs.has(String(l.topic))),
  );
}

async function waitForHandled(
  services: readonly ServiceProcess[],
  env: TestEnvironment,
  count: number,
): Promise<void> {
  const outcome = await pollUntil(
    () => (handled(services, env).length >= count ? true : undefined),
    { timeoutMs: 90_000, intervalMs: 50 },
  );
  if (outcome.kind !== 'done') {
    throw new Error(`Handled ${handled(services, env).length} of ${count} messages`);
  }
}

/** A fixed shuffle (a small linear congruential generator), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('timeline on real Kafka and Redis', () => {
  it('publishes what the in-memory merge publishes, nothing for repeats, on a compacted topic', async () => {
    // One partition everywhere: the service sees the inputs in the order the reference does.
    const env = testEnvironment('timeline');
    const rig = await startServiceRig(
      env,
      [{ name: 'timeline', id: 'tl-1', env: { SIJILL_TOPIC_PARTITIONS: '1' } }],
      [env.topics.timeline, env.topics.deadLetter],
    );
    const { service: timeline, probe, producer } = rig;
    const admin = new Kafka({
      brokers: env.brokers.split(','),
      logLevel: logLevel.NOTHING,
    }).admin();
    try {
      const fromMentions = await mergeInMemory(MENTIONS, []);
      const expected = await mergeInMemory(MENTIONS, [COPY]);
      expect(expected.length).toBeGreaterThan(fromMentions.length);

      // (a) Mentions first (behind a record that is no mention), then the copy: the reference's order.
      const poison = { key: 'not-a-mention', value: JSON.stringify({ mentionId: 7 }) };
      await producer.send(env.topics.mentions, [poison, ...mentionMessages(MENTIONS)]);
      await probe.waitFor(
        'the mentions’ entries',
        (p) => p.on(env.topics.timeline).length >= fromMentions.length,
      );
      await producer.send(env.topics.duplicates, copyMessages([COPY]));
      await probe.waitFor(
        'the copy’s entries',
        (p) => p.on(env.topics.timeline).length >= expected.length,
      );
      const published = timelineOf(probe, env);
      expect(published.map(withoutTimes)).toEqual(expected.map(withoutTimes));
      const latest = [...latestByKey(published).values()].sort(byId).map(withoutTimes);
      expect(latest).toEqual([...latestByKey(expected).values()].sort(byId).map(withoutTimes));
      expect(probe.on(env.topics.timeline).map((r) => r.key)).toEqual(published.map((e) => e.id));
      const visit = [...latestByKey(published).values()].find(
        (e) => e.status === 'active' && e.sources.some((s) => s.articleId === 'k1'),
      );
      expect(visit?.sources.map((s) => s.articleId)).toEqual(expect.arrayContaining(['k1', 'k2']));
      expect(visit?.sources.find((s) => s.articleId === 'k1')?.duplicates).toEqual(['k1-copy']);

      await probe.waitFor('the dead letter', (p) => p.on(env.topics.deadLetter).length > 0);
      const [deadLetter] = probe.on(env.topics.deadLetter);
      expect(deadLetter?.key).toBe('not-a-mention');
      expect(deadLetter?.headers[DEAD_LETTER_HEADERS.reason]).toBe('invalid-record');

      // (b) Everything again, as a redelivering producer would send it: nothing new is published.
      const unchangedBefore = handled([timeline], env).filter((l) => l.outcome === 'unchanged');
      await producer.send(env.topics.mentions, mentionMessages(MENTIONS));
      await producer.send(env.topics.duplicates, copyMessages([COPY]));
      await waitForHandled([timeline], env, MENTIONS.length * 2 + 3);
      const unchanged = handled([timeline], env).filter((l) => l.outcome === 'unchanged');
      expect(unchanged.length - unchangedBefore.length).toBe(MENTIONS.length + 1);
      await producer.send(env.topics.mentions, mentionMessages([SENTINEL]));
      await probe.waitFor(
        'the sentinel’s entry',
        (p) => p.on(env.topics.timeline).length > expected.length,
      );
      const after = timelineOf(probe, env);
      expect(after).toHaveLength(expected.length + 1);
      expect(after.at(-1)?.sources.map((s) => s.articleId)).toEqual(['s1']);

      // (d) The public topic keeps the latest revision per key.
      await admin.connect();
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: env.topics.timeline }],
      });
      const policy = resources[0]?.configEntries.find((e) => e.configName === 'cleanup.policy');
      expect(policy?.configValue).toBe('compact');
    } finally {
      await admin.disconnect();
      expect(await rig.stop()).toEqual([0]);
    }
  }, 180_000);

  it('ends at the timeline of one instance with three instances in one group and shuffled, repeated input', async () => {
    const env = testEnvironment('timeline-group');
    const rig = await startServiceRig(
      env,
      ['tg-1', 'tg-2', 'tg-3'].map((id) => ({ name: 'timeline', id })),
      [env.topics.timeline],
    );
    const { services: instances, probe, producer } = rig;
    try {
      const expected = activeTimeline(await mergeInMemory(MENTIONS, [COPY]));
      const inputs = [...shuffled(MENTIONS, 7), ...shuffled(MENTIONS, 11)];
      await Promise.all([
        producer.send(env.topics.mentions, mentionMessages(inputs)),
        producer.send(env.topics.duplicates, copyMessages([COPY, COPY])),
      ]);
      await waitForHandled(instances, env, inputs.length + 2);
      const settled = await pollUntil(
        () => {
          const current = activeTimeline(timelineOf(probe, env));
          return JSON.stringify(current) === JSON.stringify(expected) ? true : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      );
      const published = timelineOf(probe, env);
      expect(activeTimeline(published)).toEqual(expected);
      expect(settled.kind).toBe('done');
      // An entry merged away points, through any chain, at an entry still active.
      const latest = latestByKey(published);
      for (const entry of latest.values()) {
        let target = entry;
        for (let hops = 0; target.status === 'merged' && hops < 10; hops++) {
          target = latest.get(target.mergedInto ?? '') ?? target;
        }
        expect({ id: entry.id, status: target.status }).toEqual({ id: entry.id, status: 'active' });
      }
      const busy = instances.filter((i) => handled([i], env).length > 0);
      expect(busy.length).toBeGreaterThan(1);
    } finally {
      await rig.stop();
    }
  }, 240_000);
});
