import { badArticleMessages } from '@sijill/testing';
import { decodeArticle } from './decode-article';

const limits = { maxBodyBytes: 2 * 1024 * 1024 };
const bytes = (value: unknown): Uint8Array => Buffer.from(JSON.stringify(value), 'utf8');

describe('decodeArticle', () => {
  it.each(badArticleMessages().map((m) => [m.name, m] as const))('refuses %s', (_name, message) => {
    const result = decodeArticle(message.value, limits);
    expect(result).toMatchObject({ kind: 'invalid', reason: message.reason });
  });

  it('covers at least twenty kinds of bad message', () => {
    expect(badArticleMessages().length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['a body alone', { body: 'وصل الرئيس إلى أستانا' }],
    [
      'every field',
      {
        id: 'wire-1',
        url: 'https://example.com/a?utm_source=x',
        source: 'Example News',
        publishedAt: '2024-07-03T09:00:00+05:00',
        language: 'ar-SY',
        title: 'قمة في أستانا',
        body: '<p>نص</p>',
        contentType: 'text/html',
      },
    ],
    ['null optional fields', { body: 'x', title: null, url: null }],
    ['a body at the limit', { body: 'x'.repeat(limits.maxBodyBytes) }],
  ])('accepts %s', (_name, value) => {
    expect(decodeArticle(bytes(value), limits)).toMatchObject({ kind: 'valid' });
  });

  it('ignores top-level fields it does not know and names them', () => {
    const result = decodeArticle(
      bytes({ body: 'x', title: 'T', x_rank: 3, publishedAtSource: 'url', tags: ['a'] }),
      limits,
    );
    expect(result).toEqual({
      kind: 'valid',
      article: { body: 'x', title: 'T' },
      unknownFields: ['x_rank', 'publishedAtSource', 'tags'],
    });
  });

  it('names no unknown field for a null one, which counts as absent', () => {
    expect(decodeArticle(bytes({ body: 'x', x_rank: null }), limits)).toEqual({
      kind: 'valid',
      article: { body: 'x' },
      unknownFields: [],
    });
  });

  it('keeps the strict rules for known fields beside unknown ones', () => {
    expect(
      decodeArticle(bytes({ body: 'x', publishedAt: 'yesterday', extra: 1 }), limits),
    ).toMatchObject({ kind: 'invalid', reason: 'invalid-date' });
    expect(decodeArticle(bytes({ extra: 'x' }), limits)).toMatchObject({
      kind: 'invalid',
      reason: 'missing-body',
    });
  });

  it('still refuses a forbidden key inside an unknown field', () => {
    const result = decodeArticle(Buffer.from('{"body":"x","meta":{"__proto__":{"a":1}}}'), limits);
    expect(result).toMatchObject({ kind: 'invalid', reason: 'forbidden-key' });
  });

  it('strips a byte-order mark', () => {
    const value = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes({ body: 'x' })]);
    expect(decodeArticle(value, limits)).toMatchObject({ kind: 'valid' });
  });

  it('never leaves a __proto__ key on the prototype chain', () => {
    const result = decodeArticle(Buffer.from('{"__proto__":{"polluted":1},"body":"x"}'), limits);
    expect(result.kind).toBe('invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
