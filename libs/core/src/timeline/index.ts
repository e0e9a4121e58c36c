export { assignCodes } from './assign-codes';
export { fileBlocksOf, queryBlocksOf } from './assign-date-blocks';
export {
  buildEntry,
  composeEntryContent,
  sameEntryContent,
  type CopiesByArticle,
  type EntryContent,
} from './build-entry';
export { clusterMentions } from './cluster-mentions';
export { compareMentions, mentionsCompatible, type MentionPairVerdict } from './compare-mentions';
export { countSources } from './count-sources';
export { anchorOf, entryIdOf, entryIdOfCluster } from './derive-entry-id';
export { InMemoryTimelineStore } from './in-memory-timeline-store';
export { MergeMentionUseCase, type MergeMentionOptions } from './merge-mention.use-case';
export {
  articleScope,
  blockScope,
  TimelineStore,
  type CopyLink,
  type MergeReceipt,
  type TimelineReadRequest,
  type TimelineReadResult,
  type TimelineWrite,
} from './timeline-store.port';
export { TimelineWriteConflictError } from './timeline-write-conflict.error';
export { findPossibleSplits, SPLIT_REPORT_DAYS, type PossibleSplit } from './find-possible-splits';
