import type { EventMention, TimelineEntry } from '@sijill/contracts';
import {
  applyDuplicate,
  applyMention,
  emptyTimelineState,
  type TimelineState,
  timelineEntries,
} from './apply-mention';
import { entryIdOf } from './derive-entry-id';
import type { CopyLink } from './timeline-store.port';
import { buildMention, type MentionSpec, ORGANISATIONS, PEOPLE, PLACES } from '@sijill/testing';

const { putin, lavrov, tokayev, macron, xi, aliyev } = PEOPLE;
const { astana } = PLACES;

type Input = EventMention | CopyLink;

interface Run {
  readonly state: TimelineState;
  /** Every entry published, in publication order. */
  readonly published: TimelineEntry[];
}

function run(inputs: readonly Input[], state = emptyTimelineState()): Run {
  const published: TimelineEntry[] = [];
  inputs.forEach((input, i) => {
    const now = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString();
    const applied =
      'mentionId' in input ? applyMention(state, input, now) : applyDuplicate(state, input, now);
    state = applied.state;
    published.push(...applied.changes);
  });
  return { state, published };
}

const active = (state: TimelineState): TimelineEntry[] =>
  timelineEntries(state).filter((e) => e.status === 'active');

const visit = (id: string, spec: Partial<MentionSpec> = {}): EventMention =>
  buildMention({
    id,
    article: id.split('#')[0] ?? id,
    type: 'visit',
    date: '2023-11-09',
    at: astana,
    visitors: [putin],
    hosts: [tokayev],
    ...spec,
  });

const sco: Partial<MentionSpec> = {
  type: 'summit',
  date: '2024-07-03',
  organisation: ORGANISATIONS.sco,
  visitors: [],
  hosts: [],
};

describe('applyMention: what makes one entry and what stays apart', () => {
  it.each<[string, Input[], string[][]]>([
    [
      'the same people and place on different dates stay apart',
      [visit('a#1'), visit('b#1', { date: '2024-11-27' })],
      [['a'], ['b']],
    ],
    [
      'different visitors to the same host in the same week stay apart',
      [visit('a#1'), visit('b#1', { date: '2023-11-10', visitors: [macron] })],
      [['a'], ['b']],
    ],
    [
      'an announced visit and reports that it happened are one entry',
      [visit('a#1', { lifecycle: 'announced' }), visit('b#1'), visit('c#1')],
      [['a', 'b', 'c']],
    ],
    [
      'two articles on one summit are one entry with two sources',
      [visit('a#1', { ...sco, with: [putin, xi] }), visit('b#1', { ...sco, with: [tokayev] })],
      [['a', 'b']],
    ],
    [
      'a meeting on the sidelines of a summit is its own entry',
      [
        visit('a#1', { ...sco, with: [putin, xi] }),
        visit('a#2', { ...sco, type: 'meeting', organisation: undefined, with: [putin, aliyev] }),
      ],
      [['a'], ['a']],
    ],
  ])('%s', (_name, inputs, expectedSources) => {
    const entries = active(run(inputs).state);
    const sources = entries.map((e) => e.sources.map((s) => s.articleId)).sort();
    expect(sources).toEqual([...expectedSources].sort());
  });

  it('moves the lifecycle of an announced entry to occurred, under the same id', () => {
    const announced = visit('a#1', { lifecycle: 'announced', publishedAt: '2023-11-07T00:00:00Z' });
    const reported = visit('b#1', { publishedAt: '2023-11-09T12:00:00Z' });
    const { published } = run([announced, reported]);
    expect(published.map((e) => [e.id, e.revision, e.lifecycle])).toEqual([
      [entryIdOf('a#1'), 1, 'announced'],
      [entryIdOf('a#1'), 2, 'occurred'],
    ]);
  });
});

