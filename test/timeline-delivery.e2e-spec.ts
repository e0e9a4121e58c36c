import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type TimelineEntry, TimelineEntrySchema, definedOnly } from '@sijill/contracts';
import {
  ArticleProducer,
  pollUntil,
  ServiceProcess,
  startReadyService,
  testEnvironment,
  type TestEnvironment,
  timelineEntry,
} from '@sijill/testing';
import { Kafka, logLevel } from 'kafkajs';

// Entries as the timeline service would publish them; facts are public, all wording is ours.

type Participant = TimelineEntry['participants'][number];

const person = (name: string, country: string, ar: string): Participant => ({
  name,
  country,
  names: { en: name, ar },
});
const PUTIN = person('Vladimir Putin', 'RU', 'فلاديمير بوتين');
const TOKAYEV = person('Kassym-Jomart Tokayev', 'KZ', 'قاسم جومارت توكاييف');
const ERDOGAN = person('Recep Tayyip Erdoğan', 'TR', 'رجب طيب أردوغان');
const SISI = person('Abdel Fattah el-Sisi', 'EG', 'عبد الفتاح السيسي');

function entry(
  id: string,
  revision: number,
  fields: Partial<Omit<TimelineEntry, 'id' | 'revision'>> = {},
): TimelineEntry {
  const at = `2024-07-${String(revision).padStart(2, '0')}T09:00:00.000Z`;
  const parsed = TimelineEntrySchema.parse(
    timelineEntry(id, {
      revision,
      participants: [PUTIN, TOKAYEV],
      sources: Array.from({ length: revision }, (_, i) => ({
        articleId: `${id}-article-${i}`,
        language: i % 2 === 0 ? 'ar' : 'en',
        evidence: [{ text: 'reported arrival', start: 0, end: 16 }],
      })),
      firstSeenAt: '2024-07-01T09:00:00.000Z',
      updatedAt: at,
      ...fields,
    }),
  );
  // As it travels: through JSON, so absent and undefined fields compare alike.
  return JSON.parse(JSON.stringify(parsed)) as TimelineEntry;
}

const CAIRO_VISIT = {
  date: { start: '2024-02-14', precision: 'day' as const },
  location: { city: 'Cairo', country: 'EG' },
  participants: [ERDOGAN, SISI],
  title: { en: 'Erdoğan visits Egypt', ar: 'أردوغان يزور مصر' },
};
const CALL = {
  type: 'call' as const,
  date: { start: '2024-08-20', precision: 'day' as const },
  location: undefined,
  participants: [ERDOGAN, PUTIN],
  title: { en: 'Erdoğan and Putin speak by phone' },
  codes: { plover: 'CONSULT', ploverMode: 'phone', cameo: '041' },
};
const SUMMIT = {
  type: 'summit' as const,
  lifecycle: 'announced' as const,
  date: { start: '2024-07', precision: 'month' as const },
  title: { en: 'SCO summit in Astana', ar: 'قمة منظمة شنغهاي في أستانا' },
};

// Published before the second stream client connects: several revisions, several ids, keys that
// land on more than one partition.
const FIRST = [
  entry('ev-delivery-a', 1),
  entry('ev-delivery-b', 1, SUMMIT),
  entry('ev-delivery-c', 1, { date: { start: '2024-06-10', precision: 'day' } }),
  entry('ev-delivery-a', 2),
  entry('ev-delivery-d', 1, CAIRO_VISIT),
  entry('ev-delivery-e', 1, CALL),
];
// Published in one Kafka transaction while that client is away.
const SECOND = [
  entry('ev-delivery-b', 2, { ...SUMMIT, lifecycle: 'occurred' }),
  entry('ev-delivery-a', 3),
  entry('ev-delivery-f', 1, { date: { start: '2024-07-04', precision: 'day' } }),
  entry('ev-delivery-a', 2), // stale: never delivered
  entry('ev-delivery-f', 2, {
    status: 'merged',
    mergedInto: 'ev-delivery-a',
    date: { start: '2024-07-04', precision: 'day' },
  }),
];
const DELIVERED = [...FIRST, ...SECOND.filter((e, i) => i !== 3)];
const label = (e: TimelineEntry): string => `${e.id}@${e.revision}`;

