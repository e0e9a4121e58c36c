import type { TimelineEntry } from '@sijill/contracts';

/** The answer of the gateway to a bad filter, shown to the reader as it is. */
export class TimelineRequestError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface TimelineReading {
  readonly entries: TimelineEntry[];
  /** Where the stream stands for this reading (`Sijill-Stream-Cursor`), when the gateway says. */
  readonly cursor?: string;
}

const PAGE_LIMIT = 500;
const MAX_PAGES = 20;

/** Every entry matching the filters, following `nextCursor` (up to 10,000 entries). */
export async function readTimeline(query: URLSearchParams): Promise<TimelineReading> {
  const entries: TimelineEntry[] = [];
  let cursor: string | undefined;
  let streamCursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const params = new URLSearchParams(query);
    params.set('limit', String(PAGE_LIMIT));
    if (cursor !== undefined) params.set('cursor', cursor);
    const response = await fetch(`timeline?${params.toString()}`, {
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw await requestError(response);
    streamCursor ??= response.headers.get('sijill-stream-cursor') ?? undefined;
    const body = (await response.json()) as { entries: TimelineEntry[]; nextCursor?: string };
    entries.push(...body.entries);
    cursor = body.nextCursor;
    if (cursor === undefined) break;
  }
  return { entries, ...(streamCursor === undefined ? {} : { cursor: streamCursor }) };
}

/** One entry by id (a merged one too), or undefined when the gateway does not know it. */
export async function readEntry(id: string): Promise<TimelineEntry | undefined> {
  const response = await fetch(`timeline/${encodeURIComponent(id)}`, {
    headers: { accept: 'application/json' },
  });
  if (response.status === 404) return undefined;
  if (!response.ok) throw await requestError(response);
  return (await response.json()) as TimelineEntry;
}

async function requestError(response: Response): Promise<TimelineRequestError> {
  let detail = `The gateway answered ${response.status}.`;
  try {
    const body = (await response.json()) as { detail?: unknown; message?: unknown };
    if (typeof body.detail === 'string') detail = body.detail;
  } catch {
    // Not JSON: the status says enough.
  }
  return new TimelineRequestError(response.status, detail);
}

export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

export interface StreamHandlers {
  readonly onEntry: (entry: TimelineEntry) => void;
  readonly onStatus: (status: StreamStatus) => void;
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

/**
 * Follows `GET /timeline/stream` from a cursor. The browser resumes a dropped connection itself
 * with `Last-Event-ID`; when it gives up (the gateway restarting, a 503), a new connection resumes
 * from the last event id received, so nothing is missed and nothing comes twice.
 */
export class TimelineStream {
  private source?: EventSource;
  private lastEventId: string;
  private failures = 0;
  private retryTimer?: number;

  constructor(
    from: string,
    private readonly handlers: StreamHandlers,
  ) {
    this.lastEventId = from;
  }

  open(): void {
    this.handlers.onStatus(this.failures === 0 ? 'connecting' : 'reconnecting');
    const source = new EventSource(
      `timeline/stream?lastEventId=${encodeURIComponent(this.lastEventId)}`,
    );
    this.source = source;
    source.addEventListener('open', () => {
      this.failures = 0;
      this.handlers.onStatus('live');
    });
    source.addEventListener('entry', (event: MessageEvent<string>) => {
      if (event.lastEventId !== '') this.lastEventId = event.lastEventId;
      let entry: TimelineEntry;
      try {
        entry = JSON.parse(event.data) as TimelineEntry;
      } catch {
        return;
      }
      this.handlers.onEntry(entry);
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CONNECTING) {
        this.handlers.onStatus('reconnecting');
        return;
      }
      source.close();
      const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)] ?? 10_000;
      this.failures++;
      this.handlers.onStatus('reconnecting');
      this.retryTimer = window.setTimeout(() => this.open(), delay);
    });
  }

  close(): void {
    window.clearTimeout(this.retryTimer);
    this.source?.close();
  }
}
