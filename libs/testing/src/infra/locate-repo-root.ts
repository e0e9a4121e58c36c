import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MARKER = join('libs', 'testing', 'src', 'infra', 'kafka', 'pom.xml');

/**
 * The repository root, found from this file's location so it works both from the TypeScript
 * sources (jest) and from `dist/` (npm run infra:up), whatever the working directory.
 */
export function locateRepoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, MARKER))) return dir;
    if (dirname(dir) === dir) {
      throw new Error(`Cannot find the repository root (no ${MARKER}) above ${from}`);
    }
  }
}

/** The supervisor script that ties a server's life to its starter (see supervisor.cjs). */
export function supervisorScriptPath(): string {
  return join(locateRepoRoot(), 'libs', 'testing', 'src', 'infra', 'supervisor.cjs');
}
