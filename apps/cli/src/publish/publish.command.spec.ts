import type { SijillConfig } from '@sijill/config';
import type { OutboundRecord } from '@sijill/kafka';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { JsonPublishReport } from './format-publish-report';
import { runPublish, type ClosableSink, type PublishEnvironment } from './publish.command';

/** Keeps what it is sent, or refuses everything like an unreachable broker. */
class FakeKafkaSink implements ClosableSink {
  readonly records: OutboundRecord[] = [];
  closed = false;

  constructor(
    readonly config: SijillConfig,
    private readonly reachable: boolean,
  ) {}

  send(records: readonly OutboundRecord[]): Promise<void> {
    if (!this.reachable) return Promise.reject(new Error('Connection error: connect ECONNREFUSED'));
    this.records.push(...records);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly sinks: FakeKafkaSink[];
}

describe('sijill publish', () => {
  let root: string;
  const at = (name: string): string => join(root, name);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sijill-publish-'));
    await writeFile(at('good.jsonl'), '{"id":"a","body":"one"}\n{"id":"b","body":"two"}\n');
    await writeFile(at('mixed.jsonl'), '{"id":"c","body":"three"}\n{"title":"no body"}\n');
    await writeFile(at('open.jsonl'), '{"id":"d","body":"four","x_rank":3,"tags":["a"]}\n');
    await writeFile(at('one.txt'), 'وصل الرئيس إلى أستانا');
    await writeFile(at('two.html'), '<p>Talks in Astana</p>');
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  async function run(
    args: { paths: string[]; options?: Record<string, unknown>; env?: Record<string, string> },
    reachable = true,
  ): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const sinks: FakeKafkaSink[] = [];
    const environment: PublishEnvironment = {
      env: args.env ?? {},
      stdin: Readable.from([]),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      openSink: (config) => {
        const sink = new FakeKafkaSink(config, reachable);
        sinks.push(sink);
        return sink;
      },
    };
    const code = await runPublish(args.paths.map(at), args.options ?? {}, environment);
    return { code, stdout, stderr, sinks };
  }

  it('exits 0 and reports every article sent', async () => {
    const result = await run({ paths: ['good.jsonl'], options: { json: true } });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonPublishReport;
    expect(report).toEqual({
      sent: [
        { id: 'a', file: at('good.jsonl'), line: 1 },
        { id: 'b', file: at('good.jsonl'), line: 2 },
      ],
      refused: [],
    });
    expect(result.stderr).toBe('Sent 2 articles to news.articles.v1.\n');
    expect(result.sinks[0]?.records.map((r) => r.key)).toEqual(['a', 'b']);
    expect(result.sinks[0]?.closed).toBe(true);
  });

  it('sends an article with fields it does not know, without them, and names them', async () => {
    const result = await run({ paths: ['open.jsonl'], options: { json: true } });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonPublishReport;
    expect(report.ignoredFields).toEqual({ x_rank: 1, tags: 1 });
    expect(result.sinks[0]?.records.map((r) => r.value)).toEqual([{ id: 'd', body: 'four' }]);
    expect(result.stderr).toContain('Ignored fields the article contract does not name');
  });

  it('exits 2 and names file, line and reason of each refused article', async () => {
    const result = await run({ paths: ['mixed.jsonl'], options: { json: true } });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as JsonPublishReport;
    expect(report.sent.map((s) => s.id)).toEqual(['c']);
    expect(report.refused).toEqual([
      expect.objectContaining({ file: at('mixed.jsonl'), line: 2, reason: 'missing-body' }),
    ]);
    expect(result.stderr).toContain('Refused 1 article (missing-body 1):');
    expect(result.stderr).toContain(`${at('mixed.jsonl')}:2  missing-body`);
  });

  it('exits 1 with one line about Kafka when the broker is away', async () => {
    const result = await run({ paths: ['good.jsonl'], options: { brokers: '127.0.0.1:1' } }, false);
    expect(result.code).toBe(1);
    expect(result.sinks[0]?.config.kafka.brokers).toEqual(['127.0.0.1:1']);
    expect(result.stderr.split('\n')).toEqual([
      'sijill publish: Kafka at 127.0.0.1:1 did not take the articles: Connection error: connect ECONNREFUSED',
      'Sent 0 articles to news.articles.v1.',
      'Not confirmed: 2 valid articles; publishing again is safe (intake drops articles it has already seen).',
      '',
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('applies the text options to text files and checks them without sending on a dry run', async () => {
    const options = { dryRun: true, json: true, source: 'Example Wire', language: 'ar' };
    const result = await run({ paths: ['one.txt', 'two.html'], options });
    expect(result.code).toBe(0);
    expect(result.sinks).toEqual([]);
    const report = JSON.parse(result.stdout) as JsonPublishReport;
    expect(report).toMatchObject({ dryRun: true, sent: [], refused: [] });
    expect(report.valid?.map((v) => v.id)).toEqual([
      expect.stringMatching(/^content-/),
      expect.stringMatching(/^content-/),
    ]);
  });

  it.each([
    ['an invalid --published-at', ['one.txt'], { publishedAt: 'yesterday' }, {}, /invalid-date/],
    [
      '--url with two text files',
      ['one.txt', 'two.html'],
      { url: 'https://example.com/a' },
      {},
      /--url/,
    ],
    ['a path that does not exist', ['nothing.jsonl'], {}, {}, /no such file/],
    ['an invalid environment', ['good.jsonl'], {}, { KAFKA_BROKERS: 'no-port' }, /KAFKA_BROKERS/],
  ])('exits 1 before sending anything on %s', async (_name, paths, options, env, message) => {
    const result = await run({ paths, options, env });
    expect(result.code).toBe(1);
    expect(result.sinks).toEqual([]);
    expect(result.stderr).toMatch(message);
  });

  it('warns that text options do not apply to JSON records', async () => {
    const result = await run({ paths: ['good.jsonl'], options: { source: 'Example Wire' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('apply only to .txt/.html files');
    expect(result.sinks[0]?.records[0]?.value).toEqual({ id: 'a', body: 'one' });
  });
});
