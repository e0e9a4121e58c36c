import { fileBlocksOf, queryBlocksOf } from './assign-date-blocks';
import { TimelineTables } from './timeline-tables';
import { articleScope, blockScope, type TimelineReadRequest } from './timeline-store.port';
import { buildMention, PEOPLE, PLACES } from './timeline-mentions.fixture';

const mention = buildMention({
  id: 'a#1',
  article: 'a',
  type: 'visit',
  date: '2024-11-28',
  at: PLACES.astana,
  visitors: [PEOPLE.putin],
});
const nothing = { mentions: [], copies: [], entries: [], receipt: undefined };
const request = (part: Partial<TimelineReadRequest>): TimelineReadRequest => ({
  blocks: [],
  articles: [],
  entryIds: [],
  receipts: [],
  ...part,
});

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

  it('looks for a day mention a day either side, and in its month and year', () => {
    expect(queryBlocksOf(mention)).toEqual([
      'd:2024-11-27:encounter',
      'd:2024-11-28:encounter',
      'd:2024-11-29:encounter',
      'm:2024-11:encounter',
      'y:2024:encounter',
    ]);
  });
});

describe('TimelineTables', () => {
  it('finds a written mention by block and by article, with the scopes’ versions', () => {
    const tables = new TimelineTables();
    expect(tables.write({ ...nothing, mentions: [mention], expectedVersions: {} })).toBe('written');
    const byBlock = tables.read(request({ blocks: ['d:2024-11-28:encounter'] }));
    const byArticle = tables.read(request({ articles: ['a'] }));
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
    expect(tables.read(request({ articles: ['a'] })).copies).toEqual([
      { articleId: 'b', duplicateOf: 'a' },
    ]);
  });
});
