import type { EventMention, TimelineEntry } from '@sijill/contracts';
import fc from 'fast-check';
import {
  applyDuplicate,
  applyMention,
  emptyTimelineState,
  type TimelineState,
  timelineEntries,
} from './apply-mention';
import { composeEntryContent, type EntryContent } from './build-entry';
import { clusterMentions } from './cluster-mentions';
import { InMemoryTimelineStore } from './in-memory-timeline-store';
import { MergeMentionUseCase } from './merge-mention.use-case';
import type { CopyLink, TimelineWrite } from './timeline-store.port';
import { buildMention, ORGANISATIONS, PEOPLE, PLACES, realisticMentions } from '@sijill/testing';
import { definedOnly } from '@sijill/contracts';

type Input = EventMention | CopyLink;

const { mentions, copies } = realisticMentions();
const inputs: readonly Input[] = [...mentions, ...copies];
const timeAt = (i: number): string => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();

function content(entry: TimelineEntry): EntryContent {
  const { revision: _r, firstSeenAt: _f, updatedAt: _u, ...rest } = entry;
  return rest;
}

const activeContent = (entries: readonly TimelineEntry[]): EntryContent[] =>
  entries.filter((e) => e.status === 'active').map(content);

function applyAll(sequence: readonly Input[]): {
  state: TimelineState;
  published: TimelineEntry[];
} {
  let state = emptyTimelineState();
  const published: TimelineEntry[] = [];
  sequence.forEach((input, i) => {
    const applied =
      'mentionId' in input
        ? applyMention(state, input, timeAt(i))
        : applyDuplicate(state, input, timeAt(i));
    state = applied.state;
    published.push(...applied.changes);
  });
  return { state, published };
}

