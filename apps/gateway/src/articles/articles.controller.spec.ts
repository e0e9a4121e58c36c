import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { Test } from '@nestjs/testing';
import { ConfigModule, loadConfig } from '@sijill/config';
import { identify } from '@sijill/core';
import { KafkaConnection, type OutboundRecord } from '@sijill/kafka';
import { MetricsModule } from '@sijill/observability';
import { badArticleMessages } from '@sijill/testing';
import request from 'supertest';
import { ArticlesModule } from './articles.module';

/** Stands in for the Kafka connection: keeps what is published, or fails like a broker away. */
class FakeKafkaConnection {
  readonly published: OutboundRecord[][] = [];
  available = true;

  publish(records: readonly OutboundRecord[]): Promise<void> {
    if (!this.available) return Promise.reject(new Error('Connection error: connect ECONNREFUSED'));
    this.published.push([...records]);
    return Promise.resolve();
  }
}

const TOKEN = 'a-gateway-token-for-tests';
const AUTH = `Bearer ${TOKEN}`;

async function gateway(
  env: Record<string, string>,
): Promise<{ app: INestApplication; kafka: FakeKafkaConnection }> {
  const kafka = new FakeKafkaConnection();
  const config = loadConfig(env, { name: 'gateway', httpPort: 0 });
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.withConfig(config), MetricsModule, ArticlesModule],
  })
    .overrideProvider(KafkaConnection)
    .useValue(kafka)
    .compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: false });
  await app.init();
  return { app, kafka };
}

const json = (value: unknown): string => JSON.stringify(value);
const server = (app: INestApplication): Server => app.getHttpServer() as Server;
const anyText = (): unknown => expect.any(String);
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
/** Sends bytes as they are (superagent would serialise a Buffer as JSON). */
const raw = (value: unknown): string => value as string;

