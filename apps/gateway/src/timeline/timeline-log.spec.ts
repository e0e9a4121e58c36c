import fc from 'fast-check';
import { advanceCursor, START_CURSOR, type StreamCursor } from './stream-cursor';
import { timelineEntry } from '@sijill/testing';
import { TimelineLog, type TimelineRecord } from './timeline-log';

const revision = (id: string, n: number, start = '2024-07-03') =>
  timelineEntry(id, { revision: n, date: { start, precision: 'day' } });

const positions = (records: readonly TimelineRecord[]) =>
  records.map((r) => `${r.partition}:${r.offset}:${r.entry.id}@${r.entry.revision}`);

/** Reads the whole log the way a stream does, `batch` records at a time. */
function readAll(log: TimelineLog, from: StreamCursor, batch: number) {
  const out: TimelineRecord[] = [];
  let cursor = from;
  for (;;) {
    const records = log.after(cursor, batch);
    if (records.length === 0) return { records: out, cursor };
    for (const r of records) cursor = advanceCursor(cursor, r.partition, r.offset);
    out.push(...records);
  }
}

describe('TimelineLog', () => {
  it.each([
    ['a first revision', [], [0, 0n, 1], 'accepted'],
    ['a newer revision', [[0, 0n, 1]], [0, 1n, 2], 'accepted'],
    ['a revision that skips numbers', [[0, 0n, 1]], [0, 1n, 4], 'accepted'],
    ['the same revision again at a new offset', [[0, 0n, 2]], [0, 1n, 2], 'stale'],
    ['an older revision', [[0, 0n, 3]], [0, 1n, 2], 'stale'],
    ['an offset already offered', [[0, 5n, 1]], [0, 5n, 2], 'repeated'],
    ['an earlier offset (a consumer restart)', [[0, 5n, 1]], [0, 3n, 2], 'repeated'],
  ] as const)('judges %s', (_name, before, [partition, offset, n], expected) => {
    const log = new TimelineLog();
    for (const [p, o, r] of before) log.offer(p, o, revision('ev-a', r));
    expect(log.offer(partition, offset, revision('ev-a', n)).kind).toBe(expected);
  });

  it('answers the latest revision of each entry, sorted by date then id', () => {
    const log = new TimelineLog();
    log.offer(0, 0n, revision('ev-b', 1, '2024-07-05'));
    log.offer(1, 0n, revision('ev-a', 1, '2024-07-05'));
    log.offer(0, 1n, revision('ev-b', 2, '2024-07-01'));
    log.offer(2, 0n, revision('ev-c', 1, '2024'));
    expect(log.get('ev-b')?.revision).toBe(2);
    expect(log.get('ev-x')).toBeUndefined();
    expect(log.entries().map((e) => [e.id, e.date.start])).toEqual([
      ['ev-c', '2024'],
      ['ev-b', '2024-07-01'],
      ['ev-a', '2024-07-05'],
    ]);
    expect([log.entryCount, log.recordCount]).toEqual([3, 4]);
  });

  it('ends at the last offset offered on each partition, so following on from it replays nothing', () => {
    const log = new TimelineLog();
    log.offer(1, 10n, revision('ev-a', 1));
    log.offer(0, 3n, revision('ev-b', 1));
    log.offer(1, 11n, revision('ev-a', 1)); // stale, but offered
    expect([...log.endCursor]).toEqual([
      [1, 11n],
      [0, 3n],
    ]);
    const end = log.endCursor;
    expect(log.after(end, 10)).toEqual([]);
    log.offer(0, 4n, revision('ev-b', 2));
    expect(positions(log.after(end, 10))).toEqual(['0:4:ev-b@2']);
  });

  it('sends records in arrival order, each partition from past its cursor position', () => {
    const log = new TimelineLog();
    log.offer(1, 10n, revision('ev-a', 1));
    log.offer(0, 3n, revision('ev-b', 1));
    log.offer(1, 11n, revision('ev-a', 2));
    log.offer(0, 4n, revision('ev-b', 2));
    expect(positions(log.after(START_CURSOR, 10))).toEqual([
      '1:10:ev-a@1',
      '0:3:ev-b@1',
      '1:11:ev-a@2',
      '0:4:ev-b@2',
    ]);
    const cursor = new Map([
      [0, 3n],
      [1, 10n],
    ]);
    expect(positions(log.after(cursor, 10))).toEqual(['1:11:ev-a@2', '0:4:ev-b@2']);
    expect(positions(log.after(cursor, 1))).toEqual(['1:11:ev-a@2']);
    expect(
      log.after(
        new Map([
          [0, 99n],
          [1, 99n],
        ]),
        10,
      ),
    ).toEqual([]);
  });

  it('past its history limit keeps recent records and every latest revision', () => {
    const log = new TimelineLog(2);
    // Entry a gets six revisions, then b one: compaction runs when 7 > 1 + 2 × 2 records are held.
    for (let n = 1; n <= 6; n++) log.offer(0, BigInt(n), revision('ev-a', n));
    log.offer(1, 0n, revision('ev-b', 1));
    expect(positions(readAll(log, START_CURSOR, 2).records)).toEqual([
      '0:5:ev-a@5',
      '0:6:ev-a@6',
      '1:0:ev-b@1',
    ]);
    expect(log.recordCount).toBe(3);
    expect(log.get('ev-a')?.revision).toBe(6);
  });

  it('resumes exactly: what was sent before a cut and after it is everything, once', () => {
    const offer = fc.record({
      partition: fc.integer({ min: 0, max: 3 }),
      id: fc.constantFrom('ev-a', 'ev-b', 'ev-c', 'ev-d', 'ev-e'),
      revision: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(
        fc.array(offer, { maxLength: 60 }),
        fc.nat(),
        fc.integer({ min: 1, max: 7 }),
        (offers, cutAt, batch) => {
          const log = new TimelineLog();
          const nextOffset = new Map<number, bigint>();
          const half = Math.floor(offers.length / 2);
          const offerAll = (from: number, to: number) => {
            for (const o of offers.slice(from, to)) {
              const offset = nextOffset.get(o.partition) ?? 0n;
              nextOffset.set(o.partition, offset + 1n);
              log.offer(o.partition, offset, revision(o.id, o.revision));
            }
          };
          offerAll(0, half);
          const first = readAll(log, START_CURSOR, batch).records;
          const cut = first.slice(0, cutAt % (first.length + 1));
          let cursor: StreamCursor = START_CURSOR;
          for (const r of cut) cursor = advanceCursor(cursor, r.partition, r.offset);
          offerAll(half, offers.length);
          const resumed = readAll(log, cursor, batch).records;
          const everything = readAll(log, START_CURSOR, batch).records;
          expect(positions([...cut, ...resumed])).toEqual(positions(everything));
        },
      ),
    );
  });
});
