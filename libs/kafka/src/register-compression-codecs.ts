import { compress as zstdCompress, decompress as zstdDecompress } from '@mongodb-js/zstd';
import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import { compressFrame as lz4Compress, decompressFrame as lz4Decompress } from 'lz4-napi';
import { compress as snappyCompress, uncompress as snappyUncompress } from 'snappy';

/** What kafkajs hands a codec to compress: the encoded record batch. */
interface Encoded {
  readonly buffer: Buffer;
}

interface Codec {
  compress(encoder: Encoded): Promise<Buffer>;
  decompress(buffer: Buffer): Promise<Buffer>;
}

/** The framing Java's (xerial) snappy stream writes: a magic, a version, then length-prefixed blocks. */
const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
const XERIAL_HEADER_BYTES = 16;

const snappy: Codec = {
  compress: (encoder) => snappyCompress(encoder.buffer),
  decompress: async (buffer) => {
    if (!buffer.subarray(0, XERIAL_MAGIC.length).equals(XERIAL_MAGIC)) {
      return toBuffer(await snappyUncompress(buffer));
    }
    const blocks: Buffer[] = [];
    for (let at = XERIAL_HEADER_BYTES; at < buffer.length;) {
      const length = buffer.readInt32BE(at);
      at += 4;
      blocks.push(toBuffer(await snappyUncompress(buffer.subarray(at, at + length))));
      at += length;
    }
    return Buffer.concat(blocks);
  },
};

// Kafka's record batches (v2) carry LZ4 in the standard frame format.
const lz4: Codec = {
  compress: (encoder) => lz4Compress(encoder.buffer),
  decompress: (buffer) => lz4Decompress(buffer),
};

const ZSTD_LEVEL = 3;
const zstd: Codec = {
  compress: (encoder) => zstdCompress(encoder.buffer, ZSTD_LEVEL),
  decompress: (buffer) => zstdDecompress(buffer),
};

let registered = false;

/**
 * Teaches kafkajs every compression codec Kafka defines. kafkajs reads only gzip by itself: a batch
 * a Java, librdkafka or Go producer compressed with snappy, lz4 or zstd would stop the consumer.
 * Idempotent; `createKafkaClient` calls it, so every client of the project can read them all.
 */
export function registerCompressionCodecs(): void {
  if (registered) return;
  registered = true;
  CompressionCodecs[CompressionTypes.Snappy] = () => snappy;
  CompressionCodecs[CompressionTypes.LZ4] = () => lz4;
  CompressionCodecs[CompressionTypes.ZSTD] = () => zstd;
}

function toBuffer(value: string | Buffer): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}