interface SseEvent {
  readonly id: string;
  readonly event: string;
  readonly entry: TimelineEntry;
}

/** A stream client: Node's fetch, read as server-sent events. */
class StreamClient {
  private buffer = '';
  private readonly decoder = new TextDecoder();
  private readonly pending: SseEvent[] = [];
  readonly received: SseEvent[] = [];

  private constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    private readonly controller: AbortController,
  ) {}

  static async open(baseUrl: string, lastEventId?: string): Promise<StreamClient> {
    const controller = new AbortController();
    const response = await fetch(`${baseUrl}/timeline/stream`, {
      headers: definedOnly({ 'Last-Event-ID': lastEventId }),
      signal: controller.signal,
    });
    if (response.status !== 200 || response.body === null) {
      throw new Error(`stream answered ${response.status}`);
    }
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    return new StreamClient(response.body.getReader(), controller);
  }

  /** Waits for `count` more events, failing after the deadline. */
  async take(count: number, timeoutMs = 30_000): Promise<SseEvent[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.length < count) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`only ${this.pending.length} of ${count} events arrived`)),
          Math.max(0, deadline - Date.now()),
        );
      });
      const chunk = await Promise.race([this.reader.read(), timeout]).finally(() =>
        clearTimeout(timer),
      );
      if (chunk.done) throw new Error('the stream ended');
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = this.buffer.indexOf('\n\n')) !== -1) {
        this.parse(this.buffer.slice(0, end));
        this.buffer = this.buffer.slice(end + 2);
      }
    }
    const taken = this.pending.splice(0, count);
    this.received.push(...taken);
    return taken;
  }

  close(): void {
    this.controller.abort();
  }

  private parse(block: string): void {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue; // comments (heartbeats) and blank lines
      fields.set(line.slice(0, colon), line.slice(colon + 1).replace(/^ /, ''));
    }
    const data = fields.get('data');
    if (data === undefined) return;
    this.pending.push({
      id: fields.get('id') ?? '',
      event: fields.get('event') ?? 'message',
      entry: TimelineEntrySchema.parse(JSON.parse(data)),
    });
  }
}

/** Each event's id is the cursor after it: the one partition that moved is where its record sits. */
function positionsOf(
  events: readonly SseEvent[],
  from = '',
): { partition: number; offset: bigint }[] {
  const parse = (id: string) =>
    new Map(
      id === ''
        ? []
        : id.split('.').map((part) => {
            const [p, o] = part.split('-');
            return [Number(p), BigInt(o ?? '')] as const;
          }),
    );
  let previous = parse(from);
  return events.map((event) => {
    const current = parse(event.id);
    const moved = [...current].filter(([p, o]) => previous.get(p) !== o);
    expect(moved).toHaveLength(1);
    const [partition, offset] = moved[0] ?? [-1, -1n];
    expect(offset > (previous.get(partition) ?? -1n)).toBe(true);
    previous = current;
    return { partition, offset };
  });
}

/** Revisions come in ascending order for every entry id. */
function expectRevisionsAscending(entries: readonly TimelineEntry[]): void {
  const last = new Map<string, number>();
  for (const e of entries) {
    expect(e.revision).toBeGreaterThan(last.get(e.id) ?? 0);
    last.set(e.id, e.revision);
  }
}

const root = join(__dirname, '..');

/** `sijill subscribe` as a user runs it; its stdout lines are collected as they come. */
function subscribe(args: readonly string[], env: TestEnvironment) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [join(root, 'dist/apps/cli/src/main.js'), 'subscribe', ...args],
    { env: { ...process.env, ...env.serviceEnv } },
  );
  const lines: string[] = [];
  let stderr = '';
  createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const waitForLines = async (what: string, enough: () => boolean): Promise<void> => {
    const outcome = await pollUntil(() => (enough() ? true : undefined), {
      timeoutMs: 60_000,
      intervalMs: 50,
      abortReason: () => (child.exitCode === null ? undefined : `exited ${child.exitCode}`),
    });
    if (outcome.kind !== 'done') {
      throw new Error(`sijill subscribe: no ${what} (${lines.length} lines)\n${stderr}`);
    }
  };
  return { child, lines, exited, waitForLines, stderr: () => stderr };
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

