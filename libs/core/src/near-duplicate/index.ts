export {
  EMPTY_SLOT,
  isEmptySignature,
  minhashSignature,
  minhashSignatureOfText,
} from './compute-minhash-signature';
export { lshBandKeys } from './derive-band-keys';
export {
  decodeSignature,
  encodeSignature,
  signatureFromBytes,
  signatureToBytes,
} from './encode-signature';
export { estimateJaccard, isNearDuplicate } from './estimate-jaccard';
export { hashString } from './hash-murmur3';
export {
  DEFAULT_NEAR_DUPLICATE_PARAMS,
  nearDuplicateParamsFingerprint,
} from './near-duplicate-params';
export {
  nearDuplicateParamsSchema,
  type NearDuplicateParams,
} from './near-duplicate-params.schema';
export { InMemoryNearDuplicateIndex, MAX_POSTINGS } from './in-memory-near-duplicate-index';
export {
  NearDuplicateIndex,
  type AnchoredArticle,
  type NearDuplicateOutcome,
  type NearDuplicatePolicy,
} from './near-duplicate-index.port';
export {
  findCopySuspects,
  judgeArticle,
  overlapJudgingOf,
  judgeCandidate,
  pickStrongestVerdict,
  tallyOverlaps,
  type CandidateOverlap,
  type CandidateVerdict,
  type JudgedArticle,
  type OverlapJudging,
  type StoredArticle,
} from './judge-candidates';
export {
  DEFAULT_OVERLAP_PARAMS,
  overlapParamsFingerprint,
  type OverlapParams,
} from './overlap-params';
export {
  overlapKeysOfText,
  selectAnchors,
  selectAnchorsOfText,
  selectShingles,
  type TextOverlapKeys,
} from './select-anchors';
export {
  buildShingleFilter,
  filterShingleCount,
  measureFilterContainment,
  MAX_FALSE_HIT_RATE,
  type ShingleFilterShape,
} from './shingle-filter';
export { judgeTextPair } from './judge-text-pair';
export { overlapPolicy } from './overlap-policy';
export { stripInlineCode } from './strip-inline-code';
