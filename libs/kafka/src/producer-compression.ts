import type { KafkaConfig } from '@sijill/config';
import { CompressionTypes } from 'kafkajs';

const TYPES: Readonly<Record<KafkaConfig['compression'], CompressionTypes>> = {
  none: CompressionTypes.None,
  gzip: CompressionTypes.GZIP,
  snappy: CompressionTypes.Snappy,
  lz4: CompressionTypes.LZ4,
  zstd: CompressionTypes.ZSTD,
};

/** The kafkajs compression of the records Sijill writes (`KAFKA_COMPRESSION`, none by default). */
export function producerCompression(config: KafkaConfig): CompressionTypes {
  return TYPES[config.compression];
}
