import type { EventMention, TimelineEntry } from '@sijill/contracts';
import {
  articleScope,
  blockScope,
  fileBlocksOf,
  InMemoryTimelineStore,
  MergeMentionUseCase,
  type TimelineStore,
  type TimelineWrite,
} from '@sijill/core';
import { timelineEntry } from '../builders/timeline-entry';
import { timelineReadRequest } from '../builders/timeline-read-request';

type Participant = EventMention['participants'][number];

const PUTIN: Participant = {
  name: 'Vladimir Putin',
  wikidata: 'Q7747',
  country: 'RU',
  role: 'President of Russia',
  names: { en: 'Vladimir Putin', ar: 'فلاديمير بوتين' },
};
const TOKAYEV: Participant = {
  name: 'Kassym-Jomart Tokayev',
  wikidata: 'Q1077529',
  country: 'KZ',
  names: { en: 'Kassym-Jomart Tokayev', ar: 'قاسم جومارت توكاييف' },
};
const LUKASHENKO: Participant = {
  name: 'Alexander Lukashenko',
  wikidata: 'Q7141',
  country: 'BY',
  names: { en: 'Alexander Lukashenko', ar: 'ألكسندر لوكاشينكو' },
};
const ASTANA = { city: 'Astana', country: 'KZ', wikidata: 'Q1520' };

const PRECISION = { 10: 'day', 7: 'month', 4: 'year' } as const;

/** A visit to Astana reported by one article; the date's form sets its precision. */
function visit(
  id: string,
  articleId: string,
  date: string,
  more: Partial<EventMention> = {},
): EventMention {
  const evidence = 'وصل الرئيس الروسي فلاديمير بوتين إلى أستانا في زيارة رسمية';
  return {
    mentionId: id,
    articleId,
    gazetteerVersion: '2025.1',
    type: 'visit',
    lifecycle: 'occurred',
    date: {
      start: date,
      precision: PRECISION[date.length as keyof typeof PRECISION] ?? 'day',
      raw: 'اليوم الخميس',
      anchor: '2024-11-28T03:29:00Z',
      rule: 'relative-weekday',
    },
    location: ASTANA,
    participants: [
      { ...PUTIN, side: 'visitor' },
      { ...TOKAYEV, side: 'host' },
    ],
    agreements: [],
    evidence: [{ text: evidence, start: 0, end: evidence.length }],
    confidence: 0.92,
    article: {
      url: `https://news.example/${articleId}`,
      source: 'Example News',
      publishedAt: `${date.length === 10 ? date : '2024-11-28'}T08:00:00Z`,
      language: 'ar',
    },
    ...more,
  };
}

/** A published entry, as the merge would store it. */
function entry(id: string, revision: number, more: Partial<TimelineEntry> = {}): TimelineEntry {
  return timelineEntry(id, {
    revision,
    date: { start: '2024-11-27', end: '2024-11-28', precision: 'day' },
    participants: [
      { ...PUTIN, side: 'visitor' },
      { ...TOKAYEV, side: 'host' },
    ],
    agreements: [{ title: 'Protocol on oil supplies', language: 'en' }],
    title: { en: 'Vladimir Putin visits Kazakhstan', ar: 'بوتين يزور كازاخستان' },
    sources: [
      {
        articleId: 'a1',
        url: 'https://news.example/a1',
        language: 'ar',
        duplicates: ['a1-copy'],
        evidence: [{ text: 'وصل بوتين إلى أستانا', start: 4, end: 24 }],
      },
    ],
    firstSeenAt: '2024-11-28T03:30:00.000Z',
    updatedAt: '2024-11-28T09:00:00.000Z',
    ...more,
  });
}

/** A read of one day's block and the given articles, for entry ev-1 and mention a1#1's receipt. */
const readDay = (store: TimelineStore, day: string, articles: string[]) =>
  store.read(
    timelineReadRequest({
      blocks: [`d:${day}:encounter`],
      articles,
      entryIds: ['ev-1'],
      receipts: ['mention:a1#1'],
    }),
  );

