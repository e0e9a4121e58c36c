import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import { compressSync as snappyBlock } from 'snappy';
import { registerCompressionCodecs } from './register-compression-codecs';

interface Codec {
  compress(encoder: { buffer: Buffer }): Promise<Buffer>;
  decompress(buffer: Buffer): Promise<Buffer>;
}

const codec = (type: CompressionTypes): Codec =>
  (CompressionCodecs as Record<number, () => Codec>)[type]!();

/** Java's snappy stream framing: magic, version 1, compatible version 1, then sized blocks. */
function xerialFrame(blocks: readonly Buffer[]): Buffer {
  const header = Buffer.from([
    0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00, 0, 0, 0, 1, 0, 0, 0, 1,
  ]);
  const parts = blocks.flatMap((block) => {
    const compressed = snappyBlock(block);
    const size = Buffer.alloc(4);
    size.writeInt32BE(compressed.length);
    return [size, compressed];
  });
  return Buffer.concat([header, ...parts]);
}

describe('registerCompressionCodecs', () => {
  beforeAll(() => registerCompressionCodecs());

  const batch = Buffer.from('{"body":"زار الرئيس موسكو"}'.repeat(500));

  it.each([
    ['gzip', CompressionTypes.GZIP],
    ['snappy', CompressionTypes.Snappy],
    ['lz4', CompressionTypes.LZ4],
    ['zstd', CompressionTypes.ZSTD],
  ])('reads back what it writes with %s', async (_name, type) => {
    const compressed = await codec(type).compress({ buffer: batch });
    expect(compressed.length).toBeLessThan(batch.length);
    expect(await codec(type).decompress(compressed)).toEqual(batch);
  });

  it('reads snappy in the block framing Java producers write', async () => {
    const first = batch.subarray(0, 4000);
    const second = batch.subarray(4000);
    expect(await codec(CompressionTypes.Snappy).decompress(xerialFrame([first, second]))).toEqual(
      batch,
    );
  });

  it('can be called more than once', () => {
    expect(() => registerCompressionCodecs()).not.toThrow();
  });
});
