import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isProcessAlive,
  startSupervised,
  type SupervisedProcess,
  type SupervisedProcessOptions,
} from './start-supervised';

const PREFIX = 'sijill-';
const OWNER = 'owner.pid';
const SUPERVISOR = 'supervisor.pid';

/**
 * A fresh temporary folder for one server, marked with the pid of its creator. Folders left by a
 * creator killed before its supervisor took over (or a killed supervisor) are swept first.
 */
export function makeServerDir(kind: 'kafka' | 'redis'): string {
  sweepStaleServerDirs();
  const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${kind}-`));
  writeFileSync(join(dir, OWNER), String(process.pid));
  return dir;
}

/** From now on the folder lives as long as this supervisor (which removes it when it exits). */
export function handServerDirTo(dir: string, supervisorPid: number): void {
  writeFileSync(join(dir, SUPERVISOR), String(supervisorPid));
}

/**
 * Starts a server under its supervisor, keeping its data in `dir`. A folder not `kept` is temporary:
 * the supervisor removes it once the server exits for good, and so does `destroy`.
 */
export function superviseInDir(
  dir: string,
  kept: boolean,
  options: Omit<SupervisedProcessOptions, 'removeDirs'>,
): { server: SupervisedProcess; destroy: () => Promise<void> } {
  const server = startSupervised({ ...options, removeDirs: kept ? [] : [dir] });
  if (!kept) handServerDirTo(dir, server.pid);
  return {
    server,
    destroy: async () => {
      await server.stop();
      if (!kept) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function sweepStaleServerDirs(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir()).filter((name) => /^sijill-(kafka|redis)-/.test(name));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(tmpdir(), name);
    const keeper = readPid(join(dir, SUPERVISOR)) ?? readPid(join(dir, OWNER));
    if (keeper !== undefined && !isProcessAlive(keeper)) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
