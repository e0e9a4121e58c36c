import { identify } from '@sijill/core';
import type { OutboundRecord } from '@sijill/kafka';
import { Readable } from 'node:stream';
import type { ReadArticle } from './parse-article-document';
import { publishArticles, type ArticleSink } from './publish-articles';

/** Records what it is sent; fails from the nth batch on when told to. */
class RecordingSink implements ArticleSink {
  readonly batches: OutboundRecord[][] = [];

  constructor(private readonly failFromBatch = Infinity) {}

  send(records: readonly OutboundRecord[]): Promise<void> {
    if (this.batches.length + 1 >= this.failFromBatch) {
      return Promise.reject(new Error('Connection error: connect ECONNREFUSED 127.0.0.1:1'));
    }
    this.batches.push([...records]);
    return Promise.resolve();
  }
}

const limits = { maxBodyBytes: 1024 };

function value(line: number, article: unknown): ReadArticle {
  return { origin: { file: 'in.jsonl', line }, value: Buffer.from(JSON.stringify(article)) };
}

function from(articles: readonly ReadArticle[]): AsyncIterable<ReadArticle> {
  return Readable.from(articles) as AsyncIterable<ReadArticle>;
}

describe('publishArticles', () => {
  const good = [
    value(1, { id: 'wire-1', body: 'وصل الرئيس إلى أستانا' }),
    value(2, { url: 'https://example.com/a?utm_source=x', body: 'Talks in Astana' }),
    value(3, { body: 'Summit opens', title: null }),
  ];

  it('sends valid articles keyed by the id intake derives, and refuses the rest with reasons', async () => {
    const sink = new RecordingSink();
    const report = await publishArticles(
      from([
        ...good,
        value(4, { title: 'no body' }),
        { origin: { file: 'in.jsonl', line: 5 }, value: Buffer.from('{"body":') },
        value(6, { body: 'x'.repeat(2000) }),
        {
          origin: { file: 'bad.json', line: 2 },
          refused: { reason: 'not-json', detail: 'broken' },
        },
      ]),
      sink,
      { limits },
    );
    const expectedIds = [
      'wire-1',
      identify({ url: 'https://example.com/a', body: '' }).identity.articleId,
      identify({ body: 'Summit opens' }).identity.articleId,
    ];
    expect(report.sent).toEqual(
      expectedIds.map((id, i) => ({ id, file: 'in.jsonl', line: i + 1 })),
    );
    expect(sink.batches.flat().map((r) => [r.topic, r.key])).toEqual(
      expectedIds.map((id) => ['articles', id]),
    );
    expect(sink.batches.flat()[2]?.value).toEqual({ body: 'Summit opens' });
    expect(report.refused.map((r) => `${r.file}:${r.line} ${r.reason}`)).toEqual([
      'in.jsonl:4 missing-body',
      'in.jsonl:5 not-json',
      'in.jsonl:6 body-too-large',
      'bad.json:2 not-json',
    ]);
    expect(report.failure).toBeUndefined();
  });

  it.each([
    ['by count', { maxBatchRecords: 2 }, [2, 1]],
    ['by size', { maxBatchBytes: 40 }, [1, 1, 1]],
    ['all in one', {}, [3]],
  ])('batches %s', async (_name, batching, sizes) => {
    const sink = new RecordingSink();
    await publishArticles(from(good), sink, { limits, ...batching });
    expect(sink.batches.map((b) => b.length)).toEqual(sizes);
  });

  it('stops at a batch the sink does not confirm and names its articles', async () => {
    const sink = new RecordingSink(2);
    const report = await publishArticles(from(good), sink, { limits, maxBatchRecords: 2 });
    expect(report.sent.map((s) => s.line)).toEqual([1, 2]);
    expect(report.failure).toEqual({
      stage: 'send',
      message: 'Connection error: connect ECONNREFUSED 127.0.0.1:1',
      unsent: [expect.objectContaining({ line: 3 })],
    });
  });

  it('reports an input that fails mid-way as a read failure', async () => {
    async function* failing(): AsyncGenerator<ReadArticle> {
      yield* from(good.slice(0, 1));
      throw new Error('feed/b.jsonl: permission denied');
    }
    const report = await publishArticles(failing(), new RecordingSink(), { limits });
    expect(report.failure).toMatchObject({
      stage: 'read',
      message: 'feed/b.jsonl: permission denied',
    });
    expect(report.failure?.unsent.map((s) => s.id)).toEqual(['wire-1']);
  });
});
