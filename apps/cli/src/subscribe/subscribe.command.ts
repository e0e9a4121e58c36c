import { Logger, type LoggerService } from '@nestjs/common';
import type { SijillConfig } from '@sijill/config';
import {
  EVENT_TYPES,
  type EventType,
  type TimelineEntry,
  TimelineEntrySchema,
  definedOnly,
} from '@sijill/contracts';
import { foldKey } from '@sijill/core';
import { Command } from 'commander';
import { exitOnUsageError, loadCliConfig } from '../options/load-cli-config';
import { formatTimelineEntry } from './format-timeline-entry';
import {
  followTimeline,
  type FollowOptions,
  type TimelineFollower,
  type TimelineTopicRecord,
} from './follow-timeline';
import { type EntryFilter, matchEntry } from './match-entry';

interface SubscribeOptions {
  readonly json?: boolean;
  readonly fromBeginning: boolean;
  readonly brokers?: string;
  readonly participant?: string;
  readonly type?: string;
  readonly verbose?: boolean;
}

type OutputEvent = 'drain' | 'close' | 'error';
type OutputListener = (error?: Error & { code?: string }) => void;

/** Standard output, with the stream events a real one has (backpressure, a closed pipe). */
export interface SubscribeOutput {
  write(text: string): boolean;
  on?(event: OutputEvent, listener: OutputListener): unknown;
  off?(event: OutputEvent, listener: OutputListener): unknown;
}

/** What the command needs from its process; tests pass their own. */
export interface SubscribeEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: SubscribeOutput;
  readonly stderr: { write(text: string): unknown };
  readonly follow?: (config: SijillConfig, options: FollowOptions) => Promise<TimelineFollower>;
  /** Aborted to stop; by default the first SIGINT or SIGTERM. */
  readonly stop?: AbortSignal;
}

const HELP_AFTER = `
Reads the timeline topic (compacted: the latest revision of every entry, then each new revision as
it is published) and prints every entry revision: a block per revision for people, or one JSON
entry per line with --json. Arabic text is wrapped in Unicode isolates so that it reads right to
left inside left-to-right lines. A revision older than one already shown is skipped.

Runs until Ctrl-C (or SIGTERM), then leaves the topic cleanly. Exit status: 0 when stopped, 1 when
the configuration is bad or Kafka cannot be reached.

Examples:
  sijill subscribe
  sijill subscribe --participant putin --type visit,summit
  sijill subscribe --json --no-from-beginning | jq .title.en`;

/** `sijill subscribe`: follows the timeline in the terminal. */
export function subscribeCommand(environment: SubscribeEnvironment): Command {
  return new Command('subscribe')
    .description('Follow the timeline: every entry revision, as it is published.')
    .option('--json', 'print one JSON timeline entry per line')
    .option('--from-beginning', 'show the whole timeline first, then follow it (default)', true)
    .option('--no-from-beginning', 'show only revisions published from now on')
    .option('--brokers <list>', 'Kafka brokers, host:port[,host:port] (default: KAFKA_BROKERS)')
    .option('--participant <name>', 'only entries with this participant (any language, any part)')
    .option('--type <types>', `only these types, comma-separated: ${EVENT_TYPES.join(', ')}`)
    .option('--verbose', 'show Kafka client warnings and errors on stderr')
    .addHelpText('after', HELP_AFTER)
    .action(async (options: SubscribeOptions) => {
      process.exitCode = await runSubscribe(options, environment);
    });
}