describe('applyDuplicate', () => {
  const copy: CopyLink = { articleId: 'a-copy', duplicateOf: 'a' };

  it.each<[string, Input[]]>([
    ['after its original', [visit('a#1'), copy]],
    ['before its original', [copy, visit('a#1')]],
  ])('lists a wire copy under its source when it arrives %s', (_name, inputs) => {
    const [entry] = active(run(inputs).state);
    expect(entry?.sources.map((s) => [s.articleId, s.duplicates])).toEqual([['a', ['a-copy']]]);
  });

  it('republishes the entry once, and a repeated copy changes nothing', () => {
    const { state, published } = run([visit('a#1'), copy, copy]);
    expect(published.map((e) => e.revision)).toEqual([1, 2]);
    expect(applyDuplicate(state, copy, '2026-01-01T00:00:00.000Z').state).toBe(state);
  });
});

describe('applyMention: merging entries', () => {
  // Two reports two days apart, placed only at the host's capital, are two entries until the day
  // between links them.
  const inferred = { inferredPlace: true } as const;
  const first = visit('a#1', {
    ...inferred,
    date: '2023-11-08',
    publishedAt: '2023-11-08T10:00:00Z',
  });
  const second = visit('b#1', {
    ...inferred,
    date: '2023-11-10',
    publishedAt: '2023-11-10T10:00:00Z',
  });
  const bridge = visit('c#1', { date: '2023-11-09', publishedAt: '2023-11-09T10:00:00Z' });

  it('merges two entries that one mention ties together', () => {
    const before = run([first, second]);
    expect(active(before.state)).toHaveLength(2);
    const { state, published } = run([bridge], before.state);
    const survivor = entryIdOf('a#1');
    expect(published.map((e) => [e.id, e.revision, e.status, e.mergedInto])).toEqual([
      [survivor, 2, 'active', undefined],
      [entryIdOf('b#1'), 2, 'merged', survivor],
    ]);
    expect(active(state).map((e) => e.sources.map((s) => s.articleId))).toEqual([['a', 'c', 'b']]);
  });

  it('keeps the loser as it last was, apart from its status', () => {
    const before = run([first, second]);
    const loser = timelineEntries(before.state).find((e) => e.id === entryIdOf('b#1'));
    const { published } = run([bridge], before.state);
    const merged = published.find((e) => e.status === 'merged');
    expect(merged).toEqual({
      ...loser,
      revision: 2,
      status: 'merged',
      mergedInto: entryIdOf('a#1'),
      updatedAt: merged?.updatedAt,
    });
  });

  it('renames an entry when an earlier report arrives late, publishing the old id as merged', () => {
    const late = visit('z#1', { publishedAt: '2023-11-01T00:00:00Z' });
    const { published } = run([visit('a#1'), late]);
    expect(published.map((e) => [e.id, e.status, e.mergedInto])).toEqual([
      [entryIdOf('a#1'), 'active', undefined],
      [entryIdOf('z#1'), 'active', undefined],
      [entryIdOf('a#1'), 'merged', entryIdOf('z#1')],
    ]);
  });

  it('keeps firstSeenAt from the earliest entry merged in', () => {
    const { state } = run([first, second, bridge]);
    expect(active(state)[0]?.firstSeenAt).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('applyMention: late reconciliation', () => {
  const lineage = (published: readonly TimelineEntry[]): (string | undefined)[][] =>
    published.map((e) => [e.id, e.status, e.mergedInto]);

  it('merges an entry dated from its news day into the encounter once a source states the day', () => {
    const stated = visit('a#1', { publishedAt: '2023-11-09T10:00:00Z' });
    const talks: Partial<MentionSpec> = { type: 'meeting', visitors: [], hosts: [] };
    const guessed = visit('b#1', {
      ...talks,
      with: [putin, tokayev],
      date: '2023-11-13',
      rule: 'fallback-news-day',
      publishedAt: '2023-11-13T10:00:00Z',
    });
    const before = run([stated, guessed]);
    expect(active(before.state)).toHaveLength(2);
    const better = visit('c#1', {
      ...talks,
      with: [tokayev, putin],
      date: '2023-11-10',
      publishedAt: '2023-11-10T10:00:00Z',
    });
    const { state, published } = run([better], before.state);
    expect(lineage(published)).toEqual([
      [entryIdOf('a#1'), 'active', undefined],
      [entryIdOf('b#1'), 'merged', entryIdOf('a#1')],
    ]);
    expect(active(state).map((e) => [e.type, e.date.start])).toEqual([['visit', '2023-11-09']]);
  });

  it('merges two entries once a source names the participant that links them', () => {
    const visitor = visit('a#1', { hosts: [], publishedAt: '2023-11-09T10:00:00Z' });
    const talks = visit('b#1', {
      type: 'meeting',
      visitors: [],
      hosts: [],
      with: [tokayev, lavrov],
      publishedAt: '2023-11-09T11:00:00Z',
    });
    const before = run([visitor, talks]);
    expect(active(before.state)).toHaveLength(2);
    const whole = visit('c#1', { visitors: [putin, lavrov], publishedAt: '2023-11-09T12:00:00Z' });
    const { state, published } = run([whole], before.state);
    expect(lineage(published)).toEqual([
      [entryIdOf('a#1'), 'active', undefined],
      [entryIdOf('b#1'), 'merged', entryIdOf('a#1')],
    ]);
    expect(active(state)[0]?.participants.map((p) => [p.name, p.side])).toEqual([
      [lavrov.name, 'visitor'],
      [putin.name, 'visitor'],
      [tokayev.name, 'host'],
    ]);
  });
});

describe('applyMention: re-application', () => {
  it('changes nothing and publishes nothing for a mention already applied', () => {
    const { state } = run([visit('a#1'), visit('b#1')]);
    const again = applyMention(state, visit('a#1'), '2026-01-01T00:00:00.000Z');
    expect(again.changes).toEqual([]);
    expect(again.state).toBe(state);
  });

  it('publishes again what a redelivered message published, and nothing for another delivery', () => {
    const first = applyMention(
      emptyTimelineState(),
      visit('a#1'),
      '2025-01-01T00:00:00.000Z',
      'm/0/7',
    );
    const again = applyMention(first.state, visit('a#1'), '2025-01-02T00:00:00.000Z', 'm/0/7');
    const other = applyMention(first.state, visit('a#1'), '2025-01-02T00:00:00.000Z', 'm/1/3');
    expect(again.changes).toEqual(first.changes);
    expect(again.state).toBe(first.state);
    expect(other.changes).toEqual([]);
  });

  it('takes a newer gazetteer version of a mention, whichever comes first', () => {
    const older = visit('a#1');
    const newer = { ...visit('a#1', { date: '2023-11-10' }), gazetteerVersion: '2025.10' };
    const forwards = active(run([older, newer]).state);
    const backwards = active(run([newer, older]).state);
    expect(forwards.map((e) => e.date.start)).toEqual(['2023-11-10']);
    expect(backwards.map((e) => e.date.start)).toEqual(['2023-11-10']);
  });

  it('splits an entry when a newer version of its bridge no longer links it', () => {
    const inferred = { inferredPlace: true } as const;
    const left = visit('a#1', {
      ...inferred,
      date: '2023-11-08',
      publishedAt: '2023-11-08T10:00:00Z',
    });
    const right = visit('b#1', {
      ...inferred,
      date: '2023-11-10',
      publishedAt: '2023-11-10T10:00:00Z',
    });
    const bridge = visit('c#1', { publishedAt: '2023-11-09T10:00:00Z' });
    const moved = { ...visit('c#1', { date: '2023-11-30' }), gazetteerVersion: '2026.1' };
    const { state } = run([left, right, bridge, moved]);
    const sources = active(state).map((e) => e.sources.map((s) => s.articleId));
    expect(sources.sort()).toEqual([['a'], ['b'], ['c']]);
  });
});
