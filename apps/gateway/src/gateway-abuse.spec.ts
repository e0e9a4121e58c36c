import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigModule, loadConfig, SijillConfig } from '@sijill/config';
import { KafkaConnection } from '@sijill/kafka';
import { MetricsModule } from '@sijill/observability';
import { applyHttpTimeouts } from '@sijill/runtime';
import { connect } from 'node:net';
import type { Server } from 'node:http';
import { Subject } from 'rxjs';
import { ArticlesModule } from './articles/articles.module';
import { TimelineFeed } from './timeline/timeline-feed';
import { TimelineLog } from './timeline/timeline-log';
import { TimelineModule } from './timeline/timeline.module';

const TOKEN = 'a-gateway-token-for-tests';

/** What an error body must never carry: a stack frame, a file path, a module path. */
const INTERNALS = /\bat [\w.<>]+ \(|\/work\/|\/home\/|node_modules|\.ts:\d+|\.js:\d+|Error:/;

describe('the gateway under abuse', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    const config = loadConfig(
      {
        SIJILL_GATEWAY_TOKEN: TOKEN,
        SIJILL_GATEWAY_MAX_STREAM_CLIENTS: '2',
        SIJILL_HTTP_IDLE_TIMEOUT_MS: '300',
      },
      { name: 'gateway', httpPort: 0 },
    );
    const feed = {
      log: new TimelineLog(),
      appended$: new Subject().asObservable(),
      state: { kind: 'live' },
      after: () => [],
    };
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.withConfig(config), MetricsModule, TimelineModule, ArticlesModule],
    })
      .overrideProvider(TimelineFeed)
      .useValue(feed)
      .overrideProvider(KafkaConnection)
      .useValue({ publish: () => Promise.resolve() })
      .compile();
    app = moduleRef.createNestApplication({
      logger: false,
      bodyParser: false,
      forceCloseConnections: true,
    });
    applyHttpTimeouts(app.getHttpServer() as Server, app.get(SijillConfig).service.http);
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(() => app.close());

  it('serves the configured number of event streams and answers 503 with Retry-After past it', async () => {
    const open = [new AbortController(), new AbortController()];
    try {
      for (const controller of open) {
        const res = await fetch(`${base}/timeline/stream`, { signal: controller.signal });
        expect(res.status).toBe(200);
      }
      const refused = await fetch(`${base}/timeline/stream`);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await refused.json()).toMatchObject({ reason: 'too-many-streams' });

      open[0]?.abort();
      const again = new AbortController();
      open.push(again);
      let status = 0;
      for (let tries = 0; tries < 50 && status !== 200; tries++) {
        const res = await fetch(`${base}/timeline/stream`, { signal: again.signal });
        status = res.status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(status).toBe(200);
    } finally {
      for (const controller of open) controller.abort();
    }
  });

  it.each([
    ['a malformed JSON body', () => post('{"body": "x",', 'application/json')],
    ['an unknown route', () => fetch(`${base}/no/such/route`)],
    ['a bad query parameter', () => fetch(`${base}/timeline?type=%00parade`)],
    ['an unknown timeline entry', () => fetch(`${base}/timeline/ev-none`)],
    ['a wrong content type', () => post('x', 'application/xml')],
  ])('answers %s with a reason and no internals', async (_case, send) => {
    const res = await send();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const body = await res.text();
    expect(body).not.toMatch(INTERNALS);
  });

  it('answers a huge header with 431 and no internals', async () => {
    const reply = await rawRequest(
      `GET /timeline HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 431/);
    expect(reply).not.toMatch(INTERNALS);
  });

  it('still requires the token to publish', async () => {
    const res = await fetch(`${base}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"body":"x"}',
    });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toMatch(INTERNALS);
  });

  it('closes a kept-alive connection left idle past the idle timeout', async () => {
    // The server closes the socket (idle timeout 300 ms); the client would hold it open, and
    // gives up only 30 s later, which fails the spec.
    const reply = await rawRequest(
      'GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n',
      30_000,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 (200|404)/);
  }, 40_000);

  function post(body: string, contentType: string): Promise<Response> {
    return fetch(`${base}/articles`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${TOKEN}` },
      body,
    });
  }

  /** Sends raw bytes and resolves with everything received once the server closes the socket. */
  function rawRequest(text: string, timeoutMs = 5_000): Promise<string> {
    const { port } = new URL(base);
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: Number(port) });
      let received = '';
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`The socket stayed open ${timeoutMs} ms`));
      }, timeoutMs);
      socket.on('data', (chunk) => (received += chunk.toString('latin1')));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearTimeout(timer);
        resolve(received);
      });
      socket.write(text);
    });
  }
});
