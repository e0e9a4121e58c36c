import {
  loadDefaultGazetteer,
  ProcessArticlesUseCase,
  UnknownFieldTally,
  SPLIT_REPORT_DAYS,
  formatTrace,
  type ExtractionTrace,
  type OfflineTimeline,
} from '@sijill/core';
import { definedOnly } from '@sijill/contracts';
import { Command } from 'commander';
import { addArticleInputOptions, textOptions } from '../options/article-input-options';
import { exitOnUsageError, loadCliConfig } from '../options/load-cli-config';
import type { PublishEnvironment } from '../publish/publish.command';
import { formatIgnoredFields } from '../publish/format-publish-report';
import { PublishInputError } from '../publish/publish-input.error';
import { listArticleInputs, readArticleInputs } from '../publish/read-article-files';
import { splitReport } from '../splits/splits.command';
import { formatOfflineTimeline } from './format-offline-timeline';
import { fileWriter, writeTimelineJson } from './write-timeline-json';

interface ProcessOptions {
  readonly out?: string;
  readonly source?: string;
  readonly publishedAt?: string;
  readonly language?: string;
  readonly splits?: boolean;
  readonly explain?: string;
}

const HELP_AFTER = `
Runs the whole pipeline in this process — intake, normalisation, wire-copy detection, extraction and
the merge — with in-memory state: no Kafka, no Redis. The same core the services run, so the same
articles give the same timeline.

Output: {"events": [every timeline entry, merged ones included], "articles": [{id, outcome, ...}]}
  to FILE with --out (and a readable timeline on stdout), else as JSON on stdout.
  With --splits, then the split report (as \`sijill splits\` prints it): on stdout with --out, else
  on standard error.

Examples:
  sijill process examples/ --out timeline.json
  sijill process feed/ --out timeline.json --splits
  sijill process feed.jsonl > timeline.json`;

/** `sijill process <paths...>`: the offline mode. */
export function processCommand(environment: PublishEnvironment): Command {
  return addArticleInputOptions(
    new Command('process').description(
      'Build the timeline from article files offline (no Kafka, no Redis).',
    ),
  )
    .option('--out <file>', 'write the JSON result here and print a readable timeline')
    .option('--splits', 'also list pairs of entries that may report one encounter')
    .option(
      '--explain <articleId>',
      'print every trigger, actor and event extraction kept or refused in one article, and the rule',
    )
    .addHelpText('after', HELP_AFTER)
    .action(async (paths: string[], options: ProcessOptions) => {
      process.exitCode = await runProcess(paths, options, environment);
    });
}

/** The whole run; resolves to the exit code (0 done, 1 the input could not be read). */
export async function runProcess(
  paths: readonly string[],
  options: ProcessOptions,
  environment: PublishEnvironment,
): Promise<number> {
  const { stderr, stdout } = environment;
  let timeline: OfflineTimeline;
  const trace: ExtractionTrace = { steps: [] };
  try {
    const config = loadCliConfig(environment.env);
    const inputs = await listArticleInputs(paths);
    const pipeline = new ProcessArticlesUseCase(loadDefaultGazetteer(), {
      limits: { maxBodyBytes: config.intake.maxBodyBytes },
      dedupTtlSeconds: config.intake.dedupTtlSeconds,
      nearDuplicateThreshold: config.intake.nearDuplicateThreshold,
      maxExtractedChars: config.extraction.maxChars,
      now: () => new Date(),
      ...definedOnly({
        explain: options.explain === undefined ? undefined : { articleId: options.explain, trace },
      }),
    });
    const text = textOptions(options);
    for await (const read of readArticleInputs(inputs, { text, stdin: environment.stdin })) {
      const label = `${read.origin.file}:${read.origin.line}`;
      await pipeline.add(
        'value' in read ? { label, value: read.value } : { label, refused: read.refused },
      );
    }
    timeline = pipeline.timeline();
  } catch (error) {
    return exitOnUsageError('process', error, stderr, PublishInputError);
  }
  const ignored = new UnknownFieldTally();
  for (const article of timeline.articles) ignored.add(article.ignoredFields ?? []);
  if (ignored.entries().length > 0) stderr.write(`${formatIgnoredFields(ignored.entries())}\n`);
  if (options.explain !== undefined) {
    const report = timeline.articles.find((a) => a.id === options.explain);
    stdout.write(
      `Article ${options.explain}: ${report === undefined ? 'not in the input' : report.outcome}${report?.duplicateOf === undefined ? '' : ` of ${report.duplicateOf}`}\n`,
    );
    stdout.write(`${formatTrace(trace)}\n`);
    return 0;
  }
  if (options.out === undefined) {
    await writeTimelineJson(timeline, (text) => stdout.write(text));
  } else {
    const file = fileWriter(options.out);
    await writeTimelineJson(timeline, file.write);
    await file.close();
    stdout.write(formatOfflineTimeline(timeline));
    stderr.write(
      `Wrote ${timeline.events.length} entries and ${timeline.articles.length} article outcomes to ${options.out}.\n`,
    );
  }
  if (options.splits === true) {
    const report = splitReport(timeline.events, { days: SPLIT_REPORT_DAYS });
    (options.out === undefined ? stderr : stdout).write(report);
  }
  return 0;
}
