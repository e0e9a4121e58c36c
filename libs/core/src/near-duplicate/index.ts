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
export {
  DEFAULT_NEAR_DUPLICATE_PARAMS,
  nearDuplicateParamsFingerprint,
} from './near-duplicate-params';
export {
  nearDuplicateParamsSchema,
  type NearDuplicateParams,
} from './near-duplicate-params.schema';
export { InMemoryNearDuplicateIndex } from './in-memory-near-duplicate-index';
export {
  NearDuplicateIndex,
  type NearDuplicateOutcome,
  type NearDuplicatePolicy,
  type SignedArticle,
} from './near-duplicate-index.port';
export { pickBestCandidate } from './pick-best-candidate';
