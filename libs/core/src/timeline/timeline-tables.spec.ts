import fc from 'fast-check';
import { fileBlocksOf, queryBlocksOf } from './assign-date-blocks';
import { compareMentions } from './compare-mentions';
import { TimelineTables } from './timeline-tables';
import { articleScope, blockScope } from './timeline-store.port';
import { buildMention, PEOPLE, PLACES, timelineReadRequest } from '@sijill/testing';

const mention = buildMention({
  id: 'a#1',
  article: 'a',
  type: 'visit',
  date: '2024-11-28',
  at: PLACES.astana,
  visitors: [PEOPLE.putin],
});
const nothing = { mentions: [], copies: [], entries: [], receipt: undefined };

describe('date blocks', () => {
  it.each([
    ['2024-11-28', ['d:2024-11-28:encounter']],
    ['2024-11', ['m:2024-11:encounter']],
    ['2024', ['y:2024:encounter']],
    ['2024-02-30', []],
  ])('files %s under %j', (date, blocks) => {
    expect(
      fileBlocksOf({
        ...mention,
        date: {
          ...mention.date,
          start: date,
          precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
        },
      }),
    ).toEqual(blocks);
  });

  it('looks for a day mention three days either side, and in its month and year', () => {
    const days = ['25', '26', '27', '28', '29', '30'].map((d) => `d:2024-11-${d}`);
    const keys = [...days, 'd:2024-12-01', 'm:2024-11', 'y:2024'];
    // A visit or meeting may be the encounter a summit tells through its guest, and a meeting may
    // be a summit of the same leaders: they look among summits too; calls only among calls.
    const encounters = keys.flatMap((key) => [`${key}:encounter`, `${key}:summit`]).sort();
    expect(queryBlocksOf(mention)).toEqual(encounters);
    expect(queryBlocksOf({ ...mention, type: 'meeting' as const })).toEqual(encounters);
    expect(queryBlocksOf({ ...mention, type: 'call' as const })).toEqual(
      keys.map((key) => `${key}:call`).sort(),
    );
  });

  it('looks two days further either side of a date guessed from the news day', () => {
    const guessed = { ...mention, date: { ...mention.date, rule: 'fallback-news-day' } };
    const days = queryBlocksOf(guessed).filter((key) => key.startsWith('d:'));
    expect([days[0], days.at(-1)]).toEqual(['d:2024-11-23:encounter', 'd:2024-12-03:summit']);
  });
});

