import { describeTimelineStoreContract } from '@sijill/testing';
import { InMemoryTimelineStore } from './in-memory-timeline-store';

describeTimelineStoreContract('InMemoryTimelineStore', () => {
  const store = new InMemoryTimelineStore();
  return Promise.resolve({ store, another: () => store });
});
