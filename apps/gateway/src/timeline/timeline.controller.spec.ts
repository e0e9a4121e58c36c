import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigModule, loadConfig } from '@sijill/config';
import type { TimelineEntry } from '@sijill/contracts';
import { pollUntil, timelineEntry } from '@sijill/testing';
import type { Server } from 'node:http';
import { Subject } from 'rxjs';
import request from 'supertest';
import type { StreamCursor } from './stream-cursor';
import { TimelineFeed, type FeedState } from './timeline-feed';
import { TimelineLog, type TimelineRecord } from './timeline-log';
import { TimelineModule } from './timeline.module';

/** Stands in for the Kafka-fed feed: records are offered by the spec. */
class FakeTimelineFeed {
  readonly log = new TimelineLog();
  readonly appended = new Subject<readonly TimelineRecord[]>();
  readonly appended$ = this.appended.asObservable();
  state: FeedState = { kind: 'live' };
  private readonly offsets = new Map<number, bigint>();

  after(cursor: StreamCursor, limit: number): readonly TimelineRecord[] {
    return this.log.after(cursor, limit);
  }

  publish(partition: number, entry: TimelineEntry): void {
    const offset = this.offsets.get(partition) ?? 0n;
    this.offsets.set(partition, offset + 1n);
    const outcome = this.log.offer(partition, offset, entry);
    if (outcome.kind === 'accepted') this.appended.next([outcome.record]);
  }
}

interface SseEvent {
  readonly id?: string;
  readonly event?: string;
  readonly data: string;
}

/** Reads server-sent events from a fetch response until `count` events have arrived. */
class SseReader {
  private buffer = '';
  private readonly decoder = new TextDecoder();
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  async take(count: number): Promise<SseEvent[]> {
    while (this.events.length < count) {
      const { done, value } = await this.reader.read();
      if (done) break;
      this.buffer += this.decoder.decode(value, { stream: true });
      let end: number;
      while ((end = this.buffer.indexOf('\n\n')) !== -1) {
        this.parse(this.buffer.slice(0, end));
        this.buffer = this.buffer.slice(end + 2);
      }
    }
    return this.events.splice(0, count);
  }

  private parse(block: string): void {
    const fields: Record<string, string> = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comments.push(line);
      const colon = line.indexOf(':');
      if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
    }
    if (fields.data !== undefined) {
      this.events.push({ data: fields.data, id: fields.id, event: fields.event });
    }
  }
}

const revisionsOf = (events: readonly SseEvent[]) =>
  events.map((e) => {
    const entry = JSON.parse(e.data) as TimelineEntry;
    return `${entry.id}@${entry.revision}`;
  });

