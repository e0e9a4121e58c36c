#!/usr/bin/env node
import { Command } from 'commander';
import { processCommand } from './process/process.command';
import { publishCommand } from './publish/publish.command';
import { splitsCommand } from './splits/splits.command';
import { subscribeCommand } from './subscribe/subscribe.command';

const environment = {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
};

const program = new Command('sijill')
  .description('Sijill: a merged timeline of diplomatic events from a stream of news articles.')
  .showHelpAfterError()
  .addCommand(publishCommand(environment))
  .addCommand(processCommand(environment))
  .addCommand(subscribeCommand(environment))
  .addCommand(splitsCommand(environment));

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`sijill: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
