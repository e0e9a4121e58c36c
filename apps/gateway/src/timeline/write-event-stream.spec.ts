import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Subject } from 'rxjs';
import { parseStreamCursor, START_CURSOR, type StreamCursor } from './stream-cursor';
import { timelineEntry } from '@sijill/testing';
import { TimelineLog } from './timeline-log';
import { eventFrame, writeEventStream } from './write-event-stream';

/** Serves one event stream per request from `log`, and reads a response's text until `enough`. */
async function serve(log: TimelineLog, appended: Subject<unknown>, from: StreamCursor) {
  const ended: Promise<void>[] = [];
  const server: Server = createServer((_req, res) => {
    ended.push(
      writeEventStream(res, { after: (c, l) => log.after(c, l), appended$: appended }, from, {
        heartbeatMs: 20,
        batchSize: 7,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const controller = new AbortController();
  const response = await fetch(`http://127.0.0.1:${port}/`, { signal: controller.signal });
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const readUntil = async (enough: (text: string) => boolean): Promise<string> => {
    while (!enough(text)) {
      const chunk = await reader?.read();
      if (chunk === undefined || chunk.done) break;
      text += decoder.decode(chunk.value as Uint8Array, { stream: true });
    }
    return text;
  };
  const close = async (): Promise<void> => {
    controller.abort();
    await Promise.all(ended);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { response, readUntil, close };
}

const dataLines = (text: string): string[] =>
  text.split('\n').filter((l) => l.startsWith('data: '));

describe('writeEventStream', () => {
  it('replays a long log in order, a batch at a time, and then follows it', async () => {
    const log = new TimelineLog();
    for (let i = 0; i < 500; i++) log.offer(i % 3, BigInt(i), timelineEntry(`ev-${i}`));
    const appended = new Subject<unknown>();
    const stream = await serve(log, appended, START_CURSOR);
    expect(stream.response.headers.get('cache-control')).toBe('no-cache, no-transform');
    await stream.readUntil((t) => dataLines(t).length === 500);
    log.offer(0, 1_000n, timelineEntry('ev-late'));
    appended.next(undefined);
    const text = await stream.readUntil((t) => dataLines(t).length === 501);
    const ids = dataLines(text).map((l) => (JSON.parse(l.slice(6)) as { id: string }).id);
    expect(ids).toEqual([...Array.from({ length: 500 }, (_, i) => `ev-${i}`), 'ev-late']);
    expect(text.startsWith('retry: 2000\n\n')).toBe(true);
    await stream.close();
  });

  it('starts after the cursor it is given', async () => {
    const log = new TimelineLog();
    log.offer(0, 0n, timelineEntry('ev-a'));
    log.offer(1, 0n, timelineEntry('ev-b'));
    log.offer(0, 1n, timelineEntry('ev-c'));
    const stream = await serve(log, new Subject(), parseStreamCursor('0-0') ?? START_CURSOR);
    const text = await stream.readUntil((t) => dataLines(t).length === 2);
    expect(text).toContain(eventFrame('0-0.1-0', timelineEntry('ev-b')));
    expect(text).toContain(eventFrame('0-1.1-0', timelineEntry('ev-c')));
    await stream.close();
  });

  it('sends a comment while idle, and ends when the source completes', async () => {
    const appended = new Subject<unknown>();
    const stream = await serve(new TimelineLog(), appended, START_CURSOR);
    await stream.readUntil((t) => t.includes(': keep-alive\n\n'));
    appended.complete();
    const text = await stream.readUntil(() => false);
    expect(dataLines(text)).toEqual([]);
    await stream.close();
  });
});
