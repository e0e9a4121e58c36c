import {
  ARTICLE_FIELDS,
  FIELD_REASON_CODES,
  KnownArticleSchema,
  type Article,
  type ReasonCode,
} from '@sijill/contracts';
import type { z } from 'zod';
import { ENVELOPE_ALLOWANCE_BYTES, type IntakeLimits } from './intake-limits';

export type DecodeResult =
  | {
      readonly kind: 'valid';
      readonly article: Article;
      /** Top-level fields the contract does not name: ignored, reported for counting (ADR 0007). */
      readonly unknownFields: readonly string[];
    }
  | Refusal;

type Refusal = { readonly kind: 'invalid'; readonly reason: ReasonCode; readonly detail: string };
type FieldCheck = { readonly kind: 'valid'; readonly article: Article } | Refusal;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const KNOWN_FIELDS: ReadonlySet<string> = new Set(ARTICLE_FIELDS);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The most telling reason first when a message breaks several rules. */
const PRIORITY: readonly ReasonCode[] = ['missing-body', ...FIELD_REASON_CODES];

function invalid(reason: ReasonCode, detail: string): Refusal {
  return { kind: 'invalid', reason, detail };
}

/**
 * Decodes one message value into an article, or says exactly why it cannot be one.
 * Never throws: every refusal is a value with a stable reason code. Top-level fields the contract
 * does not name are dropped and named in the result (a tolerant reader); the known ones keep their
 * strict types and limits, and `null` counts as absent for both.
 */
export function decodeArticle(value: Uint8Array | null, limits: IntakeLimits): DecodeResult {
  if (value === null || value.length === 0)
    return invalid('empty-message', 'The message is empty.');
  if (value.length > limits.maxBodyBytes + ENVELOPE_ALLOWANCE_BYTES) {
    return invalid('message-too-large', `The message has ${value.length} bytes.`);
  }
  let text: string;
  try {
    text = utf8.decode(value);
  } catch {
    return invalid('not-utf8', 'The message is not valid UTF-8.');
  }
  let forbiddenKey: string | undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbiddenKey ??= key;
      return v;
    });
  } catch (e) {
    return invalid('not-json', e instanceof Error ? e.message : 'The message is not JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return invalid('not-an-object', `Expected a JSON object, got ${describeJson(parsed)}.`);
  }
  if (forbiddenKey !== undefined) {
    return invalid('forbidden-key', `The key "${forbiddenKey}" is not allowed.`);
  }
  const { known, unknownFields } = splitFields(withoutNulls(parsed as Record<string, unknown>));
  if (!allStringsWellFormed(known)) {
    return invalid('invalid-unicode', 'A string holds an unpaired surrogate.');
  }
  const decoded = validateFields(known, limits);
  return decoded.kind === 'valid' ? { ...decoded, unknownFields } : decoded;
}

function splitFields(record: Record<string, unknown>): {
  known: Record<string, unknown>;
  unknownFields: string[];
} {
  const known: Record<string, unknown> = {};
  const unknownFields: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (KNOWN_FIELDS.has(key)) known[key] = value;
    else unknownFields.push(key);
  }
  return { known, unknownFields };
}

function validateFields(candidate: Record<string, unknown>, limits: IntakeLimits): FieldCheck {
  const result = KnownArticleSchema.safeParse(candidate);
  if (!result.success) return fromSchemaIssues(result.error.issues, candidate);
  const article = result.data;
  if (article.body.trim() === '') return invalid('empty-body', 'The body holds no text.');
  const bodyBytes = Buffer.byteLength(article.body, 'utf8');
  if (bodyBytes > limits.maxBodyBytes) {
    return invalid(
      'body-too-large',
      `The body has ${bodyBytes} bytes (limit ${limits.maxBodyBytes}).`,
    );
  }
  if (article.publishedAt !== undefined && Number.isNaN(Date.parse(article.publishedAt))) {
    return invalid('invalid-date', `publishedAt "${article.publishedAt}" is not a real time.`);
  }
  if (article.language !== undefined && !isCanonicalisableLanguage(article.language)) {
    return invalid('invalid-language', `"${article.language}" is not a BCP 47 language tag.`);
  }
  return { kind: 'valid', article };
}

function fromSchemaIssues(
  issues: readonly z.core.$ZodIssue[],
  candidate: Record<string, unknown>,
): Refusal {
  const found = issues.map((issue) => ({ issue, reason: reasonFor(issue, candidate) }));
  found.sort((a, b) => PRIORITY.indexOf(a.reason) - PRIORITY.indexOf(b.reason));
  const first = found[0];
  if (first === undefined) return invalid('wrong-type', 'The article does not match its schema.');
  if (first.reason === 'missing-body') return invalid('missing-body', 'The article has no body.');
  const where = first.issue.path.length > 0 ? `${first.issue.path.join('.')}: ` : '';
  return invalid(first.reason, `${where}${first.issue.message}`);
}

function reasonFor(issue: z.core.$ZodIssue, candidate: Record<string, unknown>): ReasonCode {
  const field = String(issue.path[0] ?? '');
  if (issue.code === 'invalid_type') {
    return field === 'body' && candidate.body === undefined ? 'missing-body' : 'wrong-type';
  }
  switch (field) {
    case 'id':
      return 'invalid-id';
    case 'url':
      return 'invalid-url';
    case 'publishedAt':
      return 'invalid-date';
    case 'language':
      return 'invalid-language';
    case 'contentType':
      return 'invalid-content-type';
    default:
      return issue.code === 'too_big' ? 'field-too-long' : 'wrong-type';
  }
}

/** Publishers often send `null` for an absent optional field; treat it as absent. */
function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));
}

function allStringsWellFormed(value: unknown): boolean {
  if (typeof value === 'string') return value.isWellFormed();
  if (Array.isArray(value)) return value.every(allStringsWellFormed);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).every(([k, v]) => k.isWellFormed() && allStringsWellFormed(v));
  }
  return true;
}

function isCanonicalisableLanguage(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
