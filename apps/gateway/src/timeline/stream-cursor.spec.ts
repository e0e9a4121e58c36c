import {
  advanceCursor,
  formatStreamCursor,
  hasSeen,
  parseStreamCursor,
  START_CURSOR,
} from './stream-cursor';

describe('stream cursors', () => {
  it.each([
    ['', []],
    ['  ', []],
    ['0-12', [[0, 12n]]],
    [
      '0-12.1-7.2-30',
      [
        [0, 12n],
        [1, 7n],
        [2, 30n],
      ],
    ],
    [
      '2-30.0-0',
      [
        [2, 30n],
        [0, 0n],
      ],
    ],
    ['5-9223372036854775807', [[5, 9223372036854775807n]]],
  ])('reads %j', (text, expected) => {
    expect([...(parseStreamCursor(text) ?? new Map())]).toEqual(expected);
  });

  it.each([
    ['a word', 'latest'],
    ['a missing offset', '0-'],
    ['a negative offset', '0--1'],
    ['a leading zero', '0-012'],
    ['a repeated partition', '0-1.0-2'],
    ['an offset past int64', '0-9223372036854775808'],
    ['another separator', '0-1,1-2'],
    ['a trailing dot', '0-1.'],
  ])('refuses %s', (_name, text) => {
    expect(parseStreamCursor(text)).toBeUndefined();
  });

  it('writes partitions in order, and reads back what it writes', () => {
    const cursor = new Map([
      [2, 30n],
      [0, 12n],
      [1, 7n],
    ]);
    const text = formatStreamCursor(cursor);
    expect(text).toBe('0-12.1-7.2-30');
    expect(parseStreamCursor(text)).toEqual(new Map([...cursor].sort(([a], [b]) => a - b)));
  });

  it('advances per partition and never backwards', () => {
    const a = advanceCursor(START_CURSOR, 1, 4n);
    const b = advanceCursor(a, 0, 9n);
    expect(formatStreamCursor(b)).toBe('0-9.1-4');
    expect(advanceCursor(b, 1, 3n)).toBe(b);
    expect(START_CURSOR.size).toBe(0);
    expect([hasSeen(b, 1, 4n), hasSeen(b, 1, 5n), hasSeen(b, 2, 0n)]).toEqual([true, false, false]);
  });
});
