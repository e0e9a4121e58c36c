import { randomBytes } from 'node:crypto';
import type { EventMention, TimelineEntry } from '@sijill/contracts';
import { InMemoryTimelineStore, MergeMentionUseCase } from '@sijill/core';
import { describeTimelineStoreContract, TestRedisConnections } from '@sijill/testing';
import { RedisTimelineStore } from './redis-timeline-store';

const redis = new TestRedisConnections();
const connect = (prefix: string) => redis.connect(prefix);

const freshPrefix = (label: string): string => `${label}-${randomBytes(4).toString('hex')}:`;

afterAll(() => redis.closeAll());

describeTimelineStoreContract('RedisTimelineStore', async () => {
  const prefix = freshPrefix('tl');
  const [one, two] = await Promise.all([connect(prefix), connect(prefix)]);
  return { store: new RedisTimelineStore(one), another: () => new RedisTimelineStore(two) };
});

/** A day's visit by one person to another, reported by one article. */
function visit(i: number, day: number): EventMention {
  const date = `2024-03-${String(day).padStart(2, '0')}`;
  const text = `Delegation ${i} arrived for talks`;
  return {
    mentionId: `s${i}#1`,
    articleId: `s${i}`,
    gazetteerVersion: '2025.1',
    type: 'visit',
    lifecycle: 'occurred',
    date: { start: date, precision: 'day', rule: 'absolute' },
    location: { city: 'Baku', country: 'AZ' },
    participants: [
      { name: `Visitor ${i % 7}`, side: 'visitor', names: { en: `Visitor ${i % 7}` } },
      { name: 'Ilham Aliyev', country: 'AZ', side: 'host', names: { en: 'Ilham Aliyev' } },
    ],
    agreements: [],
    evidence: [{ text, start: 0, end: text.length }],
    confidence: 0.9,
    article: { publishedAt: `${date}T09:00:00Z`, language: 'en' },
  };
}

describe('RedisTimelineStore in Redis', () => {
  it('keeps every key under the one hash tag {<prefix>tl}', async () => {
    const prefix = freshPrefix('tl-keys');
    const connection = await connect(prefix);
    const useCase = new MergeMentionUseCase(new RedisTimelineStore(connection));
    await useCase.mergeMention(visit(1, 5), '2024-03-06T00:00:00.000Z', 'mentions/0/1');
    await useCase.recordDuplicate(
      { articleId: 's1-copy', duplicateOf: 's1' },
      '2024-03-06T00:00:00.000Z',
      'duplicates/0/1',
    );
    const keys = await redis.keys(connection, `*${prefix}*`);
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((key) => !key.startsWith(`{${prefix}tl}:`))).toEqual([]);
  });

  it('refuses to read back a value that does not match its schema, naming the key', async () => {
    const prefix = freshPrefix('tl-bad');
    const connection = await connect(prefix);
    const store = new RedisTimelineStore(connection);
    await connection.client.set(`{${prefix}tl}:e:ev-1`, JSON.stringify({ id: 'ev-1' }));
    await connection.client.set(`{${prefix}tl}:r:mention:x`, '{not json');
    await connection.client.sadd(`{${prefix}tl}:a:s1`, 's1#1');
    const read = (part: object) =>
      store.read({ blocks: [], articles: [], entryIds: [], receipts: [], ...part });
    await expect(read({ entryIds: ['ev-1'] })).rejects.toThrow(`{${prefix}tl}:e:ev-1`);
    await expect(read({ receipts: ['mention:x'] })).rejects.toThrow('not JSON');
    await expect(read({ articles: ['s1'] })).rejects.toThrow(`{${prefix}tl}:m:s1#1`);
  });

  // What a merge costs on Redis is reported by the latency benchmark, never asserted against the
  // wall clock here; this checks that many merges in a row give what the in-memory store gives.
  it("gives the in-memory store's timeline over 300 merges in a row", async () => {
    const onRedis = new MergeMentionUseCase(
      new RedisTimelineStore(await connect(freshPrefix('tl-many'))),
    );
    const inMemory = new MergeMentionUseCase(new InMemoryTimelineStore());
    const latest = async (useCase: MergeMentionUseCase) => {
      const entries = new Map<string, TimelineEntry>();
      for (let i = 0; i < 300; i++) {
        const mention = visit(i, (i % 28) + 1);
        for (const entry of await useCase.mergeMention(
          mention,
          '2024-04-01T00:00:00.000Z',
          `m/0/${i}`,
        )) {
          entries.set(entry.id, entry);
        }
      }
      return entries;
    };
    const redisEntries = await latest(onRedis);
    const memoryEntries = await latest(inMemory);
    expect(redisEntries.size).toBeGreaterThan(1);
    expect(new Map([...redisEntries].sort())).toEqual(new Map([...memoryEntries].sort()));
  });
});
