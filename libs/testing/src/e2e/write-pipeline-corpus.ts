import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devSetDir } from '../fixtures/dev-set/load-dev-set';
import { sharedPath } from '../fixtures/shared-dir';
import { locateRepoRoot } from '../infra/locate-repo-root';

/**
 * The examples, the development set and (when present) the shared seeds as one JSON Lines file in
 * a fresh temporary folder: articles with events to extract and merge, for end-to-end runs.
 */
export function writePipelineCorpus(label: string): string {
  const root = locateRepoRoot();
  const seeds = sharedPath('fixtures', 'seeds', 'articles.jsonl');
  const cases = join(devSetDir(), 'cases');
  const lines = [
    ...readFileSync(join(root, 'examples', 'articles.jsonl'), 'utf8').split('\n'),
    ...readdirSync(cases)
      .sort()
      .map((f) =>
        JSON.stringify(
          (JSON.parse(readFileSync(join(cases, f), 'utf8')) as { article: unknown }).article,
        ),
      ),
    ...(seeds === undefined ? [] : readFileSync(seeds, 'utf8').split('\n')),
  ].filter((l) => l.trim() !== '');
  const file = join(mkdtempSync(join(tmpdir(), `sijill-${label}-`)), 'corpus.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
