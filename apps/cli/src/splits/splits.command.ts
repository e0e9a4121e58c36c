import { readFile } from 'node:fs/promises';
import { type TimelineEntry, TimelineEntrySchema } from '@sijill/contracts';
import { findPossibleSplits, SPLIT_REPORT_DAYS } from '@sijill/core';
import { Command, InvalidArgumentError } from 'commander';
import { formatPossibleSplits } from './format-possible-splits';

/** What the report shows: pairs at most `days` apart, as text or as JSON lines. */
export interface SplitsOptions {
  readonly days: number;
  readonly json?: boolean;
}

/** What the command needs from its process; tests pass their own. */
export interface SplitsEnvironment {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

const EntriesSchema = TimelineEntrySchema.array();

/** The entries of a timeline file: `{"events": [...]}` as `sijill process` writes it, or an array. */
function entriesOf(decoded: unknown): unknown {
  if (Array.isArray(decoded) || typeof decoded !== 'object' || decoded === null) return decoded;
  return (decoded as { events?: unknown }).events;
}

const HELP_AFTER = `
Reads a timeline written by \`sijill process --out FILE\` (or an array of entries) and lists every
pair of active entries that share a principal participant (visitor or host when sides are known,
else anyone named) and whose dates lie at most --days apart, with each entry's place, people and
the evidence of its first sources: the places where one encounter may have been split in two, for
a person to read. \`sijill process --splits\` prints the same report after processing.

Examples:
  sijill splits timeline.json
  sijill splits timeline.json --days 1 --json`;

function parseDays(value: string): number {
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0) throw new InvalidArgumentError('a whole number ≥ 0');
  return days;
}

/** The split report of a set of entries, as text or JSON lines. */
export function splitReport(entries: readonly TimelineEntry[], options: SplitsOptions): string {
  const splits = findPossibleSplits(entries, options.days);
  if (options.json === true) {
    return splits
      .map((s) =>
        JSON.stringify({
          first: s.first.id,
          second: s.second.id,
          shared: s.shared,
          daysApart: s.daysApart,
        }),
      )
      .map((line) => `${line}\n`)
      .join('');
  }
  const active = entries.filter((e) => e.status === 'active').length;
  return formatPossibleSplits(splits, active, options.days);
}

/** `sijill splits <timeline.json>`: the split report of a written timeline. */
export function splitsCommand(environment: SplitsEnvironment): Command {
  return new Command('splits')
    .description('List pairs of entries that may report one encounter, for a person to read.')
    .argument('<timeline>', 'a timeline JSON file written by `sijill process --out`')
    .option('--days <n>', 'how many days apart two entries may be', parseDays, SPLIT_REPORT_DAYS)
    .option('--json', 'one JSON pair per line (entry ids, shared names, days apart)')
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, options: SplitsOptions) => {
      process.exitCode = await runSplits(file, options, environment);
    });
}

/** Reads the file and prints the report; resolves to the exit code (1 when unreadable). */
export async function runSplits(
  file: string,
  options: SplitsOptions,
  environment: SplitsEnvironment,
): Promise<number> {
  let entries: TimelineEntry[];
  try {
    const decoded: unknown = JSON.parse(await readFile(file, 'utf8'));
    const result = EntriesSchema.safeParse(entriesOf(decoded));
    if (!result.success) {
      environment.stderr.write(
        `sijill splits: ${file} is not a timeline: ${result.error.message}\n`,
      );
      return 1;
    }
    entries = result.data;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    environment.stderr.write(`sijill splits: cannot read ${file}: ${detail}\n`);
    return 1;
  }
  environment.stdout.write(splitReport(entries, options));
  return 0;
}
