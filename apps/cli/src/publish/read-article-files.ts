import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { createGunzip, gunzipSync } from 'node:zlib';
import {
  parseJsonDocument,
  parseJsonLines,
  parseTextArticle,
  type ReadArticle,
  type TextArticleOptions,
} from './parse-article-document';
import { PublishInputError } from './publish-input.error';

export type InputFormat = 'jsonl' | 'json' | 'text/plain' | 'text/html';

/**
 * One input to read: standard input (`-`) or a file with the format its extension implies
 * (`.gz` after it: gzip-compressed, read as it streams).
 */
export type ArticleInput =
  | { readonly kind: 'stdin' }
  | {
      readonly kind: 'file';
      readonly path: string;
      readonly format: InputFormat;
      readonly gzip: boolean;
    };

/** The name standard input goes by in reports. */
export const STDIN_NAME = '<stdin>';

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
};

/**
 * Expands the paths given on the command line into inputs: folders recursively (known extensions
 * only, hidden entries skipped, in name order), files as named (an unknown extension is read as
 * JSON or JSON Lines), `-` as standard input. A path that does not exist is an input error.
 */
export async function listArticleInputs(paths: readonly string[]): Promise<ArticleInput[]> {
  const inputs: ArticleInput[] = [];
  const seen = new Set<string>();
  const addFile = (path: string, format: InputFormat): void => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', path, format, gzip: isGzip(path) });
  };
  for (const path of paths) {
    if (path === '-') {
      if (seen.has('-')) throw new PublishInputError('Standard input (-) can be named only once.');
      seen.add('-');
      inputs.push({ kind: 'stdin' });
      continue;
    }
    const stats = await stat(path).catch((error: unknown) => {
      throw new PublishInputError(`${path}: ${describeFsError(error)}`);
    });
    if (stats.isDirectory()) {
      for (const file of await walk(path)) addFile(file, formatOf(file) ?? 'json');
    } else {
      addFile(path, formatOf(path) ?? 'json');
    }
  }
  return inputs;
}

/**
 * Reads each input in turn and yields its articles with their origins. JSON Lines files are
 * streamed, a line at a time, so memory does not grow with their size.
 */
export async function* readArticleInputs(
  inputs: readonly ArticleInput[],
  options: { readonly text: TextArticleOptions; readonly stdin: AsyncIterable<Uint8Array> },
): AsyncGenerator<ReadArticle> {
  for (const input of inputs) {
    if (input.kind === 'stdin') {
      yield* parseJsonDocument(await readAll(options.stdin), STDIN_NAME);
      continue;
    }
    if (input.format === 'jsonl') {
      yield* streamJsonLines(input.path, input.gzip);
      continue;
    }
    const bytes = await readFile(input.path)
      .then((read) => (input.gzip ? gunzipSync(read) : read))
      .catch((error: unknown) => {
        throw new PublishInputError(`${input.path}: ${describeFsError(error)}`);
      });
    switch (input.format) {
      case 'json':
        yield* parseJsonDocument(bytes, input.path);
        break;
      case 'text/plain':
      case 'text/html':
        yield parseTextArticle(bytes, input.path, input.format, options.text);
        break;
    }
  }
}

/** A JSON Lines file's articles, read in chunks: each line's bytes untouched, as `parseJsonLines`. */
async function* streamJsonLines(path: string, gzip: boolean): AsyncGenerator<ReadArticle> {
  let rest: Buffer = Buffer.alloc(0);
  let line = 1;
  const source = createReadStream(path);
  const stream = gzip ? source.pipe(createGunzip()) : source;
  if (gzip) source.on('error', (error) => stream.destroy(error));
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const bytes = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
      const end = bytes.lastIndexOf(NEWLINE);
      if (end === -1) {
        rest = bytes;
        continue;
      }
      // Copied, so that a kept article does not hold the whole chunk in memory.
      for (const article of parseJsonLines(Buffer.from(bytes.subarray(0, end + 1)), path)) {
        yield { ...article, origin: { file: path, line: line + article.origin.line - 1 } };
      }
      line += countNewlines(bytes, end + 1);
      rest = Buffer.from(bytes.subarray(end + 1));
    }
  } catch (error) {
    throw new PublishInputError(`${path}: ${describeFsError(error)}`);
  }
  for (const article of parseJsonLines(rest, path)) {
    yield { ...article, origin: { file: path, line: line + article.origin.line - 1 } };
  }
}

const NEWLINE = 0x0a;

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1 && i < end; i = bytes.indexOf(NEWLINE, i + 1)) {
    count += 1;
  }
  return count;
}

/** Whether an input becomes one article per file (and so takes the text options). */
export function isTextInput(input: ArticleInput): boolean {
  return input.kind === 'file' && (input.format === 'text/plain' || input.format === 'text/html');
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && formatOf(path) !== undefined) files.push(path);
  }
  return files;
}

function isGzip(path: string): boolean {
  return extname(path).toLowerCase() === '.gz';
}

/** The format the extension implies, looking past a final `.gz`. */
function formatOf(path: string): InputFormat | undefined {
  const inner = isGzip(path) ? path.slice(0, -'.gz'.length) : path;
  return FORMAT_BY_EXTENSION[extname(inner).toLowerCase()];
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
