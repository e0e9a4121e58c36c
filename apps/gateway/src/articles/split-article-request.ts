import type { ReasonCode } from '@sijill/contracts';

/** Most articles one request may carry. */
export const MAX_ARTICLES_PER_REQUEST = 1000;

/** Why a whole request is refused, beyond the per-article reason codes of intake. */
export type RequestRefusalReason =
  | ReasonCode
  | 'unauthorised'
  | 'unsupported-media-type'
  | 'request-too-large'
  | 'too-many-articles'
  | 'empty-batch'
  | 'no-valid-article'
  | 'kafka-unavailable';

/** A request body split into the messages intake would see, or the reason it cannot be. */
export type ArticleRequest =
  | { readonly kind: 'single'; readonly value: Uint8Array }
  | { readonly kind: 'batch'; readonly values: readonly Uint8Array[] }
  | {
      readonly kind: 'refused';
      readonly status: 400 | 413 | 415;
      readonly reason: RequestRefusalReason;
      readonly detail: string;
    };

const JSON_LINES_TYPES = new Set([
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonlines',
]);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON (`application/json`): one article object, or an array of them. JSON Lines
 * (`application/x-ndjson`): one article per non-blank line, always a batch. A single article keeps
 * its bytes; an array's items are re-encoded one by one, so each is judged exactly as intake would
 * judge it as a message of its own.
 */
export function splitArticleRequest(
  body: Uint8Array,
  contentType: string | undefined,
): ArticleRequest {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (JSON_LINES_TYPES.has(mediaType)) return batch(jsonLines(body));
  if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) {
    return refused(
      415,
      'unsupported-media-type',
      `Send application/json or application/x-ndjson, not "${mediaType || 'no content type'}".`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return refused(400, 'not-utf8', 'The request body is not valid UTF-8.');
  }
  if (text.trim() === '') return refused(400, 'empty-message', 'The request body is empty.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return refused(400, 'not-json', error instanceof Error ? error.message : 'Not JSON.');
  }
  if (!Array.isArray(parsed)) return { kind: 'single', value: body };
  return batch(parsed.map((item) => Buffer.from(JSON.stringify(item), 'utf8')));
}

function batch(values: readonly Uint8Array[]): ArticleRequest {
  if (values.length === 0) return refused(400, 'empty-batch', 'The request holds no articles.');
  if (values.length > MAX_ARTICLES_PER_REQUEST) {
    return refused(
      413,
      'too-many-articles',
      `The request holds ${values.length} articles; send at most ${MAX_ARTICLES_PER_REQUEST}.`,
    );
  }
  return { kind: 'batch', values };
}

function jsonLines(body: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf(0x0a, start);
    const end = newline === -1 ? body.length : newline;
    const line = body.subarray(start, body[end - 1] === 0x0d ? end - 1 : end);
    if (!line.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) lines.push(line);
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

function refused(
  status: 400 | 413 | 415,
  reason: RequestRefusalReason,
  detail: string,
): ArticleRequest {
  return { kind: 'refused', status, reason, detail };
}
