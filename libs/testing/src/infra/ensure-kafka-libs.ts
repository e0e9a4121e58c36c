import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { InfrastructureError } from './infrastructure.error';
import { locateRepoRoot } from './locate-repo-root';
import { pollUntil } from './poll-until';
// Relative, not @sijill/logging: Jest's global set-up loads this file without the path mapper.
import { describeErrorMessage } from '../../../logging/src/describe-error';
import { isProcessAlive } from './start-supervised';

const run = promisify(execFile);

const MAVEN_TIMEOUT_MS = 15 * 60_000;
const LOCK_WAIT_MS = 16 * 60_000;

export interface KafkaLibs {
  /** Folder holding the broker's jars, for `java -cp '<dir>/*'`. */
  dir: string;
  /** Set when this call ran Maven: how long fetching took. */
  fetchedInMs?: number;
}

/**
 * Makes sure the Kafka broker jars are in `<repo>/.cache/kafka/libs`, running Maven on the pom next
 * to this file when they are missing or the pom changed. Several test runs may start at once in the
 * same working tree, so one fetch runs at a time under a lock folder.
 */
export async function ensureKafkaLibs(log: (line: string) => void = () => {}): Promise<KafkaLibs> {
  const root = locateRepoRoot();
  const pom = join(root, 'libs', 'testing', 'src', 'infra', 'kafka', 'pom.xml');
  const cacheDir = join(root, '.cache', 'kafka');
  const libsDir = join(cacheDir, 'libs');
  const marker = join(cacheDir, 'libs.complete.json');
  const pomHash = createHash('sha256').update(readFileSync(pom)).digest('hex');
  const isComplete = (): boolean => readMarker(marker) === pomHash && hasBrokerJar(libsDir);

  if (isComplete()) return { dir: libsDir };
  mkdirSync(cacheDir, { recursive: true });
  const release = await acquireLock(join(cacheDir, 'fetch.lock'), isComplete);
  try {
    if (isComplete()) return { dir: libsDir };
    rmSync(libsDir, { recursive: true, force: true });
    rmSync(marker, { force: true });
    log(`Fetching the Kafka broker jars with Maven into ${libsDir}`);
    const startedAt = Date.now();
    await runMaven(pom, libsDir);
    if (!hasBrokerJar(libsDir)) {
      throw new InfrastructureError(
        'MAVEN_FAILED',
        `Maven finished but ${libsDir} has no Kafka jar`,
      );
    }
    writeFileSync(marker, JSON.stringify({ pomSha256: pomHash, completedAt: new Date() }) + '\n');
    const fetchedInMs = Date.now() - startedAt;
    log(`Fetched the Kafka broker jars in ${(fetchedInMs / 1000).toFixed(1)} s`);
    return { dir: libsDir, fetchedInMs };
  } finally {
    release();
  }
}

async function runMaven(pom: string, libsDir: string): Promise<void> {
  const args = [
    '-q',
    '-B',
    '-Dstyle.color=never',
    '-f',
    pom,
    'dependency:copy-dependencies@kafka-libs',
    `-Dkafka.libs.dir=${libsDir}`,
  ];
  try {
    await run('mvn', args, { timeout: MAVEN_TIMEOUT_MS, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new InfrastructureError(
        'MAVEN_NOT_FOUND',
        'Maven (mvn) is not on PATH: install Maven 3.8+ and Java 17+, or point KAFKA_BROKERS at a running broker',
        { cause: error },
      );
    }
    const output = `${failure.stdout ?? ''}\n${failure.stderr ?? ''}`.trim().split('\n').slice(-40);
    throw new InfrastructureError(
      'MAVEN_FAILED',
      `Fetching the Kafka jars failed: mvn ${args.join(' ')}\n${output.join('\n') || describeErrorMessage(error)}\n` +
        'Check that Maven Central is reachable (or your ~/.m2/settings.xml mirror), or set KAFKA_BROKERS.',
      { cause: error },
    );
  }
}

function readMarker(marker: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(marker, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'pomSha256' in parsed) {
      return typeof parsed.pomSha256 === 'string' ? parsed.pomSha256 : undefined;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

function hasBrokerJar(libsDir: string): boolean {
  try {
    return readdirSync(libsDir).some((name) => /^kafka_2\.13-.*\.jar$/.test(name));
  } catch {
    return false;
  }
}

/** A lock folder holding the owner's pid; a dead owner's lock is taken over. */
async function acquireLock(lockDir: string, isComplete: () => boolean): Promise<() => void> {
  const owner = join(lockDir, 'pid');
  const outcome = await pollUntil(
    () => {
      try {
        mkdirSync(lockDir);
        writeFileSync(owner, String(process.pid));
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      if (isComplete()) return true;
      const holder = Number(existsSync(owner) ? readFileSync(owner, 'utf8') : NaN);
      if (Number.isInteger(holder) && !isProcessAlive(holder)) {
        rmSync(lockDir, { recursive: true, force: true });
      }
      return undefined;
    },
    { timeoutMs: LOCK_WAIT_MS, intervalMs: 500 },
  );
  if (outcome.kind !== 'done') {
    throw new InfrastructureError(
      'LOCK_TIMEOUT',
      `Another process held ${lockDir} for too long while fetching the Kafka jars; remove it if stale`,
    );
  }
  return () => {
    try {
      if (readFileSync(owner, 'utf8') === String(process.pid)) {
        rmSync(lockDir, { recursive: true, force: true });
      }
    } catch {
      // Not ours (or already gone): the other holder releases it.
    }
  };
}
