import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { findFreePorts } from '../infra/find-free-ports';
import { locateRepoRoot } from '../infra/locate-repo-root';
import { describeErrorMessage } from '@sijill/logging';
import { pollUntil } from '../infra/poll-until';

export type ServiceName = 'ingestor' | 'extractor' | 'timeline' | 'gateway';
export type LogLine = Readonly<Record<string, unknown>>;

/**
 * A Sijill service running as a real process from `dist/` (as operators run it), with its JSON log
 * lines captured for assertions. Stopped with SIGTERM, or killed with any signal.
 */
export class ServiceProcess {
  readonly logs: LogLine[] = [];
  readonly stderr: string[] = [];
  private exitCode: number | null | undefined;
  readonly exited: Promise<number | null>;

  private constructor(
    readonly name: ServiceName,
    readonly port: number,
    private readonly child: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitCode = code ?? (signal === null ? null : -1);
        resolve(this.exitCode);
      });
    });
    if (child.stdout) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        try {
          this.logs.push(JSON.parse(line) as LogLine);
        } catch {
          this.stderr.push(line);
        }
      });
    }
    if (child.stderr)
      createInterface({ input: child.stderr }).on('line', (l) => this.stderr.push(l));
  }

  /** Starts the service on a free port, or on `port` (a restarted instance keeps its address). */
  static async start(
    name: ServiceName,
    env: Readonly<Record<string, string>>,
    port?: number,
  ): Promise<ServiceProcess> {
    port ??= (await findFreePorts(1))[0];
    if (port === undefined) throw new Error('No free port');
    const root = locateRepoRoot();
    // SIJILL_TEST_NODE_ARGS (benchmarks): options for node itself, e.g. `--cpu-prof`.
    const nodeArgs = (process.env.SIJILL_TEST_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
    const main = join(root, 'dist', 'apps', name, 'src', 'main.js');
    const child = spawn(process.execPath, [...nodeArgs, main], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'info', ...env, SIJILL_HTTP_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    teeOutput(child, name, port);
    return new ServiceProcess(name, port, child);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** What the last readiness probe answered, for failure messages. */
  private lastReadiness = 'not asked yet';

  /** The HTTP status of `/health/ready`, or 0 when the process does not answer. */
  async readiness(): Promise<number> {
    try {
      const response = await fetch(`${this.url}/health/ready`, {
        signal: AbortSignal.timeout(5_000),
      });
      this.lastReadiness = `${response.status} ${(await response.text()).slice(0, 2_000)}`;
      return response.status;
    } catch (error) {
      this.lastReadiness = `no answer (${describeErrorMessage(error)})`;
      return 0;
    }
  }

  /** The Prometheus text of `/metrics`. */
  async metrics(): Promise<string> {
    const response = await fetch(`${this.url}/metrics`, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`${this.name} answered ${response.status} on /metrics`);
    return response.text();
  }

  async waitForReadiness(status: number, timeoutMs = 60_000): Promise<void> {
    const outcome = await pollUntil(
      async () => ((await this.readiness()) === status ? true : undefined),
      {
        timeoutMs,
        intervalMs: 100,
        abortReason: () => (this.running ? undefined : `${this.name} exited (${this.exitCode})`),
      },
    );
    if (outcome.kind !== 'done') {
      const detail =
        outcome.kind === 'aborted' ? outcome.reason : describeErrorMessage(outcome.lastError);
      throw new Error(
        `${this.name} did not report readiness ${status}: ${detail}; last answer: ${this.lastReadiness}\n` +
          this.stderr.slice(-20).join('\n'),
      );
    }
  }

  logsWhere(predicate: (line: LogLine) => boolean): LogLine[] {
    return this.logs.filter(predicate);
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** SIGTERM, then the exit code; SIGKILL if it does not exit within the deadline. */
  async stop(timeoutMs = 30_000): Promise<number | null> {
    if (!this.running) return this.exitCode ?? null;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** With SIJILL_TEST_LOG_DIR set, a copy of every service's output goes to a file there. */
function teeOutput(child: ChildProcess, name: string, port: number): void {
  const dir = process.env.SIJILL_TEST_LOG_DIR;
  if (dir === undefined || dir === '') return;
  mkdirSync(dir, { recursive: true });
  const file = createWriteStream(join(dir, `${name}-${port}.log`), { flags: 'a' });
  child.stdout?.pipe(file);
  child.stderr?.pipe(file);
}
