import type { TimelineEntry } from '@sijill/contracts';
import { buildEntry } from './build-entry';
import { findPossibleSplits } from './find-possible-splits';
import { buildMention, type MentionSpec, PEOPLE, PLACES } from '@sijill/testing';

const { putin, tokayev, lavrov, macron, xi } = PEOPLE;

const entry = (id: string, spec: Partial<MentionSpec>): TimelineEntry =>
  buildEntry(
    [
      buildMention({
        id,
        article: id,
        type: 'visit',
        date: '2023-11-09',
        at: PLACES.astana,
        visitors: [putin],
        hosts: [tokayev],
        ...spec,
      }),
    ],
    new Map(),
    undefined,
    '2026-01-01T00:00:00.000Z',
  );

const pairsOf = (entries: readonly TimelineEntry[], days?: number): string[][] =>
  findPossibleSplits(entries, days).map((s) => [
    s.first.sources[0]?.articleId ?? '',
    s.second.sources[0]?.articleId ?? '',
    s.shared.join('+'),
    String(s.daysApart),
  ]);

describe('findPossibleSplits', () => {
  it('pairs entries sharing a principal within three days, with the names and the distance', () => {
    const entries = [
      entry('a', {}),
      entry('b', { date: '2023-11-12', hosts: [] }),
      entry('c', { date: '2023-11-13' }),
      entry('d', { visitors: [macron], hosts: [xi], at: PLACES.moscow }),
    ];
    expect(pairsOf(entries)).toEqual([
      ['a', 'b', putin.name, '3'],
      ['b', 'c', putin.name, '1'],
    ]);
    expect(pairsOf(entries, 0)).toEqual([]);
  });

  it('does not count a delegation member without a side as a principal', () => {
    const entries = [
      entry('a', { with: [lavrov] }),
      entry('b', { type: 'call', at: undefined, visitors: [], hosts: [], with: [lavrov, xi] }),
    ];
    expect(pairsOf(entries)).toEqual([]);
  });

  it('reads overlapping coarse dates as no days apart, and skips merged entries', () => {
    const merged: TimelineEntry = {
      ...entry('c', {}),
      status: 'merged',
      mergedInto: entry('a', {}).id,
    };
    expect(pairsOf([entry('a', {}), entry('b', { date: '2023-11' }), merged])).toEqual([
      ['b', 'a', `${tokayev.name}+${putin.name}`, '0'],
    ]);
  });
});
