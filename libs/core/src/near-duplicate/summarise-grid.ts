import { type PairEvaluation } from './evaluate-labelled-pairs';
import { type NearDuplicateParams } from './near-duplicate-params.schema';

/** One parameter set evaluated under several hash seeds. */
export interface GridRow {
  readonly params: NearDuplicateParams;
  readonly runs: readonly PairEvaluation[];
}

/** A grid row reduced to the figures parameters are chosen by. */
export interface GridSummary {
  readonly params: NearDuplicateParams;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly worstF1: number;
  /** Distance from the threshold to the nearest labelled pair's exact Jaccard: room for estimation noise. */
  readonly margin: number;
}

const f1 = (precision: number, recall: number): number =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const mean = (values: readonly number[]): number =>
  values.reduce((total, value) => total + value, 0) / values.length;

/**
 * Summarises grid rows and ranks them: mean F1 over seeds, then the worst seed's F1 (robustness
 * to the hash family), then fewer band keys (Redis memory per article), then fewer permutations
 * (CPU and signature size), then the margin around the threshold.
 */
export function summariseGrid(rows: readonly GridRow[]): GridSummary[] {
  const summaries = rows.map((row): GridSummary => {
    const precision = mean(row.runs.map((run) => run.precision));
    const recall = mean(row.runs.map((run) => run.recall));
    const exact = row.runs[0]?.outcomes.map((outcome) => outcome.exact) ?? [];
    return {
      params: row.params,
      precision,
      recall,
      f1: f1(precision, recall),
      worstF1: Math.min(...row.runs.map((run) => f1(run.precision, run.recall))),
      margin: Math.min(...exact.map((value) => Math.abs(value - row.params.threshold))),
    };
  });
  return summaries.sort(
    (a, b) =>
      b.f1 - a.f1 ||
      b.worstF1 - a.worstF1 ||
      a.params.bands - b.params.bands ||
      a.params.permutations - b.params.permutations ||
      b.margin - a.margin,
  );
}
