import { Logger } from '@nestjs/common';
import type { SijillConfig } from '@sijill/config';
import { decodeArticle } from '@sijill/core';
import { ensureTopics, KafkaConnection } from '@sijill/kafka';
import { Command } from 'commander';
import { addArticleInputOptions, textOptions } from '../options/article-input-options';
import { exitOnUsageError, loadCliConfig } from '../options/load-cli-config';
import {
  exitCodeOf,
  formatPublishSummary,
  toJsonReport,
  type ReportContext,
} from './format-publish-report';
import type { TextArticleOptions } from './parse-article-document';
import { publishArticles, type ArticleSink } from './publish-articles';
import { PublishInputError } from './publish-input.error';
import { isTextInput, listArticleInputs, readArticleInputs } from './read-article-files';

interface PublishOptions extends TextArticleOptions {
  readonly brokers?: string;
  readonly json?: boolean;
  readonly dryRun?: boolean;
  readonly verbose?: boolean;
}

/** A sink that must be closed once the run is over. */
export interface ClosableSink extends ArticleSink {
  close(): Promise<void>;
}

/** What the command needs from its process; tests pass their own. */
export interface PublishEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: AsyncIterable<Uint8Array>;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly openSink?: (config: SijillConfig) => ClosableSink;
}

const HELP_AFTER = `
Input:
  *.jsonl, *.ndjson  one article (a JSON object) per line
  *.json, -          a JSON array of articles, one article, or JSON Lines (detected)
  *.txt, *.html      one article per file: the file is the body (text/plain or text/html);
                     --source, --published-at, --language and --url apply to these files only,
                     never to JSON records
  folders            searched recursively for the extensions above (hidden entries skipped)

Every article is checked with the same rules as intake and refused locally, with its file:line and
reason code, when it would be dead-lettered. Valid articles go to the articles topic, keyed by the
id intake derives, acknowledged by all in-sync replicas. Publishing the same articles again is safe:
intake forwards each article once.

Exit status: 0 everything sent, 2 some articles refused, 1 the run failed (bad input path, bad
configuration, Kafka unreachable).

Examples:
  sijill publish examples/articles.jsonl
  sijill publish --source "Example Wire" --language ar --published-at 2024-07-03T09:00:00+05:00 story.txt
  cat articles.json | sijill publish --json -`;

/** `sijill publish <paths...>`: checks articles locally and sends the valid ones to Kafka. */
export function publishCommand(environment: PublishEnvironment): Command {
  return addArticleInputOptions(
    new Command('publish').description('Check articles and publish them to the articles topic.'),
  )
    .option('--url <url>', 'URL of the article (a single .txt/.html file only)')
    .option('--brokers <list>', 'Kafka brokers, host:port[,host:port] (default: KAFKA_BROKERS)')
    .option('--json', 'print a machine report to stdout: {sent, refused[, failure]}')
    .option('--dry-run', 'check the articles but send nothing')
    .option('--verbose', 'show Kafka client warnings and errors on stderr')
    .addHelpText('after', HELP_AFTER)
    .action(async (paths: string[], options: PublishOptions) => {
      process.exitCode = await runPublish(paths, options, environment);
    });
}

/** The whole run; resolves to the exit code. */
export async function runPublish(
  paths: readonly string[],
  options: PublishOptions,
  environment: PublishEnvironment,
): Promise<number> {
  const { stderr, stdout } = environment;
  Logger.overrideLogger(options.verbose === true ? ['error', 'warn'] : false);
  let config: SijillConfig;
  let inputs: Awaited<ReturnType<typeof listArticleInputs>>;
  const text = textOptions(options);
  try {
    config = loadCliConfig(environment.env, options.brokers);
    inputs = await listArticleInputs(paths);
    checkTextOptions(text, inputs.filter(isTextInput).length, config, stderr);
  } catch (error) {
    return exitOnUsageError('publish', error, stderr, PublishInputError);
  }
  const dryRun = options.dryRun === true;
  const sink = dryRun ? nullSink() : (environment.openSink ?? openKafkaSink)(config);
  const report = await publishArticles(
    readArticleInputs(inputs, { text, stdin: environment.stdin }),
    sink,
    { limits: { maxBodyBytes: config.intake.maxBodyBytes } },
  ).finally(() => sink.close());
  const context: ReportContext = {
    topic: config.kafka.topics.articles,
    brokers: config.kafka.brokers,
    dryRun,
  };
  if (options.json === true) stdout.write(`${JSON.stringify(toJsonReport(report, context))}\n`);
  stderr.write(formatPublishSummary(report, context));
  return exitCodeOf(report);
}

/** Creates the articles topic when missing, on the first batch only (a dry run never connects). */
function openKafkaSink(config: SijillConfig): ClosableSink {
  const connection = new KafkaConnection(config);
  let ready: Promise<void> | undefined;
  return {
    async send(records) {
      ready ??= ensureTopics(connection.kafka, config.kafka, ['articles']);
      await ready;
      await connection.publish(records);
    },
    close: () => connection.onApplicationShutdown(),
  };
}

function nullSink(): ClosableSink {
  return { send: () => Promise.resolve(), close: () => Promise.resolve() };
}

/** Bad text options would refuse every text file alike: say so once, before reading anything. */
function checkTextOptions(
  text: TextArticleOptions,
  textInputs: number,
  config: SijillConfig,
  stderr: PublishEnvironment['stderr'],
): void {
  if (Object.keys(text).length === 0) return;
  const probe = Buffer.from(JSON.stringify({ ...text, body: 'probe' }), 'utf8');
  const decoded = decodeArticle(probe, { maxBodyBytes: config.intake.maxBodyBytes });
  if (decoded.kind === 'invalid') {
    throw new PublishInputError(`invalid option (${decoded.reason}): ${decoded.detail}`);
  }
  if (text.url !== undefined && textInputs > 1) {
    throw new PublishInputError(
      `--url names one article, but ${textInputs} .txt/.html files were given.`,
    );
  }
  if (textInputs === 0) {
    stderr.write(
      'sijill publish: --source, --published-at, --language and --url apply only to .txt/.html ' +
        'files; none were given, so they are ignored.\n',
    );
  }
}
