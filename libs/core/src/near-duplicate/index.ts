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
