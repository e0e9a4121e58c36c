// Judges the labelled SaudiNewsNet wire pairs at the default overlap parameters (or at
// `--shingle K --sampling N --suspect S --copy X --derived Y --min-shared M --holders H
// --filter-bits B --filter-hashes K --filter-bytes C`) and prints precision and recall per relation
// and every misjudged pair: `npm run report:wire-pairs`.
import { DEFAULT_OVERLAP_PARAMS, type OverlapParams } from '@sijill/core';

import { corpusDirOrSayAbsent } from '../fixtures/real-sample/read-corpus';
import {
  evaluateWirePairs,
  streamCorpusDays,
  type RelationScore,
} from '../fixtures/wire-pairs/evaluate-wire-pairs';
import { loadWirePairs } from '../fixtures/wire-pairs/load-wire-pairs';

function readParams(argv: readonly string[]): OverlapParams {
  const value = (flag: string): number | undefined => {
    const at = argv.indexOf(flag);
    const raw = at < 0 ? undefined : argv[at + 1];
    return raw === undefined ? undefined : Number(raw);
  };
  return {
    ...DEFAULT_OVERLAP_PARAMS,
    sampling: value('--sampling') ?? DEFAULT_OVERLAP_PARAMS.sampling,
    shingleSize: value('--shingle') ?? DEFAULT_OVERLAP_PARAMS.shingleSize,
    suspectContainment: value('--suspect') ?? DEFAULT_OVERLAP_PARAMS.suspectContainment,
    copyContainment: value('--copy') ?? DEFAULT_OVERLAP_PARAMS.copyContainment,
    filterBitsPerShingle: value('--filter-bits') ?? DEFAULT_OVERLAP_PARAMS.filterBitsPerShingle,
    filterHashes: value('--filter-hashes') ?? DEFAULT_OVERLAP_PARAMS.filterHashes,
    maxFilterBytes: value('--filter-bytes') ?? DEFAULT_OVERLAP_PARAMS.maxFilterBytes,
    derivedContainment: value('--derived') ?? DEFAULT_OVERLAP_PARAMS.derivedContainment,
    minSharedAnchors: value('--min-shared') ?? DEFAULT_OVERLAP_PARAMS.minSharedAnchors,
    maxDistinctiveHolders: value('--holders') ?? DEFAULT_OVERLAP_PARAMS.maxDistinctiveHolders,
  };
}

function formatScore(name: string, s: RelationScore): string {
  return `${name.padEnd(20)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (TP ${s.truePositives}, FP ${s.falsePositives}, FN ${s.falseNegatives})`;
}

async function main(): Promise<void> {
  const corpus = corpusDirOrSayAbsent('judge');
  if (corpus === undefined) return;
  const params = readParams(process.argv.slice(2));
  const { days, pairs } = loadWirePairs();
  const streamed = await streamCorpusDays(corpus, days, params);
  const evaluation = evaluateWirePairs(pairs, streamed, params);
  for (const o of evaluation.outcomes) {
    const expected =
      o.pair.label === 'copy' || o.pair.label === 'excerpt'
        ? 'copy'
        : o.pair.label === 'rewrite'
          ? 'derived'
          : 'none';
    if (o.relation !== expected) {
      process.stdout.write(
        `${o.pair.a} ${o.pair.b} ${o.pair.label} judged ${o.relation} (containment ${o.containment.toFixed(2)}, on the filter ${o.verified?.toFixed(3) ?? '?'}, ${o.shared} shared, ${o.distinctive} distinctive)\n`,
      );
    }
  }
  const lists = [...streamed.anchors.values()];
  const mean = lists.reduce((sum, list) => sum + list.length, 0) / Math.max(1, lists.length);
  process.stdout.write(
    `\n${pairs.length} pairs, ${mean.toFixed(1)} anchors per article\n${formatScore('copies and excerpts', evaluation.copies)}\n${formatScore('rewrites (related)', evaluation.rewrites)}\n`,
  );
}

if (require.main === module) void main();
