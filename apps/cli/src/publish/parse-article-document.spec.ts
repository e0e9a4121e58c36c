import {
  parseJsonDocument,
  parseJsonLines,
  parseTextArticle,
  type ReadArticle,
} from './parse-article-document';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

/** Each read article as `line: value text` or `line: !reason`, for compact expectations. */
function summarise(articles: readonly ReadArticle[]): string[] {
  return articles.map((a) =>
    'refused' in a
      ? `${a.origin.line}: !${a.refused.reason}`
      : `${a.origin.line}: ${Buffer.from(a.value).toString('utf8')}`,
  );
}

describe('parseJsonLines', () => {
  it.each([
    [
      'one article per line',
      '{"body":"a"}\n{"body":"b"}\n',
      ['1: {"body":"a"}', '2: {"body":"b"}'],
    ],
    [
      'blank lines skipped, numbering kept',
      '\n{"body":"a"}\n  \n{"body":"b"}',
      ['2: {"body":"a"}', '4: {"body":"b"}'],
    ],
    ['CRLF line ends', '{"body":"a"}\r\n{"body":"b"}\r\n', ['1: {"body":"a"}', '2: {"body":"b"}']],
    [
      'a bad line kept as it is',
      '{"body":"a"}\n{"body": oops\n',
      ['1: {"body":"a"}', '2: {"body": oops'],
    ],
    ['nothing at all', '', []],
  ])('%s', (_name, input, expected) => {
    expect(summarise(parseJsonLines(bytes(input), 'a.jsonl'))).toEqual(expected);
  });

  it('keeps a line that is not UTF-8 as raw bytes for intake to judge', () => {
    const input = Buffer.concat([bytes('{"body":"a"}\n'), Buffer.from([0xff, 0xfe]), bytes('\n')]);
    const [, second] = parseJsonLines(input, 'a.jsonl');
    expect(second).toEqual({
      origin: { file: 'a.jsonl', line: 2 },
      value: Buffer.from([0xff, 0xfe]),
    });
  });
});

describe('parseJsonDocument', () => {
  it.each([
    [
      'an array, items on their own lines',
      '[\n  {"body":"a"},\n  {"body":"b, [x]"}\n]',
      ['2: {"body":"a"}', '3: {"body":"b, [x]"}'],
    ],
    ['an array on one line', '[{"body":"a"},{"body":"b"}]', ['1: {"body":"a"}', '1: {"body":"b"}']],
    [
      'an array holding nested values and escapes',
      '[{"body":"q\\"]","title":null},\n[1,{"x":[]}], 42]',
      ['1: {"body":"q\\"]","title":null}', '2: [1,{"x":[]}]', '2: 42'],
    ],
    ['an empty array', '[ ]', []],
    ['a single pretty-printed object', '\n{\n  "body": "a"\n}\n', ['2: \n{\n  "body": "a"\n}\n']],
    ['JSON Lines', '{"body":"a"}\n{"body":"b"}', ['1: {"body":"a"}', '2: {"body":"b"}']],
    [
      'JSON Lines with a broken line',
      '{"body":"a"}\n{"body":\n',
      ['1: {"body":"a"}', '2: {"body":'],
    ],
    ['a broken array, refused whole', '[\n{"body":"a"},\n{"body":}\n]', ['3: !not-json']],
    ['white space only', ' \n ', []],
  ])('%s', (_name, input, expected) => {
    expect(summarise(parseJsonDocument(bytes(input), 'in.json'))).toEqual(expected);
  });

  it('reads an array after a byte-order mark', () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('[{"body":"a"}]')]);
    expect(summarise(parseJsonDocument(input, 'in.json'))).toEqual(['1: {"body":"a"}']);
  });

  it('falls back to lines when the document is not UTF-8', () => {
    const input = Buffer.concat([bytes('{"body":"a"}\n'), Buffer.from([0xc3])]);
    expect(parseJsonDocument(input, '<stdin>')).toHaveLength(2);
  });
});

describe('parseTextArticle', () => {
  it('makes the file the body and applies the options', () => {
    const options = { source: 'Example Wire', language: 'ar', publishedAt: '2024-07-03T09:00:00Z' };
    const read = parseTextArticle(
      bytes('وصل الرئيس إلى أستانا\n'),
      'story.txt',
      'text/plain',
      options,
    );
    expect(read.origin).toEqual({ file: 'story.txt', line: 1 });
    expect('value' in read && JSON.parse(Buffer.from(read.value).toString('utf8'))).toEqual({
      ...options,
      contentType: 'text/plain',
      body: 'وصل الرئيس إلى أستانا\n',
    });
  });

  it('marks HTML as HTML', () => {
    const read = parseTextArticle(bytes('<p>x</p>'), 'page.html', 'text/html', {});
    expect('value' in read && JSON.parse(Buffer.from(read.value).toString('utf8'))).toEqual({
      contentType: 'text/html',
      body: '<p>x</p>',
    });
  });

  it('refuses a file that is not UTF-8', () => {
    const read = parseTextArticle(Buffer.from('caf\xe9', 'latin1'), 'old.txt', 'text/plain', {});
    expect(read).toMatchObject({ refused: { reason: 'not-utf8' } });
  });
});
