import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderContractDocs, SCHEMAS_DIR, type ContractDocs } from './render-contract-docs';

/**
 * Writes docs/asyncapi.yaml and docs/schemas/ from the contracts; with `--check` (CI), writes
 * nothing and exits 1 naming every file that is stale, missing or no longer generated.
 */
function main(argv: readonly string[]): number {
  const unknown = argv.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(
      `Unknown argument(s): ${unknown.join(' ')}\nUsage: generate-contract-docs [--check]\n`,
    );
    return 2;
  }
  const root = locateRepoRoot(__dirname);
  const docs = renderContractDocs(readPackageVersion(root));
  return argv.includes('--check') ? check(root, docs) : write(root, docs);
}

function write(root: string, docs: ContractDocs): number {
  for (const path of leftovers(root, docs)) rmSync(join(root, path));
  for (const [path, content] of docs) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  process.stdout.write(`Wrote ${docs.size} contract files under docs/.\n`);
  return 0;
}

function check(root: string, docs: ContractDocs): number {
  const problems: string[] = [];
  for (const [path, content] of docs) {
    const file = join(root, path);
    if (!existsSync(file)) problems.push(`missing: ${path}`);
    else if (readFileSync(file, 'utf8') !== content) problems.push(`stale:   ${path}`);
  }
  for (const path of leftovers(root, docs)) problems.push(`extra:   ${path}`);
  if (problems.length === 0) {
    process.stdout.write(`Contract docs are up to date (${docs.size} files).\n`);
    return 0;
  }
  process.stderr.write(
    `Contract docs do not match libs/contracts:\n${problems.map((p) => `  ${p}`).join('\n')}\n` +
      'Run `npm run build && npm run contracts:generate` and commit the result.\n',
  );
  return 1;
}

/** Schema files on disk that the contracts no longer produce (a topic was renamed or removed). */
function leftovers(root: string, docs: ContractDocs): string[] {
  const dir = join(root, SCHEMAS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => `${SCHEMAS_DIR}/${name}`)
    .filter((path) => !docs.has(path))
    .sort();
}

/** The nearest folder with a package.json: the repository root from both src/ and dist/. */
function locateRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

function readPackageVersion(root: string): string {
  const parsed: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = (parsed as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error('package.json has no version');
  return version;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
