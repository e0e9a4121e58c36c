import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { InfrastructureError, type InfrastructureErrorCode } from './infrastructure.error';
import { pollUntil } from './poll-until';
import { supervisorScriptPath } from './locate-repo-root';

export interface SupervisedProcessOptions {
  command: string;
  args: readonly string[];
  /** Receives the server's stdout and stderr and the supervisor's own lines. */
  logFile: string;
  /** Time between SIGTERM and SIGKILL for the server. */
  graceMs: number;
  /** SIGUSR2 stops the server and SIGUSR1 starts it again; the supervisor stays. */
  restartable?: boolean;
  /** Removed by the supervisor once the server has exited for good. */
  removeDirs?: readonly string[];
  /**
   * Outlive the starting process (npm run infra:up). Otherwise the supervisor watches a pipe from
   * this process and stops the server as soon as this process dies, even by SIGKILL.
   */
  detached?: boolean;
}

/** A server running under supervisor.cjs, in its own process group led by the supervisor. */
export interface SupervisedProcess {
  /** The supervisor's pid, which is also the process group id of the supervisor and the server. */
  readonly pid: number;
  /** Exit code of the supervisor (the server's, unless restartable), once it has exited. */
  exitCode(): number | null | undefined;
  stop(timeoutMs?: number): Promise<void>;
}

/** Starts `command` under the supervisor; the server's fate follows this process unless detached. */
export function startSupervised(options: SupervisedProcessOptions): SupervisedProcess {
  const flags = [
    ...(options.detached ? [] : ['--watch-stdin']),
    ...(options.restartable ? ['--restartable'] : []),
    '--grace-ms',
    String(options.graceMs),
    ...(options.removeDirs ?? []).flatMap((dir) => ['--remove-dir', dir]),
  ];
  const log = openSync(options.logFile, 'a');
  let child;
  try {
    child = spawn(
      process.execPath,
      [supervisorScriptPath(), ...flags, '--', options.command, ...options.args],
      // A process group of its own: a terminal's Ctrl-C reaches the runner, not the servers, and the
      // group can be killed as one when a supervisor is stuck.
      { stdio: [options.detached ? 'ignore' : 'pipe', log, log], detached: true },
    );
  } finally {
    closeSync(log);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Cannot start ${process.execPath} (supervisor)`);
  let exit: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exit = code;
      resolve();
    }),
  );
  // The handles must never keep the starting process alive: when it ends, the pipe closes and the
  // supervisor stops the server, which is exactly the no-orphan rule.
  child.unref();
  child.stdin?.on('error', () => undefined);
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();

  return {
    pid,
    exitCode: () => exit,
    async stop(timeoutMs = options.graceMs + 5_000) {
      if (exit !== undefined) return;
      // Hold this process open until the server is down; otherwise an idle caller (jest's global
      // teardown) may simply end and leave the cleanup to the supervisor.
      child.ref();
      signalProcess(pid, 'SIGTERM');
      const timer = new Promise<'timeout'>((resolve) =>
        setTimeout(() => resolve('timeout'), timeoutMs).unref(),
      );
      if ((await Promise.race([exited.then(() => 'exited' as const), timer])) === 'timeout') {
        signalProcess(-pid, 'SIGKILL');
        await exited;
      }
    },
  };
}

/**
 * Stops a supervisor known only by pid (started by another process, e.g. `infra:up`): SIGTERM, wait,
 * then SIGKILL its whole process group. Returns false when no such supervisor was running.
 */
export async function stopSupervisorByPid(pid: number, timeoutMs: number): Promise<boolean> {
  if (!isSupervisorRunning(pid)) return false;
  signalProcess(pid, 'SIGTERM');
  const outcome = await pollUntil(() => (isProcessAlive(pid) ? undefined : true), {
    timeoutMs,
    intervalMs: 100,
  });
  if (outcome.kind !== 'done') {
    signalProcess(-pid, 'SIGKILL');
    await pollUntil(() => (isProcessAlive(pid) ? undefined : true), {
      timeoutMs: 5_000,
      intervalMs: 50,
    });
  }
  return true;
}

/** Whether `pid` is alive and is one of our supervisors (guards against a reused pid). */
export function isSupervisorRunning(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('supervisor.cjs');
  } catch {
    // Without /proc (not Linux) trust the liveness check alone.
    return true;
  }
}

/** Alive and not a zombie: a detached supervisor may wait to be reaped after it exits. */
export function isProcessAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Asks a restartable supervisor to stop (SIGUSR2) or start (SIGUSR1) its server, which keeps its
 * port and data; throws when the supervisor is gone.
 */
export function signalSupervisor(
  pid: number,
  signal: 'SIGUSR1' | 'SIGUSR2',
  server: { readonly what: string; readonly code: InfrastructureErrorCode },
): void {
  if (!isSupervisorRunning(pid)) {
    throw new InfrastructureError(server.code, `The supervisor ${pid} of ${server.what} is gone`);
  }
  signalProcess(pid, signal);
}

/** Sends a signal, ignoring "no such process". */
export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** The size of a log file now (0 when absent): where lines about the next start begin. */
export function logSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Whether the supervisor logged, after byte `from` of its log, that the server exited or could not
 * run: a restartable supervisor outlives its server, so its own exit says nothing.
 */
export function serverExitLogged(file: string, from: number): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const length = Math.max(0, statSync(file).size - from);
    const buffer = Buffer.alloc(Math.min(length, 1024 * 1024));
    readSync(fd, buffer, 0, buffer.length, Math.max(from, statSync(file).size - buffer.length));
    return /exited \(code|cannot run/.test(buffer.toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