// The timeline built in one go from the whole set: what any incremental run must end at.
function batchTimeline(): EntryContent[] {
  const copiesByArticle = new Map<string, Set<string>>();
  for (const { articleId, duplicateOf } of copies) {
    copiesByArticle.set(
      duplicateOf,
      new Set([...(copiesByArticle.get(duplicateOf) ?? []), articleId]),
    );
  }
  return clusterMentions(mentions)
    .map((cluster) => composeEntryContent(cluster, copiesByArticle))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Counts the writes refused because another instance wrote first. */
class CountingStore extends InMemoryTimelineStore {
  conflicts = 0;

  override async write(write: TimelineWrite): Promise<'written' | 'conflict'> {
    const outcome = await super.write(write);
    if (outcome === 'conflict') this.conflicts++;
    return outcome;
  }
}

/** Every input once in a random order, with random repeats (redeliveries) inserted anywhere. */
const deliveries = fc
  .tuple(
    fc.shuffledSubarray([...inputs], { minLength: inputs.length, maxLength: inputs.length }),
    fc.array(fc.tuple(fc.nat({ max: inputs.length - 1 }), fc.nat()), { maxLength: 12 }),
  )
  .map(([order, repeats]) => {
    const sequence = [...order];
    for (const [which, where] of repeats) {
      sequence.splice(where % (sequence.length + 1), 0, inputs[which]!);
    }
    return sequence;
  });

describe('the timeline does not depend on arrival order or redelivery', () => {
  const reference = batchTimeline();

  it('builds the expected entries from the realistic set', () => {
    const outline = reference.map(
      (e) => `${e.date.start} ${e.type} ${e.location?.country ?? '-'} ${e.sources.length}`,
    );
    expect(outline.sort()).toEqual([
      '2022 summit KZ 1',
      '2023-11-01 visit KZ 1',
      '2023-11-09 meeting UZ 1',
      '2023-11-09 summit UZ 2',
      '2023-11-09 visit KZ 4',
      '2023-11-10 visit KZ 1',
      '2024-07-03 meeting KZ 1',
      '2024-07-03 summit KZ 2',
      '2024-11-27 visit KZ 3',
      '2024-11-28 summit KZ 1',
      '2025-10-09 summit TJ 2',
      '2025-10-09 visit TJ 1',
      '2025-10-20 call - 1',
      '2025-10-20 call - 2',
    ]);
  });

  it('ends at the same active entries for 60 random orders with repeats', () => {
    fc.assert(
      fc.property(deliveries, (sequence) => {
        const { state } = applyAll(sequence);
        expect(activeContent(timelineEntries(state))).toEqual(reference);
      }),
      { numRuns: 60 },
    );
  });

  it('publishes each id with consecutive revisions, its last publication being the stored entry', () => {
    fc.assert(
      fc.property(deliveries, (sequence) => {
        const { state, published } = applyAll(sequence);
        const stored = new Map(timelineEntries(state).map((e) => [e.id, e]));
        const revisions = new Map<string, number[]>();
        const last = new Map<string, TimelineEntry>();
        for (const entry of published) {
          revisions.set(entry.id, [...(revisions.get(entry.id) ?? []), entry.revision]);
          last.set(entry.id, entry);
        }
        for (const [id, seen] of revisions) {
          expect(seen).toEqual(seen.map((_, i) => i + 1));
          expect(last.get(id)).toEqual(stored.get(id));
        }
        expect(last.size).toBe(stored.size);
      }),
      { numRuns: 50 },
    );
  });

  it('ends at the same entries with three instances merging concurrently over one store', async () => {
    let conflicts = 0;
    await fc.assert(
      fc.asyncProperty(deliveries, async (sequence) => {
        const store = new CountingStore();
        const instances = [0, 1, 2].map(() => new MergeMentionUseCase(store, { maxAttempts: 100 }));
        const shares = instances.map((_, n) =>
          sequence.filter((_, i) => i % instances.length === n),
        );
        await Promise.all(
          instances.map(async (instance, n) => {
            for (const [i, input] of (shares[n] ?? []).entries()) {
              await ('mentionId' in input
                ? instance.mergeMention(input, timeAt(i), `mentions/${n}/${i}`)
                : instance.recordDuplicate(input, timeAt(i), `copies/${n}/${i}`));
            }
          }),
        );
        expect(activeContent(store.listEntries())).toEqual(reference);
        conflicts += store.conflicts;
      }),
      { numRuns: 50 },
    );
    expect(conflicts).toBeGreaterThan(0);
  });
});

describe('the timeline does not depend on arrival order, over random crowded weeks', () => {
  const people = Object.values(PEOPLE).slice(0, 5);
  // Two cities in one country: a visit may move between them, a meeting may not.
  const places = [PLACES.astana, PLACES.almaty, PLACES.tashkent, PLACES.moscow];
  const organisations = [ORGANISATIONS.sco, ORGANISATIONS.eco, undefined];

  // Putin and Lavrov are one delegation: a report may name the minister as the visitor.
  const compatriot = (p: (typeof people)[number]): (typeof people)[number] =>
    p === PEOPLE.putin ? PEOPLE.lavrov : p === PEOPLE.lavrov ? PEOPLE.putin : p;

  // A few encounters among few people, places and days, each reported several times with the
  // reports' usual variations (a day or a visit's few days off, a date guessed from the news day,
  // a coarser date, no sides, another member of the delegation, no place, fewer people, a visit
  // or a three-way summit called a meeting): links, bridges and conflicts everywhere.
  const encounter = fc.record({
    type: fc.constantFrom('visit', 'visit', 'meeting', 'summit', 'call', 'statement'),
    day: fc.integer({ min: 5, max: 9 }),
    at: fc.constantFrom(...places),
    visitor: fc.constantFrom(...people),
    host: fc.constantFrom(...people),
    also: fc.subarray(people, { maxLength: 2 }),
    organisation: fc.constantFrom(...organisations),
  });
  const report = fc.record({
    which: fc.nat(),
    article: fc.constantFrom('p', 'q', 'r', 's', 't', 'u'),
    shift: fc.integer({ min: -2, max: 2 }),
    guessed: fc.boolean(),
    precision: fc.constantFrom('day', 'day', 'day', 'month', 'year'),
    sided: fc.boolean(),
    delegate: fc.boolean(),
    placed: fc.constantFrom('explicit', 'explicit', 'inferred', 'none'),
    dropAlso: fc.boolean(),
    asMeeting: fc.boolean(),
    lifecycle: fc.constantFrom('announced', 'occurred'),
    hour: fc.nat({ max: 9 }),
  });
  const crowdedWeek = fc
    .tuple(
      fc.array(encounter, { minLength: 1, maxLength: 5 }),
      fc.array(report, { minLength: 2, maxLength: 20 }),
    )
    .map(([encounters, reports]) =>
      reports.map((r, i) => {
        const e = encounters[r.which % encounters.length]!;
        const day = `2023-11-${String(e.day + r.shift).padStart(2, '0')}`;
        const date = r.precision === 'day' ? day : r.precision === 'month' ? '2023-11' : '2023';
        const others = r.dropAlso ? [] : e.also;
        const meetingToo = e.type === 'visit' || (e.type === 'summit' && !e.organisation);
        const type = meetingToo && r.asMeeting ? 'meeting' : e.type;
        return buildMention({
          id: `${r.article}#${i}`,
          article: r.article,
          type,
          date,
          ...(r.guessed && r.precision === 'day' ? { rule: 'fallback-news-day' } : {}),
          lifecycle: r.lifecycle,
          ...(r.placed === 'none' ? {} : { at: e.at, inferredPlace: r.placed === 'inferred' }),
          ...(r.sided
            ? {
                visitors: [r.delegate ? compatriot(e.visitor) : e.visitor],
                hosts: [e.host],
                with: others,
              }
            : { with: [e.visitor, e.host, ...others] }),
          ...definedOnly({ organisation: e.organisation }),
          publishedAt: `2023-11-10T0${r.hour}:00:00Z`,
        });
      }),
    );

  it('ends at the batch timeline for 60 random sets, each in two random orders with repeats', () => {
    fc.assert(
      fc.property(
        crowdedWeek.chain((set) =>
          fc.tuple(
            fc.constant(set),
            fc.shuffledSubarray(set, { minLength: set.length, maxLength: set.length }),
            fc.array(fc.constantFrom(...set), { maxLength: 5 }),
          ),
        ),
        ([set, order, repeats]) => {
          const expected = clusterMentions(set)
            .map((cluster) => composeEntryContent(cluster, new Map()))
            .sort((a, b) => (a.id < b.id ? -1 : 1));
          const { state } = applyAll([...order, ...repeats, ...order]);
          expect(activeContent(timelineEntries(state))).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
