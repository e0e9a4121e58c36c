import { z } from 'zod';

/**
 * Why an article's known fields were refused, the most telling first when a message breaks
 * several rules (after `missing-body`).
 */
export const FIELD_REASON_CODES = [
  'wrong-type',
  'invalid-id',
  'invalid-url',
  'invalid-date',
  'invalid-language',
  'invalid-content-type',
  'field-too-long',
] as const;

/** Why a message was refused (at intake or by a later stage); carried in the dead-letter record's `sijill-reason` header. */
export const REASON_CODES = [
  'empty-message',
  'message-too-large',
  'not-utf8',
  'invalid-unicode',
  'not-json',
  'not-an-object',
  'forbidden-key',
  /** Retired (ADR 0007): unknown fields are ignored now; kept so old dead letters still parse. */
  'unknown-field',
  'missing-body',
  'empty-body',
  'body-too-large',
  ...FIELD_REASON_CODES,
  /** A record on an internal topic that does not match its schema (a bug, kept for inspection). */
  'invalid-record',
  /** A `publishedAt` further past the record's broker timestamp than the allowed skew. */
  'published-in-future',
  /** HTML nested deeper than normalisation walks. */
  'html-too-deep',
  /** Handling took longer than the per-message budget (`SIJILL_MESSAGE_TIMEOUT_MS`). */
  'processing-timeout',
  /** Handling failed for a reason of the message itself, the same on every try. */
  'processing-failed',
] as const;

export const ReasonCodeSchema = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;