describe('POST /articles', () => {
  let app: INestApplication;
  let kafka: FakeKafkaConnection;
  const post = () => request(server(app)).post('/articles').set('Authorization', AUTH).type('json');

  beforeAll(async () => {
    ({ app, kafka } = await gateway({ SIJILL_GATEWAY_TOKEN: TOKEN }));
  });

  beforeEach(() => {
    kafka.published.length = 0;
    kafka.available = true;
  });

  afterAll(() => app.close());

  describe('authorisation', () => {
    it.each([
      ['no Authorization header', undefined, /Authorization: Bearer/],
      ['a wrong token', `Bearer ${TOKEN}x`, /not valid/],
      ['a token of another length', 'Bearer short', /not valid/],
      ['another scheme', `Basic ${TOKEN}`, /Authorization: Bearer/],
    ])('answers 401 to %s', async (_name, header, detail) => {
      const req = request(server(app)).post('/articles').type('json');
      if (header !== undefined) void req.set('Authorization', header);
      const res = await req.send(json({ body: 'x' }));
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ reason: 'unauthorised', detail: matching(detail) });
      expect(res.headers['www-authenticate']).toBe('Bearer realm="sijill"');
      expect(kafka.published).toEqual([]);
    });

    it('needs no token when none is configured', async () => {
      const open = await gateway({});
      const res = await request(server(open.app))
        .post('/articles')
        .type('json')
        .send(json({ id: 'open-1', body: 'x' }));
      expect(res.status).toBe(202);
      await open.app.close();
    });
  });

  describe('one article', () => {
    it('answers 202 with the id once Kafka has it', async () => {
      const article = { url: 'https://www.example.com/a?utm_source=feed', body: 'وصل الرئيس' };
      const res = await post().send(json(article));
      const id = identify(article).identity.articleId;
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ id });
      expect(kafka.published).toEqual([[{ topic: 'articles', key: id, value: article }]]);
    });

    it('ignores fields it does not know: publishes without them and counts them', async () => {
      const article = { id: 'open-content-1', body: 'وصل الرئيس' };
      const res = await post().send(json({ ...article, x_rank: 3, publishedAtSource: 'url' }));
      expect(res.status).toBe(202);
      expect(kafka.published).toEqual([[{ topic: 'articles', key: article.id, value: article }]]);
      const metrics = await request(server(app)).get('/metrics');
      expect(metrics.text).toContain('sijill_article_unknown_fields_total{field="x_rank"} 1');
      expect(metrics.text).toContain(
        'sijill_article_unknown_fields_total{field="publishedAtSource"} 1',
      );
    });

    const singles = badArticleMessages().filter(
      // A tombstone cannot be posted, and an array is a batch over HTTP.
      (m) => m.value !== null && m.name !== 'a JSON array',
    );
    it.each(singles.map((m) => [m.name, m] as const))(
      'answers 400 with intake’s reason to %s',
      async (_name, message) => {
        const res = await post()
          .serialize(raw)
          .send(message.value ?? Buffer.alloc(0));
        expect(res.status).toBe(400);
        expect(res.body).toEqual({ reason: message.reason, detail: anyText() });
        expect(kafka.published).toEqual([]);
      },
    );

    it('answers 503 when Kafka does not acknowledge', async () => {
      kafka.available = false;
      const res = await post().send(json({ body: 'x' }));
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ reason: 'kafka-unavailable', detail: anyText() });
      expect(res.headers['retry-after']).toBe('5');
    });
  });

  describe('a batch', () => {
    it('answers 202 listing accepted and refused items, and publishes only the accepted', async () => {
      const items = [
        { id: 'b-1', body: 'one' },
        { title: 'no body' },
        { id: 'b-3', body: 'three' },
      ];
      const res = await post().send(json(items));
      expect(res.status).toBe(202);
      expect(res.body).toEqual({
        accepted: [
          { index: 0, id: 'b-1' },
          { index: 2, id: 'b-3' },
        ],
        refused: [{ index: 1, reason: 'missing-body', detail: anyText() }],
      });
      expect(kafka.published.flat().map((r) => r.key)).toEqual(['b-1', 'b-3']);
    });

    it('takes JSON Lines, blank lines not counted', async () => {
      const body = `${json({ id: 'n-1', body: 'one' })}\r\n\n{"body":\n${json({ id: 'n-3', body: 'x' })}`;
      const res = await post().type('application/x-ndjson').send(body);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({
        accepted: [
          { index: 0, id: 'n-1' },
          { index: 2, id: 'n-3' },
        ],
        refused: [{ index: 1, reason: 'not-json', detail: anyText() }],
      });
    });

    it('judges each JSON Lines item exactly as intake judges a message', async () => {
      const bad = badArticleMessages().filter((m) => m.value !== null && !m.value.includes(0x0a));
      const lines = [
        Buffer.from(json({ body: 'valid' })),
        ...bad.map((m) => m.value ?? Buffer.alloc(0)),
      ];
      const body = Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
      const res = await post().type('application/x-ndjson').serialize(raw).send(body);
      const reasons = (res.body as { refused: { index: number; reason: string }[] }).refused;
      // An empty message is a blank line in JSON Lines: skipped, not refused.
      const expected = bad.filter((m) => m.value?.length !== 0).map((m) => m.reason);
      expect(reasons.map((r) => r.reason)).toEqual(expected);
    });

    it('judges each JSON array item as intake would, forbidden keys included', async () => {
      const res = await post().send(
        '[{"body":"x","__proto__":{"admin":true}},{"body":"x\\ud800"},{"body":"ok"},[1]]',
      );
      expect(res.status).toBe(202);
      expect((res.body as { refused: { reason: string }[] }).refused.map((r) => r.reason)).toEqual([
        'forbidden-key',
        'invalid-unicode',
        'not-an-object',
      ]);
    });

    it('answers 400 when no item is valid', async () => {
      const res = await post().send(json([{ body: '' }, { body: 1 }]));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        reason: 'no-valid-article',
        accepted: [],
        refused: [
          { index: 0, reason: 'empty-body' },
          { index: 1, reason: 'wrong-type' },
        ],
      });
      expect(kafka.published).toEqual([]);
    });

    it.each([
      ['an empty array', 'application/json', '[]', 400, 'empty-batch'],
      ['blank JSON Lines', 'application/x-ndjson', '\n \n', 400, 'empty-batch'],
      [
        '1001 items',
        'application/json',
        json(Array.from({ length: 1001 }, () => ({ body: 'x' }))),
        413,
        'too-many-articles',
      ],
    ])('refuses %s', async (_name, type, body, status, reason) => {
      const res = await post().type(type).send(body);
      expect(res.status).toBe(status);
      expect(res.body).toEqual({ reason, detail: anyText() });
    });
  });

  describe('the request itself', () => {
    it.each([
      ['text/plain', 'Putin arrived'],
      ['application/x-www-form-urlencoded', 'body=x'],
    ])('answers 415 to %s', async (type, body) => {
      const res = await post().type(type).send(body);
      expect(res.status).toBe(415);
      expect(res.body).toEqual({ reason: 'unsupported-media-type', detail: anyText() });
    });

    it('accepts a charset parameter', async () => {
      const res = await post()
        .set('Content-Type', 'application/json; charset=utf-8')
        .send(json({ body: 'x' }));
      expect(res.status).toBe(202);
    });
  });
});

describe('POST /articles over the size limit', () => {
  let app: INestApplication;
  let kafka: FakeKafkaConnection;

  beforeAll(async () => {
    ({ app, kafka } = await gateway({ SIJILL_GATEWAY_MAX_REQUEST_BYTES: '1024' }));
  });

  afterAll(() => app.close());

  it('answers 413 with a reason, before reading the body', async () => {
    const res = await request(server(app))
      .post('/articles')
      .type('json')
      .send(json({ body: 'x'.repeat(2000) }));
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      reason: 'request-too-large',
      detail: matching(/1024/),
    });
    expect(kafka.published).toEqual([]);
  });

  it('answers 413 to a chunked body that grows past the limit', async () => {
    const req = request(server(app))
      .post('/articles')
      .type('application/x-ndjson')
      .set('Transfer-Encoding', 'chunked');
    for (let i = 0; i < 40; i++)
      void req.write(`${json({ body: `line ${i} ${'x'.repeat(40)}` })}\n`);
    const res = await req;
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ reason: 'request-too-large' });
  });

  it('takes a body at the limit', async () => {
    const body = json({ body: 'x'.repeat(1024 - 11) });
    expect(Buffer.byteLength(body)).toBe(1024);
    const res = await request(server(app)).post('/articles').type('json').send(body);
    expect(res.status).toBe(202);
  });
});
