import { z } from 'zod';

/** Why a message was refused at intake; carried in the dead-letter record's `sijill-reason` header. */
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
  'wrong-type',
  'invalid-id',
  'invalid-url',
  'invalid-date',
  'invalid-language',
  'invalid-content-type',
  'field-too-long',
  /** A record on an internal topic that does not match its schema (a bug, kept for inspection). */
  'invalid-record',
] as const;

export const ReasonCodeSchema = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;
