#!/usr/bin/env node
import { Command } from 'commander';
import { publishCommand } from './publish/publish.command';

// Subcommands to come: `process <files>` (offline mode) and `subscribe` (follow the timeline).
const program = new Command('sijill')
  .description('Sijill: a merged timeline of diplomatic events from a stream of news articles.')
  .showHelpAfterError()
  .addCommand(
    publishCommand({
      env: process.env,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
    }),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`sijill: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
