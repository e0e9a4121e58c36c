import { describeNearDuplicateIndexContract } from '@sijill/testing';
import { InMemoryNearDuplicateIndex } from './in-memory-near-duplicate-index';

describeNearDuplicateIndexContract('InMemoryNearDuplicateIndex', () => {
  const index = new InMemoryNearDuplicateIndex();
  return Promise.resolve({ index, another: () => index, unique: '' });
});
