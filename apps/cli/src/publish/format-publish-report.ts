import type { PublishReport, RefusedArticle, SentArticle } from './publish-articles';
import { definedOnly } from '@sijill/contracts';

export interface ReportContext {
  readonly topic: string;
  readonly brokers: readonly string[];
  readonly dryRun: boolean;
}

/** The machine report printed with `--json`. */
export interface JsonPublishReport {
  readonly dryRun?: true;
  readonly sent: readonly SentArticle[];
  /** Articles that passed the checks in a dry run (nothing is sent then). */
  readonly valid?: readonly SentArticle[];
  readonly refused: readonly RefusedArticle[];
  /** Ignored top-level fields (not sent) and how many articles carried each; absent when none. */
  readonly ignoredFields?: Readonly<Record<string, number>>;
  readonly failure?: PublishReport['failure'];
}

const MAX_LISTED_REFUSALS = 20;

/** The exit code of a run: 0 everything sent, 2 some refused, 1 the run failed. */
export function exitCodeOf(report: PublishReport): 0 | 1 | 2 {
  if (report.failure !== undefined) return 1;
  return report.refused.length > 0 ? 2 : 0;
}

export function toJsonReport(report: PublishReport, context: ReportContext): JsonPublishReport {
  const { sent, refused, failure, ignoredFields } = report;
  const base = context.dryRun ? { dryRun: true as const, sent: [], valid: sent } : { sent };
  return {
    ...base,
    refused,
    ...(ignoredFields.length === 0 ? {} : { ignoredFields: Object.fromEntries(ignoredFields) }),
    ...definedOnly({ failure }),
  };
}

/** A few lines for people, written to stderr so stdout stays free for `--json`. */
export function formatPublishSummary(report: PublishReport, context: ReportContext): string {
  const lines: string[] = [];
  const failure = report.failure;
  if (failure !== undefined) {
    lines.push(
      failure.stage === 'send'
        ? `sijill publish: Kafka at ${context.brokers.join(',')} did not take the articles: ${failure.message}`
        : `sijill publish: ${failure.message}`,
    );
  }
  const n = report.sent.length;
  lines.push(
    context.dryRun
      ? `Checked: ${count(n, 'valid article')} (dry run: nothing sent).`
      : `Sent ${count(n, 'article')} to ${context.topic}.`,
  );
  if (failure !== undefined && failure.unsent.length > 0) {
    lines.push(
      `Not confirmed: ${count(failure.unsent.length, 'valid article')}; publishing again is safe ` +
        '(intake drops articles it has already seen).',
    );
  }
  if (report.ignoredFields.length > 0) lines.push(formatIgnoredFields(report.ignoredFields));
  if (report.refused.length > 0) {
    lines.push(`Refused ${count(report.refused.length, 'article')} (${byReason(report.refused)}):`);
    for (const r of report.refused.slice(0, MAX_LISTED_REFUSALS)) {
      lines.push(`  ${r.file}:${r.line}  ${r.reason}  ${r.detail}`);
    }
    const more = report.refused.length - MAX_LISTED_REFUSALS;
    if (more > 0) lines.push(`  … and ${more} more (--json lists them all).`);
  }
  return `${lines.join('\n')}\n`;
}

/** One line naming the ignored fields with how many articles carried each (ADR 0007). */
export function formatIgnoredFields(fields: readonly (readonly [string, number])[]): string {
  const listed = fields.map(([field, k]) => `${field} ${k}`).join(', ');
  return `Ignored fields the article contract does not name (not forwarded): ${listed}.`;
}

function byReason(refused: readonly RefusedArticle[]): string {
  const counts = new Map<string, number>();
  for (const r of refused) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].map(([reason, k]) => `${reason} ${k}`).join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
