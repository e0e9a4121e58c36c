import type { ReasonCode } from '@sijill/contracts';

/** Where one article came from: a file (or `<stdin>`) and the line it starts on (1-based). */
export interface ArticleOrigin {
  readonly file: string;
  readonly line: number;
}

/**
 * One article read from the input: the bytes a publisher would put on the topic, or a refusal when
 * the input cannot even be split into articles (a broken JSON document, a text file not in UTF-8).
 */
export type ReadArticle =
  | { readonly origin: ArticleOrigin; readonly value: Uint8Array }
  | {
      readonly origin: ArticleOrigin;
      readonly refused: { readonly reason: ReasonCode; readonly detail: string };
    };

/** Fields applied to every `.txt` / `.html` article; JSON records are sent as they are. */
export interface TextArticleOptions {
  readonly source?: string;
  readonly publishedAt?: string;
  readonly language?: string;
  readonly url?: string;
}

export type TextContentType = 'text/plain' | 'text/html';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** JSON Lines: one article per non-blank line, each line's bytes untouched. */
export function parseJsonLines(bytes: Uint8Array, file: string): ReadArticle[] {
  const articles: ReadArticle[] = [];
  let start = 0;
  for (let lineNumber = 1; start <= bytes.length; lineNumber++) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    const line = withoutTrailingCarriageReturn(bytes.subarray(start, end));
    if (!isBlank(line)) articles.push({ origin: { file, line: lineNumber }, value: line });
    if (newline === -1) break;
    start = newline + 1;
  }
  return articles;
}

/**
 * A JSON document of unknown shape: an array of articles, a single article, or (when the whole
 * does not parse and does not open with `[`) JSON Lines.
 */
export function parseJsonDocument(bytes: Uint8Array, file: string): ReadArticle[] {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return parseJsonLines(bytes, file);
  }
  const first = text.search(/\S/u);
  if (first === -1) return [];
  try {
    JSON.parse(text);
  } catch (error) {
    if (text[first] !== '[') return parseJsonLines(bytes, file);
    const detail = error instanceof Error ? error.message : 'The document is not JSON.';
    const line = lineAt(text)(firstBrokenElement(text) ?? first);
    return [{ origin: { file, line }, refused: { reason: 'not-json', detail } }];
  }
  const lineOf = lineAt(text);
  if (text[first] !== '[') return [{ origin: { file, line: lineOf(first) }, value: bytes }];
  return arrayElementSpans(text).map(({ start, end }) => ({
    origin: { file, line: lineOf(start) },
    value: Buffer.from(text.slice(start, end), 'utf8'),
  }));
}

/** One `.txt` or `.html` file as one article: the file is the body. */
export function parseTextArticle(
  bytes: Uint8Array,
  file: string,
  contentType: TextContentType,
  options: TextArticleOptions,
): ReadArticle {
  const origin = { file, line: 1 };
  let body: string;
  try {
    body = utf8.decode(bytes);
  } catch {
    return { origin, refused: { reason: 'not-utf8', detail: 'The file is not valid UTF-8.' } };
  }
  const article = { ...options, contentType, body };
  return { origin, value: Buffer.from(JSON.stringify(article), 'utf8') };
}

/**
 * Start and end (string indices) of each top-level element of a JSON array. The text must already
 * be known to parse: only strings and nesting need tracking.
 */
function arrayElementSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  let lastSignificant = -1;
  const close = (): void => {
    if (start !== -1) spans.push({ start, end: lastSignificant + 1 });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') {
        inString = false;
        lastSignificant = i;
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (depth === 1 && c === ',') {
      close();
      continue;
    }
    if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) close();
      else lastSignificant = i;
      continue;
    }
    if (depth === 1 && start === -1) start = i;
    if (c === '[' || c === '{') depth++;
    else if (c === '"') inString = true;
    lastSignificant = i;
  }
  return spans;
}

/** The 1-based line of a string index, by binary search over the newline positions. */
function lineAt(text: string): (index: number) => number {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return (index) => {
    let [low, high] = [0, newlines.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((newlines[mid] ?? Infinity) < index) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

/** Where a broken array goes wrong, as near as its elements tell (V8's errors give no position). */
function firstBrokenElement(text: string): number | undefined {
  return arrayElementSpans(text).find(({ start, end }) => !parsesAsJson(text.slice(start, end)))
    ?.start;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function withoutTrailingCarriageReturn(line: Uint8Array): Uint8Array {
  return line.at(-1) === CARRIAGE_RETURN ? line.subarray(0, -1) : line;
}

function isBlank(line: Uint8Array): boolean {
  return line.every((b) => b === 0x20 || b === 0x09 || b === CARRIAGE_RETURN);
}