/** What a read finds where nothing was written: no records, the scopes at these versions. */
const foundNothing = (versions: Record<string, number>) => ({
  mentions: [],
  copies: [],
  entries: [],
  receipts: [],
  versions,
});

const nothing: Omit<TimelineWrite, 'expectedVersions'> = {
  mentions: [],
  copies: [],
  entries: [],
  receipt: undefined,
};

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);

function content(e: TimelineEntry): Omit<TimelineEntry, 'revision' | 'firstSeenAt' | 'updatedAt'> {
  const { revision: _r, firstSeenAt: _f, updatedAt: _u, ...rest } = e;
  return rest;
}

/** Reports of one week in Astana: one visit told several ways, another visit, a copy. */
function crowdedWeek(): {
  mentions: EventMention[];
  copies: { articleId: string; duplicateOf: string }[];
} {
  return {
    mentions: [
      visit('w1#1', 'w1', '2024-11-27'),
      visit('w2#1', 'w2', '2024-11-28', {
        participants: [PUTIN, TOKAYEV],
        agreements: [{ title: 'Protocol on oil supplies', language: 'en' }],
      }),
      visit('w3#1', 'w3', '2024-11-27', {
        lifecycle: 'announced',
        article: { source: 'Other Agency', publishedAt: '2024-11-25T10:00:00Z', language: 'en' },
      }),
      visit('w4#1', 'w4', '2024-11', { participants: [{ ...PUTIN, side: 'visitor' }] }),
      visit('w5#1', 'w5', '2024-11-28', {
        participants: [
          { ...LUKASHENKO, side: 'visitor' },
          { ...TOKAYEV, side: 'host' },
        ],
      }),
      visit('w5#2', 'w5', '2024-11-28', { type: 'meeting', participants: [PUTIN, TOKAYEV] }),
      visit('w6#1', 'w6', '2024-11-29', {
        participants: [
          { ...LUKASHENKO, side: 'visitor' },
          { ...TOKAYEV, side: 'host' },
        ],
      }),
    ],
    copies: [{ articleId: 'w1-copy', duplicateOf: 'w1' }],
  };
}

/**
 * The behaviour every `TimelineStore` adapter must show; run against the in-memory store in unit
 * tests and against Redis in integration tests. `makeStore` returns an empty store and a factory
 * for a second handle on the same state (another instance, another connection).
 */
