import type { Command } from 'commander';
import type { TextArticleOptions } from '../publish/parse-article-document';

const TEXT_OPTIONS = ['source', 'publishedAt', 'language', 'url'] as const;

/**
 * The article paths and the options that describe .txt/.html articles, as `publish` and `process`
 * both read them.
 */
export function addArticleInputOptions(command: Command): Command {
  return command
    .argument('<paths...>', 'files, folders, or - for standard input')
    .option('--source <name>', 'outlet of .txt/.html articles, e.g. "Example Wire"')
    .option('--published-at <time>', 'RFC 3339 publication time of .txt/.html articles')
    .option('--language <tag>', 'BCP 47 language of .txt/.html articles (detected when absent)');
}

/** The text-article options given on the command line, and only those. */
export function textOptions(options: TextArticleOptions): TextArticleOptions {
  return Object.fromEntries(
    TEXT_OPTIONS.flatMap((name) => (options[name] === undefined ? [] : [[name, options[name]]])),
  );
}
