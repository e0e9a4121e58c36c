import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ensureKafkaLibs } from '../infra/ensure-kafka-libs';

const run = promisify(execFile);

/** A compression codec Kafka defines, as Kafka's own tools name it. */
export type KafkaCodec = 'gzip' | 'snappy' | 'lz4' | 'zstd';

/**
 * Publishes keyed lines with Kafka's own Java console producer (from the jars the test provisioning
 * fetches), so consumers meet batches exactly as a Java client compresses them.
 */
export async function publishWithJavaProducer(
  brokers: string,
  topic: string,
  codec: KafkaCodec,
  records: readonly { key: string; value: string }[],
): Promise<void> {
  const { dir } = await ensureKafkaLibs();
  const separator = '\t';
  const child = run(
    'java',
    [
      '-cp',
      `${dir}/*`,
      'kafka.tools.ConsoleProducer',
      '--bootstrap-server',
      brokers,
      '--topic',
      topic,
      '--compression-codec',
      codec,
      '--request-required-acks',
      'all',
      '--property',
      'parse.key=true',
      '--property',
      `key.separator=${separator}`,
    ],
    { timeout: 60_000, maxBuffer: 8 * 1024 * 1024 },
  );
  child.child.stdin?.end(records.map((r) => `${r.key}${separator}${r.value}\n`).join(''));
  await child;
}
