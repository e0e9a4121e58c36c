import type { TimelineReadRequest } from '@sijill/core';

/** A read of the timeline store that asks for nothing but the parts a case names. */
export const timelineReadRequest = (part: Partial<TimelineReadRequest>): TimelineReadRequest => ({
  blocks: [],
  articles: [],
  entryIds: [],
  receipts: [],
  ...part,
});
