/**
 * Where a client of `GET /timeline/stream` stands: for each partition of the timeline topic, the
 * offset of the last record it has been sent. A partition that is absent has sent nothing yet.
 *
 * Written as the SSE event id, partitions ascending: `<partition>-<offset>` joined by `.`, e.g.
 * `0-12.1-7.2-30`. Resuming sends, per partition, exactly the records with a greater offset, so a
 * reconnecting client misses nothing and receives nothing twice, whichever gateway instance (each
 * with its own interleaving of partitions) it reconnects to.
 */
export type StreamCursor = ReadonlyMap<number, bigint>;

/** The cursor of a client that has seen nothing: the stream starts from the beginning. */
export const START_CURSOR: StreamCursor = new Map();

const PART_PATTERN = /^(0|[1-9]\d{0,9})-(0|[1-9]\d{0,18})$/;
const MAX_OFFSET = 2n ** 63n - 1n;
const MAX_PARTITION = 2 ** 31 - 1;

/** The cursor an event id names, or undefined when the text is not one. An empty text is the start. */
export function parseStreamCursor(text: string): StreamCursor | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return START_CURSOR;
  const cursor = new Map<number, bigint>();
  for (const part of trimmed.split('.')) {
    const match = PART_PATTERN.exec(part);
    if (match === null) return undefined;
    const partition = Number(match[1]);
    const offset = BigInt(match[2] ?? '');
    if (partition > MAX_PARTITION || offset > MAX_OFFSET || cursor.has(partition)) return undefined;
    cursor.set(partition, offset);
  }
  return cursor;
}

export function formatStreamCursor(cursor: StreamCursor): string {
  return [...cursor]
    .sort(([a], [b]) => a - b)
    .map(([partition, offset]) => `${partition}-${offset}`)
    .join('.');
}

/** Whether a client at this cursor has already been sent the record at `partition`/`offset`. */
export function hasSeen(cursor: StreamCursor, partition: number, offset: bigint): boolean {
  const last = cursor.get(partition);
  return last !== undefined && offset <= last;
}

/** The cursor once the record at `partition`/`offset` has been sent too. */
export function advanceCursor(
  cursor: StreamCursor,
  partition: number,
  offset: bigint,
): StreamCursor {
  if (hasSeen(cursor, partition, offset)) return cursor;
  return new Map(cursor).set(partition, offset);
}
