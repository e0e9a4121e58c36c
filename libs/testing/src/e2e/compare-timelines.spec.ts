import type { TimelineEntry } from '@sijill/contracts';
import { entrySource } from '../builders/entry-source';
import { compareTimelines } from './compare-timelines';

/** An entry with only what the comparison reads: id, revision, status, a label and its sources. */
const entry = (id: string, label: string, sources: string[], revision = 1): TimelineEntry =>
  ({
    id,
    revision,
    status: 'active',
    label,
    sources: sources.map((s) => entrySource(s)),
  }) as unknown as TimelineEntry;

const expected = [entry('e1', 'summit', ['a', 'b']), entry('e2', 'call', ['c'])];

describe('compareTimelines', () => {
  it.each([
    [
      'the same entries under other ids',
      [entry('x', 'summit', ['b', 'a']), entry('y', 'call', ['c'])],
      [0, 0, 0, 0, 0, true],
    ],
    ['an entry missing', [entry('e1', 'summit', ['a', 'b'])], [1, 0, 0, 1, 0, false]],
    [
      'the same entry twice under two ids (doubled)',
      [...expected, entry('e3', 'call', ['c'])],
      [0, 1, 0, 0, 1, false],
    ],
    [
      'an entry still missing one of its sources (lost and unexpected, not doubled)',
      [entry('e1', 'summit', ['a']), entry('e2', 'call', ['c'])],
      [1, 0, 1, 1, 0, false],
    ],
    [
      'a rewrite rooted in another original (arrival order names the root)',
      [
        {
          ...entry('x', 'summit', []),
          sources: [entrySource('a', { derivedFrom: 'b' }), entrySource('b')],
        },
        entry('y', 'call', ['c']),
      ],
      [0, 0, 0, 0, 0, true],
    ],
    [
      'only the latest revision of an entry counts',
      [
        entry('e1', 'summit', ['a']),
        entry('e1', 'summit', ['a', 'b'], 2),
        entry('e2', 'call', ['c']),
      ],
      [0, 0, 0, 0, 0, true],
    ],
  ])('%s', (_case, actual, [lost, doubled, unexpected, sourcesLost, sourcesDoubled, same]) => {
    expect(compareTimelines(expected, actual)).toEqual({
      entries: 2,
      entriesLost: lost,
      entriesDoubled: doubled,
      entriesUnexpected: unexpected,
      sourcesLost,
      sourcesDoubled,
      same,
    });
  });
});