export function describeTimelineStoreContract(
  name: string,
  makeStore: () => Promise<{ store: TimelineStore; another: () => TimelineStore }>,
): void {
  describe(`${name} (TimelineStore contract)`, () => {
    let store: TimelineStore;
    let another: () => TimelineStore;
    beforeEach(async () => {
      ({ store, another } = await makeStore());
    });

    it('reads nothing from an empty store, every scope at version 0', async () => {
      expect(await readDay(store, '2024-11-28', ['a1'])).toEqual(
        foundNothing({ [blockScope('d:2024-11-28:encounter')]: 0, [articleScope('a1')]: 0 }),
      );
    });

    it('finds a written mention under each block it is filed in and under its article, as written', async () => {
      const mention = visit('a1#1', 'a1', '2024-11-27', {
        date: { start: '2024-11-27', end: '2024-11-28', precision: 'day', rule: 'range' },
      });
      const blocks = fileBlocksOf(mention);
      expect(blocks).toEqual(['d:2024-11-27:encounter', 'd:2024-11-28:encounter']);
      expect(await store.write({ ...nothing, mentions: [mention], expectedVersions: {} })).toBe(
        'written',
      );
      const byBlock = await store.read(
        timelineReadRequest({ blocks: [...blocks, 'd:2024-11-29:encounter'] }),
      );
      expect(byBlock.mentions).toStrictEqual([mention]);
      expect(byBlock.versions).toEqual({
        [blockScope('d:2024-11-27:encounter')]: 1,
        [blockScope('d:2024-11-28:encounter')]: 1,
        [blockScope('d:2024-11-29:encounter')]: 0,
      });
      const byArticle = await store.read(timelineReadRequest({ articles: ['a1'] }));
      expect(byArticle.mentions).toStrictEqual([mention]);
      expect(byArticle.versions).toEqual({ [articleScope('a1')]: 1 });
      expect(
        (await store.read(timelineReadRequest({ blocks: ['d:2024-11-27:summit'] }))).mentions,
      ).toEqual([]);
    });

    it('keeps absent optional fields absent', async () => {
      const { location: _l, ...bare } = visit('a2#1', 'a2', '2024', {
        participants: [{ name: 'Kassym-Jomart Tokayev', names: {} }],
        article: { language: 'ar' },
      });
      await store.write({ ...nothing, mentions: [bare], expectedVersions: {} });
      const read = await store.read(timelineReadRequest({ articles: ['a2'] }));
      expect(read.mentions).toStrictEqual([bare]);
    });

    it('serves the newest version of a mention wherever it was filed', async () => {
      const first = visit('a1#1', 'a1', '2024-11-27');
      const second = visit('a1#1', 'a1', '2024-12-05', { gazetteerVersion: '2025.2' });
      await store.write({ ...nothing, mentions: [first], expectedVersions: {} });
      await store.write({ ...nothing, mentions: [second], expectedVersions: {} });
      const read = await store.read(
        timelineReadRequest({
          blocks: ['d:2024-11-27:encounter', 'd:2024-12-05:encounter'],
          articles: ['a1'],
        }),
      );
      expect(read.mentions).toStrictEqual([second]);
    });

    it('records a wire copy under its original and bumps both articles', async () => {
      const copy = { articleId: 'a1-copy', duplicateOf: 'a1' };
      await store.write({ ...nothing, copies: [copy], expectedVersions: {} });
      const read = await store.read(timelineReadRequest({ articles: ['a1', 'a1-copy'] }));
      expect(read.copies).toEqual([copy]);
      expect(read.versions).toEqual({ [articleScope('a1')]: 1, [articleScope('a1-copy')]: 1 });
    });

    it('replaces entries and receipts under their keys and reads back those asked for', async () => {
      const receipt = { key: 'mention:a1#1', delivery: 'mentions/0/7', entryIds: ['ev-1'] };
      await store.write({
        ...nothing,
        entries: [entry('ev-1', 1), entry('ev-2', 1)],
        receipt,
        expectedVersions: {},
      });
      const merged = entry('ev-2', 2, { status: 'merged', mergedInto: 'ev-1' });
      const later = { ...receipt, delivery: 'mentions/0/9', entryIds: ['ev-1', 'ev-2'] };
      await store.write({ ...nothing, entries: [merged], receipt: later, expectedVersions: {} });
      const read = await store.read(
        timelineReadRequest({
          entryIds: ['ev-2', 'ev-missing', 'ev-1'],
          receipts: ['mention:a1#1', 'copy:x:y'],
        }),
      );
      expect([...read.entries].sort(byId)).toStrictEqual([entry('ev-1', 1), merged]);
      expect(read.receipts).toStrictEqual([later]);
      expect(read.versions).toEqual({});
    });

    it('refuses a write when a scope it read has moved on, and changes nothing then', async () => {
      const scope = blockScope('d:2024-11-27:encounter');
      const mention = visit('a1#1', 'a1', '2024-11-27');
      expect(await store.write({ ...nothing, expectedVersions: { [scope]: 0 } })).toBe('written');
      const stale = {
        mentions: [mention],
        copies: [{ articleId: 'a9', duplicateOf: 'a1' }],
        entries: [entry('ev-1', 1)],
        receipt: { key: 'mention:a1#1', delivery: 'mentions/0/1', entryIds: ['ev-1'] },
        expectedVersions: { [scope]: 0 },
      };
      expect(await store.write(stale)).toBe('conflict');
      expect(await readDay(store, '2024-11-27', ['a1', 'a9'])).toEqual(
        foundNothing({ [scope]: 1, [articleScope('a1')]: 0, [articleScope('a9')]: 0 }),
      );
      expect(await store.write({ ...stale, expectedVersions: { [scope]: 1 } })).toBe('written');
    });

    it('bumps every scope it read and every scope it wrote into, once each', async () => {
      const mention = visit('a1#1', 'a1', '2024-11-28');
      const read = timelineReadRequest({
        blocks: ['y:2024:encounter', 'd:2024-11-28:encounter'],
        articles: ['a1', 'a7'],
      });
      const before = await store.read(read);
      await store.write({
        ...nothing,
        mentions: [mention],
        copies: [{ articleId: 'a1-copy', duplicateOf: 'a1' }],
        expectedVersions: before.versions,
      });
      const after = await store.read({ ...read, articles: [...read.articles, 'a1-copy'] });
      expect(after.versions).toEqual({
        [blockScope('y:2024:encounter')]: 1,
        [blockScope('d:2024-11-28:encounter')]: 1,
        [articleScope('a1')]: 1,
        [articleScope('a7')]: 1,
        [articleScope('a1-copy')]: 1,
      });
    });

    it('lets exactly one of two writes expecting the same versions pass, in each of 50 trials on two handles', async () => {
      const other = another();
      const wrong: { trial: number; outcomes: string[]; stored: number }[] = [];
      for (let trial = 0; trial < 50; trial++) {
        const block = `d:2024-01-${String((trial % 28) + 1).padStart(2, '0')}:t${trial}`;
        const article = `race-${trial}`;
        const write = (side: string): TimelineWrite => ({
          ...nothing,
          mentions: [visit(`${article}#${side}`, article, '2024-11-28')],
          expectedVersions: { [blockScope(block)]: 0, [articleScope(article)]: 0 },
        });
        const outcomes = await Promise.all([store.write(write('a')), other.write(write('b'))]);
        const stored = (await store.read(timelineReadRequest({ articles: [article] }))).mentions
          .length;
        if (outcomes.filter((o) => o === 'written').length !== 1 || stored !== 1) {
          wrong.push({ trial, outcomes, stored });
        }
      }
      expect(wrong).toEqual([]);
    });

    it('carries merges from two instances at once to the timeline one instance builds alone', async () => {
      const { mentions, copies } = crowdedWeek();
      const alone = new InMemoryTimelineStore();
      const reference = new MergeMentionUseCase(alone);
      for (const m of mentions) await reference.mergeMention(m, '2024-11-30T00:00:00.000Z');
      for (const c of copies) await reference.recordDuplicate(c, '2024-11-30T00:00:00.000Z');
      const expected = alone.listEntries().filter((e) => e.status === 'active');

      const instances = [store, another()].map(
        (s) => new MergeMentionUseCase(s, { maxAttempts: 100 }),
      );
      const inputs = [...mentions.map((m) => ({ m })), ...copies.map((c) => ({ c }))].reverse();
      const published = await Promise.all(
        instances.map(async (instance, n) => {
          const out: TimelineEntry[] = [];
          for (const [i, input] of inputs.entries()) {
            if (i % 2 !== n) continue;
            const at = new Date(Date.UTC(2024, 10, 30, 0, 0, i)).toISOString();
            const delivery = `mentions/${n}/${i}`;
            out.push(
              ...('m' in input
                ? await instance.mergeMention(input.m, at, delivery)
                : await instance.recordDuplicate(input.c, at, delivery)),
            );
          }
          return out;
        }),
      );
      const latest = new Map<string, TimelineEntry>();
      for (const e of published.flat()) {
        if ((latest.get(e.id)?.revision ?? 0) < e.revision) latest.set(e.id, e);
      }
      const stored = await store.read(timelineReadRequest({ entryIds: [...latest.keys()] }));
      expect([...stored.entries].sort(byId)).toStrictEqual([...latest.values()].sort(byId));
      const active = stored.entries.filter((e) => e.status === 'active');
      expect(active.map(content).sort(byId)).toStrictEqual(expected.map(content).sort(byId));
      expect(expected.length).toBeGreaterThanOrEqual(2);
    });
  });
}
