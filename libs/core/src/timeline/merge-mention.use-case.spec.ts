import type { TimelineEntry } from '@sijill/contracts';
import { applyDuplicate, applyMention, emptyTimelineState } from './apply-mention';
import { InMemoryTimelineStore } from './in-memory-timeline-store';
import { MergeMentionUseCase } from './merge-mention.use-case';
import type { TimelineWrite } from './timeline-store.port';
import { realisticMentions } from '@sijill/testing';
import { TimelineWriteConflictError } from './timeline-write-conflict.error';

/** A store another instance always writes to first. */
class ContendedStore extends InMemoryTimelineStore {
  override write(_write: TimelineWrite): Promise<'written' | 'conflict'> {
    return Promise.resolve('conflict');
  }
}

const now = (i: number): string => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();

describe('MergeMentionUseCase', () => {
  it('publishes what the pure merge publishes, in the same order', async () => {
    const { mentions, copies } = realisticMentions();
    const useCase = new MergeMentionUseCase(new InMemoryTimelineStore());
    let state = emptyTimelineState();
    const fromStore: TimelineEntry[] = [];
    const fromState: TimelineEntry[] = [];
    for (const [i, mention] of mentions.entries()) {
      fromStore.push(...(await useCase.mergeMention(mention, now(i))));
      const applied = applyMention(state, mention, now(i));
      state = applied.state;
      fromState.push(...applied.changes);
    }
    for (const copy of copies) {
      fromStore.push(...(await useCase.recordDuplicate(copy, now(99))));
      const applied = applyDuplicate(state, copy, now(99));
      state = applied.state;
      fromState.push(...applied.changes);
    }
    expect(fromStore).toEqual(fromState);
    expect(fromStore.length).toBeGreaterThan(mentions.length);
  });

  it('publishes nothing for a redelivered mention or copy', async () => {
    const { mentions, copies } = realisticMentions();
    const store = new InMemoryTimelineStore();
    const useCase = new MergeMentionUseCase(store);
    const [mention] = mentions;
    const [copy] = copies;
    if (mention === undefined || copy === undefined) throw new Error('fixture is empty');
    await useCase.mergeMention(mention, now(0));
    await useCase.recordDuplicate(copy, now(1));
    const before = store.listEntries();
    expect(await useCase.mergeMention(mention, now(2))).toEqual([]);
    expect(await useCase.recordDuplicate(copy, now(3))).toEqual([]);
    expect(store.listEntries()).toEqual(before);
  });

  it('publishes again what a redelivered message published, after its output was lost', async () => {
    const [mention] = realisticMentions().mentions;
    if (mention === undefined) throw new Error('fixture is empty');
    const useCase = new MergeMentionUseCase(new InMemoryTimelineStore());
    const first = await useCase.mergeMention(mention, now(0), 'mentions/0/41');
    expect(first).toHaveLength(1);
    expect(await useCase.mergeMention(mention, now(1), 'mentions/0/41')).toEqual(first);
    expect(await useCase.mergeMention(mention, now(2), 'mentions/2/9')).toEqual([]);
  });

  it('gives up with a coded error when every write conflicts', async () => {
    const [mention] = realisticMentions().mentions;
    if (mention === undefined) throw new Error('fixture is empty');
    const useCase = new MergeMentionUseCase(new ContendedStore(), { maxAttempts: 3 });
    const outcome = useCase.mergeMention(mention, now(0));
    await expect(outcome).rejects.toBeInstanceOf(TimelineWriteConflictError);
    await expect(outcome).rejects.toMatchObject({ code: 'TIMELINE_WRITE_CONFLICT', attempts: 3 });
  });
});
