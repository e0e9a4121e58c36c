import type { TimelineEntry } from '@sijill/contracts';
import { TimelineTables } from './timeline-tables';
import {
  TimelineStore,
  type TimelineReadRequest,
  type TimelineReadResult,
  type TimelineWrite,
} from './timeline-store.port';

/** The timeline store in one process's memory: the offline mode and unit tests use it. */
export class InMemoryTimelineStore extends TimelineStore {
  private readonly tables = new TimelineTables();

  read(request: TimelineReadRequest): Promise<TimelineReadResult> {
    return Promise.resolve(this.tables.read(request));
  }

  write(write: TimelineWrite): Promise<'written' | 'conflict'> {
    return Promise.resolve(this.tables.write(write));
  }

  /** Every entry published so far, active or merged, by id. */
  listEntries(): TimelineEntry[] {
    return this.tables.listEntries();
  }
}
