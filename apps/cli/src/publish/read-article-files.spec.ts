import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { ReadArticle } from './parse-article-document';
import { PublishInputError } from './publish-input.error';
import { listArticleInputs, readArticleInputs, STDIN_NAME } from './read-article-files';

const noStdin = Readable.from([]);

async function readAll(
  paths: string[],
  stdin: AsyncIterable<Uint8Array> = noStdin,
  text = {},
): Promise<ReadArticle[]> {
  const articles: ReadArticle[] = [];
  for await (const a of readArticleInputs(await listArticleInputs(paths), { text, stdin })) {
    articles.push(a);
  }
  return articles;
}

describe('reading article files', () => {
  let root: string;
  const at = (...parts: string[]): string => join(root, ...parts);
  const where = (a: ReadArticle): string => `${relative(root, a.origin.file)}:${a.origin.line}`;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sijill-read-'));
    await mkdir(at('feed', 'nested', 'deeper'), { recursive: true });
    await mkdir(at('feed', '.hidden'));
    await writeFile(at('feed', 'b.jsonl'), '{"body":"b1"}\n\n{"body":"b2"}\n');
    await writeFile(at('feed', 'a.json'), '[{"body":"a1"},\n{"body":"a2"}]');
    await writeFile(at('feed', 'nested', 'story.txt'), 'نص الخبر');
    await writeFile(at('feed', 'nested', 'deeper', 'page.HTML'), '<p>page</p>');
    await writeFile(at('feed', 'nested', 'notes.md'), 'not an article');
    await writeFile(at('feed', '.hidden', 'c.jsonl'), '{"body":"hidden"}\n');
    await writeFile(at('records.dat'), '{"body":"explicit"}');
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('walks a folder recursively in name order, known extensions only, hidden entries skipped', async () => {
    const articles = await readAll([at('feed')]);
    expect(articles.map(where)).toEqual([
      'feed/a.json:1',
      'feed/a.json:2',
      'feed/b.jsonl:1',
      'feed/b.jsonl:3',
      'feed/nested/deeper/page.HTML:1',
      'feed/nested/story.txt:1',
    ]);
  });

  it('reads a file named explicitly even with an unknown extension, as JSON', async () => {
    const [article] = await readAll([at('records.dat')]);
    expect(article && 'value' in article && Buffer.from(article.value).toString()).toBe(
      '{"body":"explicit"}',
    );
  });

  it('reads gzip-compressed files by the extension before .gz, JSON Lines a line at a time', async () => {
    await mkdir(at('packed'));
    await writeFile(at('packed', 'day.jsonl.gz'), gzipSync('{"body":"g1"}\n{"body":"g2"}\n'));
    await writeFile(at('packed', 'one.json.gz'), gzipSync('{"body":"g3"}'));
    const articles = await readAll([at('packed')]);
    expect(articles.map(where)).toEqual([
      'packed/day.jsonl.gz:1',
      'packed/day.jsonl.gz:2',
      'packed/one.json.gz:1',
    ]);
    expect(
      articles.map((a) => ('value' in a ? Buffer.from(a.value).toString() : a.refused.reason)),
    ).toEqual(['{"body":"g1"}', '{"body":"g2"}', '{"body":"g3"}']);
  });

  it('refuses a .gz file that is not gzip as an input error', async () => {
    await writeFile(at('broken.jsonl.gz'), '{"body":"not compressed"}\n');
    await expect(readAll([at('broken.jsonl.gz')])).rejects.toThrow(PublishInputError);
  });

  it('reads each file once when named twice', async () => {
    const articles = await readAll([at('feed', 'b.jsonl'), at('feed'), at('feed', 'b.jsonl')]);
    expect(articles.filter((a) => a.origin.file.endsWith('b.jsonl'))).toHaveLength(2);
  });

  it('applies the text options to .txt and .html files only', async () => {
    const articles = await readAll([at('feed')], noStdin, { source: 'Example Wire' });
    const values = articles.map((a) =>
      'value' in a ? (JSON.parse(Buffer.from(a.value).toString()) as Record<string, unknown>) : {},
    );
    expect(values.map((v) => v.source ?? null)).toEqual([
      null,
      null,
      null,
      null,
      'Example Wire',
      'Example Wire',
    ]);
    expect(values.map((v) => v.contentType ?? null).slice(4)).toEqual(['text/html', 'text/plain']);
  });

  it.each([
    ['a JSON array', '[{"body":"x"},{"body":"y"}]', [`${STDIN_NAME}:1`, `${STDIN_NAME}:1`]],
    ['JSON Lines', '{"body":"x"}\n{"body":"y"}\n', [`${STDIN_NAME}:1`, `${STDIN_NAME}:2`]],
  ])('reads %s from standard input', async (_name, input, expected) => {
    const chunks = [Buffer.from(input.slice(0, 5)), Buffer.from(input.slice(5))];
    const articles = await readAll(['-'], Readable.from(chunks));
    expect(articles.map((a) => `${a.origin.file}:${a.origin.line}`)).toEqual(expected);
  });

  it.each([
    ['a path that does not exist', ['missing.jsonl'], /missing\.jsonl: no such file or folder/],
    ['standard input named twice', ['-', '-'], /only once/],
  ])('refuses %s before reading anything', async (_name, paths, message) => {
    const attempt = listArticleInputs(paths.map((p) => (p === '-' ? p : at(p))));
    await expect(attempt).rejects.toThrow(PublishInputError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('streams a JSON Lines file larger than a read chunk, keeping every line and its bytes', async () => {
    const lines = Array.from({ length: 3_000 }, (_, n) =>
      n % 7 === 3 ? '' : `{"body":"${'خبر '.repeat(n % 50)}${n}"}`,
    );
    const bytes = Buffer.concat([
      Buffer.from(lines.join('\r\n')),
      Buffer.from('\n{"body":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ]);
    expect(bytes.length).toBeGreaterThan(200_000);
    await writeFile(at('big.jsonl'), bytes);
    const articles = await readAll([at('big.jsonl')]);
    const expected = lines.flatMap((line, n) => (line === '' ? [] : [[n + 1, line]]));
    expect(
      articles
        .slice(0, -1)
        .map((a) => [a.origin.line, 'value' in a ? Buffer.from(a.value).toString() : '']),
    ).toEqual(expected);
    const last = articles.at(-1);
    expect(last?.origin.line).toBe(lines.length + 1);
    expect(
      last !== undefined &&
        'value' in last &&
        Buffer.from(last.value).includes(Buffer.from([0xff, 0xfe])),
    ).toBe(true);
  });
});