describe('TimelineController', () => {
  let app: INestApplication;
  let feed: FakeTimelineFeed;
  let base: string;

  beforeEach(async () => {
    feed = new FakeTimelineFeed();
    const config = loadConfig({}, { name: 'gateway', httpPort: 0 });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.withConfig(config), TimelineModule],
    })
      .overrideProvider(TimelineFeed)
      .useValue(feed)
      .compile();
    app = moduleRef.createNestApplication({ logger: false, forceCloseConnections: true });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterEach(() => app.close());

  const server = (): Server => app.getHttpServer() as Server;

  describe('GET /timeline', () => {
    it('lists the latest revision of the matching entries, a page at a time', async () => {
      feed.publish(0, timelineEntry('ev-a', { date: { start: '2024-07-01', precision: 'day' } }));
      feed.publish(1, timelineEntry('ev-b', { date: { start: '2024-07-02', precision: 'day' } }));
      feed.publish(0, timelineEntry('ev-a', { revision: 2, lifecycle: 'announced' }));
      const first = await request(server()).get('/timeline?limit=1');
      expect(first.status).toBe(200);
      const body = first.body as { entries: TimelineEntry[]; nextCursor: string };
      expect(body.entries.map((e) => [e.id, e.revision])).toEqual([['ev-b', 1]]);
      expect(first.headers['sijill-stream-cursor']).toBe('0-1.1-0');
      const second = await request(server())
        .get('/timeline')
        .query({ limit: 1, cursor: body.nextCursor });
      expect(second.body).toEqual({
        entries: [expect.objectContaining({ id: 'ev-a', revision: 2 })],
      });
    });

    it('answers 400 naming the bad parameter', async () => {
      const res = await request(server()).get('/timeline?type=parade');
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        reason: 'invalid-parameter',
        parameter: 'type',
        detail: expect.stringContaining('parade'),
      });
    });

    it('answers 503 until the feed has caught up', async () => {
      feed.state = { kind: 'catching-up', behind: [1] };
      const res = await request(server()).get('/timeline');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ reason: 'timeline-loading' });
      expect(res.headers['retry-after']).toBe('2');
    });
  });

  describe('GET /timeline/:id', () => {
    it('answers the latest revision, a merged one included, or 404', async () => {
      feed.publish(2, timelineEntry('ev-a'));
      feed.publish(2, timelineEntry('ev-a', { revision: 3, status: 'merged', mergedInto: 'ev-b' }));
      const found = await request(server()).get('/timeline/ev-a');
      expect(found.status).toBe(200);
      expect(found.body).toMatchObject({ id: 'ev-a', revision: 3, mergedInto: 'ev-b' });
      const missing = await request(server()).get('/timeline/ev-none');
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ reason: 'not-found' });
    });
  });

  describe('GET /timeline/stream', () => {
    const open = async (headers: Record<string, string> = {}, query = '') => {
      const controller = new AbortController();
      const res = await fetch(`${base}/timeline/stream${query}`, {
        headers,
        signal: controller.signal,
      });
      const body = res.body;
      if (body === null) throw new Error('no body');
      return { res, events: new SseReader(body.getReader()), close: () => controller.abort() };
    };

    it('replays what exists, follows what comes, and resumes exactly from Last-Event-ID', async () => {
      feed.publish(0, timelineEntry('ev-a'));
      feed.publish(1, timelineEntry('ev-b'));
      const first = await open();
      expect(first.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      const replayed = await first.events.take(2);
      expect(revisionsOf(replayed)).toEqual(['ev-a@1', 'ev-b@1']);
      expect(replayed.map((e) => [e.event, e.id])).toEqual([
        ['entry', '0-0'],
        ['entry', '0-0.1-0'],
      ]);
      feed.publish(1, timelineEntry('ev-b', { revision: 2 }));
      feed.publish(0, timelineEntry('ev-a', { revision: 1 })); // stale: not sent
      feed.publish(0, timelineEntry('ev-c'));
      const live = await first.events.take(2);
      expect(revisionsOf(live)).toEqual(['ev-b@2', 'ev-c@1']);
      first.close();

      // Offered while no client is connected.
      feed.publish(2, timelineEntry('ev-d'));
      const resumed = await open({ 'Last-Event-ID': replayed[1]?.id ?? '' });
      expect(revisionsOf(await resumed.events.take(3))).toEqual(['ev-b@2', 'ev-c@1', 'ev-d@1']);
      resumed.close();

      const byQuery = await open({}, `?lastEventId=${live[1]?.id ?? ''}`);
      expect(revisionsOf(await byQuery.events.take(1))).toEqual(['ev-d@1']);
      byQuery.close();
    });

    it.each([
      ['a header', { 'Last-Event-ID': 'latest' }, '', 'Last-Event-ID'],
      ['a query', {}, '?lastEventId=0-x', 'lastEventId'],
    ])('answers 400 to a malformed id in %s', async (_name, headers, query, parameter) => {
      const res = await fetch(`${base}/timeline/stream${query}`, { headers });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ reason: 'invalid-parameter', parameter });
    });

    it('lets go of a client that leaves, and ends streams when the feed stops', async () => {
      const leaving = await open();
      const staying = await open();
      feed.publish(0, timelineEntry('ev-a'));
      await Promise.all([leaving.events.take(1), staying.events.take(1)]);
      expect(feed.appended.observed).toBe(true);
      leaving.close();
      const released = await pollUntil(
        () => (countObservers(feed.appended) === 1 ? true : undefined),
        { timeoutMs: 5_000, intervalMs: 10 },
      );
      expect(released.kind).toBe('done');
      feed.appended.complete();
      expect(await staying.events.take(1)).toEqual([]);
    });
  });
});

function countObservers(subject: Subject<readonly TimelineRecord[]>): number {
  return (subject as unknown as { observers: unknown[] }).observers.length;
}
