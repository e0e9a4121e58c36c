import type { TimelineEntry } from '@sijill/contracts';
import type { ServerResponse } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Observable } from 'rxjs';
import { advanceCursor, formatStreamCursor, type StreamCursor } from './stream-cursor';
import type { TimelineRecord } from './timeline-log';

/** What a stream reads: the records a cursor has not seen, and a signal when more arrive. */
export interface EventStreamSource {
  after(cursor: StreamCursor, limit: number): readonly TimelineRecord[];
  /** Emits when records are appended; completes when the source shuts down. */
  readonly appended$: Observable<unknown>;
}

export interface EventStreamOptions {
  /** A comment line this often keeps proxies and load balancers from closing an idle stream. */
  readonly heartbeatMs: number;
  /** How long a browser's EventSource waits before reconnecting. */
  readonly retryMs?: number;
  /** Records written between two turns of the event loop. */
  readonly batchSize?: number;
}

/**
 * Serves `text/event-stream` from a cursor: first every record the client has not seen, then each
 * new one as it arrives. The stream pulls from the log by cursor rather than buffering pushed
 * records, so a slow client costs no memory (it waits on the socket), and replay and live records
 * can neither overlap nor leave a gap. Resolves once the client or the source has gone.
 */
export async function writeEventStream(
  res: ServerResponse,
  source: EventStreamSource,
  from: StreamCursor,
  options: EventStreamOptions,
): Promise<void> {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    // nginx would otherwise buffer the stream.
    'X-Accel-Buffering': 'no',
  });
  res.write(`retry: ${options.retryMs ?? 2_000}\n\n`);
  let cursor = from;
  // A client that left before the handler ran has already fired 'close'.
  let closed = res.destroyed;
  let wake: (() => void) | undefined;
  const stop = (): void => {
    closed = true;
    wake?.();
  };
  res.once('close', stop);
  const subscription = source.appended$.subscribe({
    next: () => wake?.(),
    error: stop,
    complete: stop,
  });
  const heartbeat = setInterval(() => {
    if (!res.writableNeedDrain) res.write(': keep-alive\n\n');
  }, options.heartbeatMs);
  try {
    while (!closed) {
      const records = source.after(cursor, options.batchSize ?? 200);
      if (records.length === 0) {
        // Nothing runs between the empty read and arming the wake-up: no append can slip by.
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      let flowing = true;
      for (const record of records) {
        cursor = advanceCursor(cursor, record.partition, record.offset);
        flowing = res.write(eventFrame(formatStreamCursor(cursor), record.entry));
      }
      if (flowing) await nextTurn();
      else await drainedOrClosed(res);
    }
  } finally {
    clearInterval(heartbeat);
    subscription.unsubscribe();
    res.off('close', stop);
    if (!res.writableEnded) res.end();
  }
}

/** One SSE event; JSON escapes line breaks, so the entry is a single `data` line. */
export function eventFrame(id: string, entry: TimelineEntry): string {
  return `id: ${id}\nevent: entry\ndata: ${JSON.stringify(entry)}\n\n`;
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
