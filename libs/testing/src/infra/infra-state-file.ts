import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { infraStateSchema, type InfraState } from './infra-state.schema';
import { locateRepoRoot } from './locate-repo-root';

/** `<repo>/.cache/infra/state.json`: what `npm run infra:up` started. */
export function infraStatePath(): string {
  return join(locateRepoRoot(), '.cache', 'infra', 'state.json');
}

/** The recorded state, or undefined when there is none (or it is unreadable). */
export function readInfraState(): InfraState | undefined {
  let raw: string;
  try {
    raw = readFileSync(infraStatePath(), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = infraStateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeInfraState(state: InfraState): void {
  const path = infraStatePath();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(state, null, 2) + '\n');
}

export function removeInfraState(): void {
  rmSync(infraStatePath(), { force: true });
}
