import type { ReasonCode } from '@sijill/contracts';

/** A message that intake must refuse, and the reason code it must give. */
export interface BadArticleMessage {
  readonly name: string;
  readonly value: Buffer | null;
  readonly reason: ReasonCode;
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');
const text = (value: string): Buffer => Buffer.from(value, 'utf8');
const MiB = 1024 * 1024;

/** Bad messages of every kind intake knows, for unit and end-to-end tests alike. */
export function badArticleMessages(): BadArticleMessage[] {
  const arabic = Buffer.from('{"body":"وصل الرئيس"}', 'utf8');
  return [
    { name: 'an empty message', value: Buffer.alloc(0), reason: 'empty-message' },
    { name: 'a tombstone (null value)', value: null, reason: 'empty-message' },
    {
      name: 'bytes that are not UTF-8',
      value: Buffer.from([0xff, 0xfe, 0x7b, 0x7d]),
      reason: 'not-utf8',
    },
    { name: 'a multi-byte character cut short', value: arabic.subarray(0, 12), reason: 'not-utf8' },
    {
      name: 'Latin-1 text',
      value: Buffer.from('{"body":"caf\xe9"}', 'latin1'),
      reason: 'not-utf8',
    },
    {
      name: 'an unpaired surrogate',
      value: text('{"body":"x\\ud800y"}'),
      reason: 'invalid-unicode',
    },
    { name: 'plain text', value: text('Putin arrived in Astana'), reason: 'not-json' },
    { name: 'truncated JSON', value: text('{"body": "x"'), reason: 'not-json' },
    { name: 'JSON with a trailing comma', value: text('{"body": "x",}'), reason: 'not-json' },
    { name: 'a JSON array', value: json([{ body: 'x' }]), reason: 'not-an-object' },
    { name: 'a JSON string', value: json('body'), reason: 'not-an-object' },
    { name: 'a JSON number', value: text('42'), reason: 'not-an-object' },
    { name: 'JSON null', value: text('null'), reason: 'not-an-object' },
    {
      name: 'a __proto__ key',
      value: text('{"__proto__":{"admin":true},"body":"x"}'),
      reason: 'forbidden-key',
    },
    {
      name: 'a nested constructor key',
      value: text('{"body":"x","title":{"constructor":1}}'),
      reason: 'forbidden-key',
    },
    { name: 'no body', value: json({ title: 'Talks in Astana' }), reason: 'missing-body' },
    { name: 'a null body', value: json({ body: null }), reason: 'missing-body' },
    { name: 'an empty body', value: json({ body: '' }), reason: 'empty-body' },
    { name: 'a blank body', value: json({ body: ' \n\t ' }), reason: 'empty-body' },
    { name: 'a number as body', value: json({ body: 42 }), reason: 'wrong-type' },
    { name: 'an array as body', value: json({ body: ['x'] }), reason: 'wrong-type' },
    { name: 'a number as id', value: json({ id: 42, body: 'x' }), reason: 'wrong-type' },
    { name: 'a boolean as title', value: json({ title: true, body: 'x' }), reason: 'wrong-type' },
    {
      name: 'a wrong type beside an unknown field',
      value: json({ body: 'x', title: 7, tags: ['a'] }),
      reason: 'wrong-type',
    },
    { name: 'an empty id', value: json({ id: '', body: 'x' }), reason: 'invalid-id' },
    {
      name: 'a control character in the id',
      value: json({ id: 'a\u0000b', body: 'x' }),
      reason: 'invalid-id',
    },
    {
      name: 'a word for a date',
      value: json({ body: 'x', publishedAt: 'yesterday' }),
      reason: 'invalid-date',
    },
    {
      name: 'the 30th of February',
      value: json({ body: 'x', publishedAt: '2024-02-30T10:00:00Z' }),
      reason: 'invalid-date',
    },
    {
      name: 'a date without a zone',
      value: json({ body: 'x', publishedAt: '2024-02-03T10:00:00' }),
      reason: 'invalid-date',
    },
    {
      name: 'an ftp URL',
      value: json({ body: 'x', url: 'ftp://example.com/a' }),
      reason: 'invalid-url',
    },
    {
      name: 'a URL that is not one',
      value: json({ body: 'x', url: 'not a url' }),
      reason: 'invalid-url',
    },
    {
      name: 'a language that is not a tag',
      value: json({ body: 'x', language: 'arabic!' }),
      reason: 'invalid-language',
    },
    {
      name: 'an unknown content type',
      value: json({ body: 'x', contentType: 'application/pdf' }),
      reason: 'invalid-content-type',
    },
    {
      name: 'a 3,000-character title',
      value: json({ body: 'x', title: 't'.repeat(3000) }),
      reason: 'field-too-long',
    },
    {
      name: 'a body over the limit',
      value: json({ body: 'x'.repeat(2 * MiB + 1024) }),
      reason: 'body-too-large',
    },
    {
      name: 'a 10 MiB body',
      value: json({ body: 'x'.repeat(10 * MiB) }),
      reason: 'message-too-large',
    },
  ];
}