/** The whole run; resolves to the exit code once stopped. */
export async function runSubscribe(
  options: SubscribeOptions,
  environment: SubscribeEnvironment,
): Promise<number> {
  const { stderr, stdout } = environment;
  Logger.overrideLogger(options.verbose === true ? stderrLogger(stderr) : false);
  let config: SijillConfig;
  let filter: EntryFilter;
  try {
    filter = entryFilter(options);
    config = loadCliConfig(environment.env, options.brokers);
  } catch (error) {
    return exitOnUsageError('subscribe', error, stderr, SubscribeInputError);
  }

  const outputGone = new AbortController();
  const stop = AbortSignal.any([environment.stop ?? stopOnSignals(stderr), outputGone.signal]);
  stdout.on?.('error', (error) => {
    // A reader that went away (`| head`) ends the run; anything else is reported as it is.
    if (error !== undefined && error.code !== 'EPIPE') {
      stderr.write(`sijill subscribe: ${error.message}\n`);
    }
    outputGone.abort();
  });
  const latest = new Map<string, number>();
  const onRecord = async (record: TimelineTopicRecord): Promise<void> => {
    if (stop.aborted) return;
    const entry = decodeEntry(record, stderr);
    if (entry === undefined || !matchEntry(entry, filter)) return;
    if ((latest.get(entry.id) ?? 0) >= entry.revision) return;
    latest.set(entry.id, entry.revision);
    const text = options.json === true ? `${JSON.stringify(entry)}\n` : formatTimelineEntry(entry);
    if (!stdout.write(text)) await drained(stdout, stop);
  };

  let follower: TimelineFollower;
  try {
    const follow = environment.follow ?? followTimeline;
    follower = await follow(config, { fromBeginning: options.fromBeginning, onRecord });
  } catch (error) {
    stderr.write(
      `sijill subscribe: cannot follow ${config.kafka.topics.timeline} on ` +
        `${config.kafka.brokers.join(',')}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  if (options.json !== true) {
    stderr.write(
      `Following ${config.kafka.topics.timeline} on ${config.kafka.brokers.join(',')}` +
        `${options.fromBeginning ? ' from the beginning' : ''}; Ctrl-C to stop.\n\n`,
    );
  }
  const outcome = await Promise.race([
    new Promise<undefined>((resolve) => {
      if (stop.aborted) resolve(undefined);
      else stop.addEventListener('abort', () => resolve(undefined), { once: true });
    }),
    follower.failed,
  ]);
  await follower.stop();
  if (outcome instanceof Error) {
    stderr.write(`sijill subscribe: the consumer stopped: ${outcome.message}\n`);
    return 1;
  }
  return 0;
}

/** A validation failure of the command's own options. */
export class SubscribeInputError extends Error {
  readonly code = 'SUBSCRIBE_INPUT';
}

function entryFilter(options: SubscribeOptions): EntryFilter {
  let types: Set<EventType> | undefined;
  if (options.type !== undefined) {
    types = new Set();
    for (const type of options.type.split(',').map((t) => t.trim().toLowerCase())) {
      if (!(EVENT_TYPES as readonly string[]).includes(type)) {
        throw new SubscribeInputError(`--type "${type}" is not one of ${EVENT_TYPES.join(', ')}.`);
      }
      types.add(type as EventType);
    }
  }
  const participant = options.participant === undefined ? undefined : foldKey(options.participant);
  if (participant === '') throw new SubscribeInputError('--participant needs letters or digits.');
  return { ...(types ? { types } : {}), ...definedOnly({ participant }) };
}

function decodeEntry(
  record: TimelineTopicRecord,
  stderr: SubscribeEnvironment['stderr'],
): TimelineEntry | undefined {
  const where = `partition ${record.partition} offset ${record.offset}`;
  if (record.value === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(record.value.toString('utf8'));
  } catch {
    stderr.write(`sijill subscribe: skipped the record at ${where}: not JSON\n`);
    return undefined;
  }
  const parsed = TimelineEntrySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    stderr.write(
      `sijill subscribe: skipped the record at ${where}: ` +
        `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a timeline entry'}\n`,
    );
    return undefined;
  }
  return parsed.data;
}

/** Waits for a full pipe to take more, so a slow reader slows the consumer rather than our memory. */
function drained(stdout: SubscribeOutput, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stdout.off?.('drain', done);
      stdout.off?.('close', done);
      stop.removeEventListener('abort', done);
      resolve();
    };
    if (stdout.on === undefined || stop.aborted) return resolve();
    stdout.on('drain', done);
    stdout.on('close', done);
    stop.addEventListener('abort', done);
  });
}

/** The first SIGINT or SIGTERM stops cleanly; a second one exits at once. */
function stopOnSignals(stderr: SubscribeEnvironment['stderr']): AbortSignal {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      stderr.write(`sijill subscribe: ${signal} again, exiting without leaving the group.\n`);
      process.exit(130);
    }
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return controller.signal;
}

function stderrLogger(stderr: SubscribeEnvironment['stderr']): LoggerService {
  const text = (value: unknown): string =>
    typeof value === 'string' ? value : JSON.stringify(value);
  const write =
    (level: string) =>
    (message: unknown, ...details: unknown[]): void => {
      stderr.write(`${level}: ${[message, ...details].map(text).join(' ')}\n`);
    };
  return { log: () => undefined, warn: write('warn'), error: write('error') };
}