describe('date blocks and the merge rules', () => {
  const { putin, lavrov, tokayev, xi } = PEOPLE;
  const report = fc.record({
    sided: fc.boolean(),
    delegate: fc.boolean(),
    inferred: fc.boolean(),
    type: fc.constantFrom('visit', 'meeting', 'summit', 'call'),
    day: fc.integer({ min: 1, max: 30 }),
    precision: fc.constantFrom('day', 'day', 'month', 'year'),
    guessed: fc.boolean(),
    month: fc.constantFrom('10', '11', '12'),
  });
  const mentionOf = (r: typeof report extends fc.Arbitrary<infer T> ? T : never, id: string) => {
    const day = `2024-${r.month}-${String(r.day).padStart(2, '0')}`;
    const date = r.precision === 'day' ? day : r.precision === 'month' ? day.slice(0, 7) : '2024';
    return buildMention({
      id,
      article: id,
      type: r.type,
      date,
      ...(r.guessed && r.precision === 'day' ? { rule: 'fallback-news-day' } : {}),
      ...(r.type === 'call' ? {} : { at: PLACES.astana, inferredPlace: r.inferred }),
      // Sided visits link over a visit's few stated days, and across one delegation's members.
      ...(r.sided
        ? { visitors: [r.delegate ? lavrov : putin], hosts: [tokayev], with: [xi] }
        : { with: [putin, tokayev, xi] }),
    });
  };

  // What keeps the merge independent of arrival order and instance count: two mentions that may
  // be one encounter always read a block the other is filed under.
  it('lets any two compatible mentions find each other through their blocks', () => {
    fc.assert(
      fc.property(report, report, (left, right) => {
        const [a, b] = [mentionOf(left, 'a'), mentionOf(right, 'b')];
        fc.pre(compareMentions(a, b).compatible);
        const finds = (x: typeof a, y: typeof b): boolean => {
          const filed = new Set(fileBlocksOf(y));
          return queryBlocksOf(x).some((block) => filed.has(block));
        };
        expect(finds(a, b) && finds(b, a)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('date blocks and the visit rules', () => {
  const { putin, lavrov, tokayev } = PEOPLE;
  // Reports of visits within days of each other: one visit's arrival and end, one delegation's
  // members, dates guessed from the news day, capitals inferred.
  const report = fc.record({
    day: fc.integer({ min: 1, max: 9 }),
    guessed: fc.boolean(),
    delegate: fc.boolean(),
    inferred: fc.boolean(),
  });
  const visitOf = (r: typeof report extends fc.Arbitrary<infer T> ? T : never, id: string) =>
    buildMention({
      id,
      article: id,
      type: 'visit',
      date: `2024-11-0${r.day}`,
      ...(r.guessed ? { rule: 'fallback-news-day' } : {}),
      at: PLACES.astana,
      inferredPlace: r.inferred,
      visitors: [r.delegate ? lavrov : putin],
      hosts: [tokayev],
    });

  it('lets any two compatible visits find each other through their blocks', () => {
    fc.assert(
      fc.property(report, report, (left, right) => {
        const [a, b] = [visitOf(left, 'a'), visitOf(right, 'b')];
        fc.pre(compareMentions(a, b).compatible);
        const finds = (x: typeof a, y: typeof b): boolean => {
          const filed = new Set(fileBlocksOf(y));
          return queryBlocksOf(x).some((block) => filed.has(block));
        };
        expect(finds(a, b) && finds(b, a)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('date blocks and what is held during a visit', () => {
  const { putin, tokayev, aliyev } = PEOPLE;
  // Reports around one visit: the visit itself, a meeting during it (with the host, or with a
  // third party and no place), and a summit told through the visitor alone, days apart.
  const report = fc.record({
    kind: fc.constantFrom('visit', 'host-meeting', 'placeless-meeting', 'guest-summit'),
    day: fc.integer({ min: 1, max: 9 }),
    guessed: fc.boolean(),
    inferred: fc.boolean(),
  });
  const mentionOf = (r: typeof report extends fc.Arbitrary<infer T> ? T : never, id: string) => {
    const common = {
      id,
      article: id,
      date: `2024-11-0${r.day}`,
      ...(r.guessed ? { rule: 'fallback-news-day' } : {}),
    };
    const placed = { at: PLACES.astana, inferredPlace: r.inferred };
    switch (r.kind) {
      case 'visit':
        return buildMention({
          ...common,
          ...placed,
          type: 'visit',
          visitors: [putin],
          hosts: [tokayev],
        });
      case 'host-meeting':
        return buildMention({ ...common, ...placed, type: 'meeting', with: [putin, tokayev] });
      case 'placeless-meeting':
        return buildMention({ ...common, type: 'meeting', with: [putin, aliyev] });
      case 'guest-summit':
        return buildMention({ ...common, ...placed, type: 'summit', with: [putin] });
    }
  };

  it('lets any two compatible reports of the visit find each other through their blocks', () => {
    fc.assert(
      fc.property(report, report, (left, right) => {
        const [a, b] = [mentionOf(left, 'a'), mentionOf(right, 'b')];
        fc.pre(compareMentions(a, b).compatible);
        const finds = (x: typeof a, y: typeof b): boolean => {
          const filed = new Set(fileBlocksOf(y));
          return queryBlocksOf(x).some((block) => filed.has(block));
        };
        expect(finds(a, b) && finds(b, a)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('TimelineTables', () => {
  it('finds a written mention by block and by article, with the scopes’ versions', () => {
    const tables = new TimelineTables();
    expect(tables.write({ ...nothing, mentions: [mention], expectedVersions: {} })).toBe('written');
    const byBlock = tables.read(timelineReadRequest({ blocks: ['d:2024-11-28:encounter'] }));
    const byArticle = tables.read(timelineReadRequest({ articles: ['a'] }));
    expect(byBlock.mentions).toEqual([mention]);
    expect(byArticle.mentions).toEqual([mention]);
    expect(byBlock.versions).toEqual({ [blockScope('d:2024-11-28:encounter')]: 1 });
    expect(byArticle.versions).toEqual({ [articleScope('a')]: 1 });
  });

  it('refuses a write when a scope it read has moved on, and bumps what it read', () => {
    const tables = new TimelineTables();
    const scope = blockScope('d:2024-11-28:encounter');
    expect(tables.write({ ...nothing, expectedVersions: { [scope]: 0 } })).toBe('written');
    expect(tables.write({ ...nothing, expectedVersions: { [scope]: 0 } })).toBe('conflict');
    expect(tables.write({ ...nothing, expectedVersions: { [scope]: 1 } })).toBe('written');
  });

  it('records copies under their original', () => {
    const tables = new TimelineTables();
    tables.write({
      ...nothing,
      copies: [{ articleId: 'b', duplicateOf: 'a' }],
      expectedVersions: {},
    });
    expect(tables.read(timelineReadRequest({ articles: ['a'] })).copies).toEqual([
      { articleId: 'b', duplicateOf: 'a' },
    ]);
  });
});
