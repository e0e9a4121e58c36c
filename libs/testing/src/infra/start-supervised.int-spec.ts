import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Redis from 'ioredis';
import { controlRedis } from './control-redis';
import { redisDescriptorSchema } from './infra-state.schema';
import { locateRepoRoot } from './locate-repo-root';
import { pollUntil } from './poll-until';

// Runs the TypeScript sources in a plain node process (swc as a require hook), starts a server
// there and prints its descriptor, then waits to be killed. It also ends when its stdin closes, so
// a killed jest worker does not leave it (and its server) behind.
const STARTER = `
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
const [modulePath, exportName] = process.argv.slice(1);
require(modulePath)[exportName]().then((handle) => {
  process.stdout.write(JSON.stringify(handle.describe()) + '\\n');
});
`;

interface Started {
  supervisorPid: number;
  dir: string;
  port: number;
}

/** Pids whose process group is `pgid`: the supervisor and the server it runs. */
function processGroupMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return fields[0] !== 'Z' && Number(fields[2]) === pgid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function startInChildProcess(
  module: string,
  exportName: string,
): Promise<{ child: ReturnType<typeof spawn>; started: Started; descriptor: unknown }> {
  const root = locateRepoRoot();
  const child = spawn(process.execPath, ['-e', STARTER, join(__dirname, module), exportName], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const firstLine = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`starter exited with ${code}`)));
  });
  lines.close();
  const descriptor = JSON.parse(firstLine) as {
    supervisorPid: number;
    dir: string;
    port?: number;
    brokers?: string;
  };
  const port = descriptor.port ?? Number(descriptor.brokers?.split(':').pop());
  return {
    child,
    started: { supervisorPid: descriptor.supervisorPid, dir: descriptor.dir, port },
    descriptor,
  };
}

/** Polls until the supervisor and its server are gone, the port is closed and the folder removed. */
function waitUntilGone(started: Started) {
  return pollUntil(
    async () =>
      processGroupMembers(started.supervisorPid).length === 0 &&
      !(await portAccepts(started.port)) &&
      !existsSync(started.dir)
        ? true
        : undefined,
    { timeoutMs: 40_000, intervalMs: 100 },
  );
}

describe('supervised servers', () => {
  it.each([
    ['Redis', 'start-redis.ts', 'startRedis'],
    ['Kafka', 'start-kafka.ts', 'startKafka'],
  ])(
    '%s dies with the process that started it, even on SIGKILL',
    async (_name, module, exportName) => {
      const { child, started } = await startInChildProcess(module, exportName);
      expect(await portAccepts(started.port)).toBe(true);
      expect(processGroupMembers(started.supervisorPid).length).toBeGreaterThanOrEqual(2);

      child.kill('SIGKILL');

      expect((await waitUntilGone(started)).kind).toBe('done');
    },
    120_000,
  );

  it('lets another process stop a Redis and start it again with its data', async () => {
    const { child, started, descriptor } = await startInChildProcess(
      'start-redis.ts',
      'startRedis',
    );
    const control = controlRedis(redisDescriptorSchema.parse(descriptor));
    const client = new Redis(control.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    try {
      await client.connect();
      await client.set('infra:across-processes', 'kept');
      client.disconnect();
      await control.stop();
      expect(await portAccepts(started.port)).toBe(false);
      await control.start();
      await client.connect();
      expect(await client.get('infra:across-processes')).toBe('kept');
    } finally {
      client.disconnect();
      child.kill('SIGKILL');
    }
    expect((await waitUntilGone(started)).kind).toBe('done');
  });
});
