import { definedOnly, type EventType, type TimelineEntry } from '@sijill/contracts';
import { countSources, foldKey } from '@sijill/core';

export type StatusFilter = 'active' | 'merged' | 'all';

/** Where the previous page ended: the sort key of its last entry. */
export interface PageCursor {
  readonly start: string;
  readonly id: string;
}

/** A validated `GET /timeline` query (see `parseTimelineQuery`). */
export interface TimelineQuery {
  /** First day of the window, YYYY-MM-DD. */
  readonly from?: string;
  /** Last day of the window, YYYY-MM-DD. */
  readonly to?: string;
  /** Folded with `foldKey`. */
  readonly participant?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country?: string;
  readonly types?: ReadonlySet<EventType>;
  /** Fewest independent sources (`independentSources`) an entry must have. */
  readonly minSources?: number;
  readonly status: StatusFilter;
  readonly limit: number;
  readonly after?: PageCursor;
}

export interface TimelinePage {
  readonly entries: readonly TimelineEntry[];
  /** Present when more entries match: pass it as `cursor` for the next page. */
  readonly nextCursor?: string;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The timeline's order: by start date (a year before its months, a month before its days), then id. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return compareText(a.date.start, b.date.start) || compareText(a.id, b.id);
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) as the first or last day it covers, or
 * undefined when it is not a calendar date.
 */
export function expandDate(text: string, bound: 'first' | 'last'): string | undefined {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? (bound === 'first' ? 1 : 12) : Number(m);
  if (month < 1 || month > 12) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = d === undefined ? (bound === 'first' ? 1 : daysInMonth) : Number(d);
  if (day < 1 || day > daysInMonth) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function encodePageCursor(entry: TimelineEntry): string {
  return Buffer.from(JSON.stringify([entry.date.start, entry.id]), 'utf8').toString('base64url');
}

export function decodePageCursor(text: string): PageCursor | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [start, id] = value as unknown[];
      if (typeof start === 'string' && typeof id === 'string') return { start, id };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * One page of the entries that match a query. `sorted` must be in `compareEntries` order; paging is
 * by key, so entries added between two requests never shift a page.
 */
export function selectTimelinePage(
  sorted: readonly TimelineEntry[],
  query: TimelineQuery,
): TimelinePage {
  const entries: TimelineEntry[] = [];
  for (let i = firstAfter(sorted, query.after); i < sorted.length; i++) {
    const entry = sorted[i];
    if (entry === undefined || !matches(entry, query)) continue;
    if (entries.length === query.limit) {
      const last = entries.at(-1);
      return {
        entries,
        ...definedOnly({ nextCursor: last === undefined ? undefined : encodePageCursor(last) }),
      };
    }
    entries.push(entry);
  }
  return { entries };
}

/** Whether an entry passes every filter of the query (paging aside). */
export function matches(entry: TimelineEntry, query: TimelineQuery): boolean {
  if (query.status !== 'all' && entry.status !== query.status) return false;
  if (query.types !== undefined && !query.types.has(entry.type)) return false;
  if (query.country !== undefined && !involvesCountry(entry, query.country)) return false;
  if (query.minSources !== undefined && independentSourcesOf(entry) < query.minSources)
    return false;
  if (query.from !== undefined || query.to !== undefined) {
    const first = expandDate(entry.date.start, 'first') ?? entry.date.start;
    const last = expandDate(entry.date.end ?? entry.date.start, 'last') ?? first;
    if (query.from !== undefined && last < query.from) return false;
    if (query.to !== undefined && first > query.to) return false;
  }
  return query.participant === undefined || participantText(entry).includes(query.participant);
}

/** As the entry says, or counted from its sources for an entry published before it said. */
function independentSourcesOf(entry: TimelineEntry): number {
  return entry.independentSources ?? countSources(entry.sources).independentSources;
}

/** Held there, or with a participant from there. */
function involvesCountry(entry: TimelineEntry, country: string): boolean {
  return (
    entry.location?.country === country ||
    entry.participants.some((p) => p.country?.toUpperCase() === country)
  );
}

// Entries are immutable once read; folding every name on every request would dominate a query.
const foldedNames = new WeakMap<TimelineEntry, string>();

function participantText(entry: TimelineEntry): string {
  let text = foldedNames.get(entry);
  if (text === undefined) {
    const names = entry.participants.flatMap((p) => [p.name, ...Object.values(p.names)]);
    // '|' never survives folding, so a query cannot match across two names.
    text = names.map((name) => foldKey(name)).join('|');
    foldedNames.set(entry, text);
  }
  return text;
}

function firstAfter(sorted: readonly TimelineEntry[], after: PageCursor | undefined): number {
  if (after === undefined) return 0;
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    const entry = sorted[middle];
    const order =
      entry === undefined
        ? 1
        : compareText(entry.date.start, after.start) || compareText(entry.id, after.id);
    if (order <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
