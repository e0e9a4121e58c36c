// `npm run report:real-cases` (after `npm run build`): runs extraction on every case of
// libs/testing/src/fixtures/real-cases/cases.json (real articles read from
// ../shared/corpora/saudinewsnet by id), checks each case's expectations, and prints the passing
// cases by rule tag and every failing case with what it broke.
import type { EventMention } from '@sijill/contracts';
import { loadDefaultGazetteer } from '@sijill/core';
import { checkRealCase, countByTag } from '../fixtures/real-cases/check-real-case';
import { loadRealCases } from '../fixtures/real-cases/load-real-cases';
import type { RealCase } from '../fixtures/real-cases/real-case.schema';
import { readCorpusArticles } from '../fixtures/real-sample/read-corpus';
import { realSampleCorpusDir } from './report-real-sample';
import { extractSampleMentions } from './score-real-sample';

/** One case's outcome. */
export interface RealCaseResult {
  readonly realCase: RealCase;
  readonly tags: readonly string[];
  readonly mentions: readonly EventMention[];
  readonly failures: readonly string[];
  readonly passed: boolean;
}

/** Extraction on every case's article, each checked against its expectations. */
export function runRealCases(corpusDir: string): RealCaseResult[] {
  const { cases } = loadRealCases();
  const articles = readCorpusArticles(
    corpusDir,
    cases.map((c) => c.id),
  );
  const mentions = extractSampleMentions(articles, loadDefaultGazetteer());
  return cases.map((realCase) => {
    const found = mentions.get(realCase.id) ?? [];
    const failures = checkRealCase(realCase, found);
    return {
      realCase,
      tags: realCase.tags,
      mentions: found,
      failures,
      passed: failures.length === 0,
    };
  });
}

/** The per-rule table: `tag  passed/total`, widest rules first. */
export function formatByTag(results: readonly RealCaseResult[]): string {
  const rows = [...countByTag(results).entries()].sort(
    (a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]),
  );
  const width = Math.max(...rows.map(([tag]) => tag.length));
  const passed = results.filter((r) => r.passed).length;
  return [
    ...rows.map(([tag, c]) => `${tag.padEnd(width)}  ${String(c.passed).padStart(3)}/${c.total}`),
    `${'all cases'.padEnd(width)}  ${String(passed).padStart(3)}/${results.length}`,
  ].join('\n');
}

function main(): void {
  const corpusDir = realSampleCorpusDir();
  if (corpusDir === undefined) {
    process.stdout.write(
      'The corpus ../shared/corpora/saudinewsnet is absent: nothing to check.\n',
    );
    return;
  }
  const results = runRealCases(corpusDir);
  for (const r of results.filter((x) => !x.passed)) {
    process.stdout.write(`${r.realCase.id} [${r.tags.join(', ')}] ${r.realCase.note ?? ''}\n`);
    for (const f of r.failures) process.stdout.write(`   ${f}\n`);
  }
  process.stdout.write(`\n${formatByTag(results)}\n`);
}

if (require.main === module) main();