describe('timeline delivery: the compacted topic, HTTP, server-sent events and the CLI', () => {
  let env: TestEnvironment;
  let gateway: ServiceProcess;
  let producer: ArticleProducer;
  let early: StreamClient;

  beforeAll(async () => {
    env = testEnvironment('delivery');
    // Ready means the timeline topic exists (compacted) and the feed has read it.
    gateway = await startReadyService(env, { name: 'gateway', id: 'delivery-1' });
    producer = await ArticleProducer.connect(env.brokers);
  }, 120_000);

  afterAll(async () => {
    early?.close();
    await producer?.disconnect();
    expect(await gateway?.stop()).toBe(0);
  });

  it('streams every revision, in order, to a client connected before publishing, and resumes exactly', async () => {
    early = await StreamClient.open(gateway.url);
    await producer.send(
      env.topics.timeline,
      FIRST.map((e) => ({ key: e.id, value: JSON.stringify(e) })),
    );
    await producer.send(env.topics.timeline, [{ key: 'ev-delivery-junk', value: 'not json' }]);
    const firstEvents = await early.take(FIRST.length);

    // A second client reads part of the replay, then drops.
    const dropping = await StreamClient.open(gateway.url);
    const beforeDrop = await dropping.take(3);
    dropping.close();
    const lastSeen = beforeDrop[2]?.id ?? '';

    // More revisions while it is away, in a transaction (a commit marker ends the partitions).
    const kafka = new Kafka({ brokers: env.brokers.split(','), logLevel: logLevel.NOTHING });
    const transactional = kafka.producer({
      transactionalId: `${env.namespace}-delivery`,
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await transactional.connect();
    const transaction = await transactional.transaction();
    await transaction.send({
      topic: env.topics.timeline,
      acks: -1,
      messages: SECOND.map((e) => ({ key: e.id, value: JSON.stringify(e) })),
    });
    await transaction.commit();
    await transactional.disconnect();

    const secondEvents = await early.take(DELIVERED.length - FIRST.length);
    const all = [...firstEvents, ...secondEvents];
    expect(all.every((e) => e.event === 'entry')).toBe(true);
    expect(all.map((e) => label(e.entry)).sort()).toEqual(DELIVERED.map(label).sort());
    expectRevisionsAscending(all.map((e) => e.entry));
    const positions = positionsOf(all);
    expect(new Set(positions.map((p) => p.partition)).size).toBeGreaterThan(1);
    for (const partition of new Set(positions.map((p) => p.partition))) {
      const offsets = positions.filter((p) => p.partition === partition).map((p) => p.offset);
      expect(offsets).toEqual([...offsets].sort((a, b) => (a < b ? -1 : 1)));
    }

    // Reconnecting with Last-Event-ID: exactly the rest, nothing twice, nothing missed.
    const resumed = await StreamClient.open(gateway.url, lastSeen);
    const rest = await resumed.take(all.length - beforeDrop.length);
    resumed.close();
    expect([...beforeDrop, ...rest].map((e) => [e.id, label(e.entry)])).toEqual(
      all.map((e) => [e.id, label(e.entry)]),
    );
    // Each event carries the revision as published.
    const published = new Map(DELIVERED.map((e) => [label(e), e]));
    for (const event of all) expect(event.entry).toEqual(published.get(label(event.entry)));
    expect(gateway.logsWhere((l) => l.msg === 'Timeline record skipped')).toHaveLength(1);
  });

  it('serves the latest revisions over HTTP with filters and paging', async () => {
    const base = `${gateway.url}/timeline`;
    const ids = async (query: string): Promise<string[]> => {
      const { status, body } = await getJson(`${base}${query}`);
      expect(status).toBe(200);
      return (body as { entries: TimelineEntry[] }).entries.map((e) =>
        e.id.replace('ev-delivery-', ''),
      );
    };
    expect(await ids('')).toEqual(['d', 'c', 'b', 'a', 'e']);
    expect(await ids('?status=merged')).toEqual(['f']);
    expect(await ids('?participant=اردوغان')).toEqual(['d', 'e']);
    expect(await ids('?participant=erdogan&type=call')).toEqual(['e']);
    expect(await ids('?country=EG')).toEqual(['d']);
    expect(await ids('?from=2024-07-01&to=2024-07-31')).toEqual(['b', 'a']);
    expect(await ids('?type=summit,call&status=all')).toEqual(['b', 'e']);

    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const { body } = await getJson(
        `${base}?status=all&limit=2${cursor === undefined ? '' : `&cursor=${cursor}`}`,
      );
      const page = body as { entries: TimelineEntry[]; nextCursor?: string };
      expect(page.entries.length).toBeLessThanOrEqual(2);
      paged.push(...page.entries.map((e) => e.id.replace('ev-delivery-', '')));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(paged).toEqual(['d', 'c', 'b', 'a', 'f', 'e']);

    expect(await getJson(`${base}/ev-delivery-a`)).toEqual({
      status: 200,
      body: DELIVERED.filter((e) => e.id === 'ev-delivery-a').at(-1),
    });
    expect((await getJson(`${base}/ev-delivery-f`)).body).toMatchObject({
      status: 'merged',
      mergedInto: 'ev-delivery-a',
      revision: 2,
    });
    expect((await getJson(`${base}/ev-unknown`)).status).toBe(404);
    expect(await getJson(`${base}?limit=1000`)).toMatchObject({
      status: 400,
      body: { reason: 'invalid-parameter', parameter: 'limit' },
    });
  });

  it('lets a client resume on another gateway instance, which became ready past the commit markers', async () => {
    const other = await ServiceProcess.start('gateway', {
      ...env.serviceEnv,
      SIJILL_INSTANCE_ID: 'delivery-2',
    });
    try {
      await other.waitForReadiness(200);
      const all = early.received;
      const cut = all[4]?.id ?? '';
      const elsewhere = await StreamClient.open(other.url, cut);
      const rest = await elsewhere.take(all.length - 5);
      elsewhere.close();
      // Another instance may interleave partitions differently; per partition the order holds.
      expect(rest.map((e) => label(e.entry)).sort()).toEqual(
        all
          .slice(5)
          .map((e) => label(e.entry))
          .sort(),
      );
      expectRevisionsAscending(rest.map((e) => e.entry));
      positionsOf(rest, cut);
      expect((await getJson(`${other.url}/timeline?status=all`)).body).toEqual(
        (await getJson(`${gateway.url}/timeline?status=all`)).body,
      );
    } finally {
      expect(await other.stop()).toBe(0);
    }
  });

  it('prints the timeline with `sijill subscribe`, as JSON lines and for people', async () => {
    const json = subscribe(['--json'], env);
    await json.waitForLines('JSON entries', () => json.lines.length >= DELIVERED.length);
    json.child.kill('SIGTERM');
    expect(await json.exited).toBe(0);
    const printed = json.lines.map((line) => TimelineEntrySchema.parse(JSON.parse(line)));
    expect(printed.map(label).sort()).toEqual(DELIVERED.map(label).sort());
    expectRevisionsAscending(printed);
    expect(json.stderr()).toMatch(/skipped the record at partition \d+ offset \d+: not JSON/);

    const people = subscribe(['--participant', 'إردوغان', '--type', 'visit'], env);
    const arabicName = '\u2068رجب طيب أردوغان\u2069';
    await people.waitForLines('readable block', () =>
      people.lines.some((line) => line.includes(arabicName)),
    );
    people.child.kill('SIGINT');
    expect(await people.exited).toBe(0);
    const text = people.lines.join('\n');
    expect(text).toContain('2024-02-14  visit, occurred  [ev-delivery-d revision 1]');
    expect(text).toContain('\u2068أردوغان يزور مصر\u2069');
    expect(text).not.toContain('ev-delivery-e');
  });
});
