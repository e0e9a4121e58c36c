import { EVENT_TYPES, type EventType, definedOnly } from '@sijill/contracts';
import { foldKey } from '@sijill/core';
import {
  decodePageCursor,
  expandDate,
  type StatusFilter,
  type TimelineQuery,
} from './select-timeline-page';

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 500;

export type ParsedTimelineQuery =
  | { readonly kind: 'valid'; readonly query: TimelineQuery }
  | { readonly kind: 'invalid'; readonly parameter: string; readonly detail: string };

const PARAMETERS = [
  'from',
  'to',
  'participant',
  'country',
  'type',
  'minSources',
  'status',
  'limit',
  'cursor',
];
export const MAX_MIN_SOURCES = 1000;
const STATUSES: readonly StatusFilter[] = ['active', 'merged', 'all'];

/**
 * Validates the query string of `GET /timeline`: `from`, `to` (YYYY-MM-DD, or YYYY-MM / YYYY for
 * a whole month or year), `participant` (part of a name in any language), `country` (ISO 3166-1
 * alpha-2), `type` (one or more of the event types, comma-separated), `minSources` (entries
 * reported by at least that many independent sources: copies and rewrites of one story count
 * once, see `independentSources`), `status` (active, merged or
 * all; default active), `limit` (1–500, default 100) and `cursor` (a page's `nextCursor`). An
 * unknown or repeated parameter is refused, so a misspelt filter never silently widens a result.
 */
export function parseTimelineQuery(params: Readonly<Record<string, unknown>>): ParsedTimelineQuery {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (!PARAMETERS.includes(name)) {
      return invalid(name, `Unknown parameter; use ${PARAMETERS.join(', ')}.`);
    }
    if (typeof value !== 'string') return invalid(name, 'Give this parameter once, as text.');
    values.set(name, value);
  }
  const get = (name: string): string | undefined => {
    const value = values.get(name)?.trim();
    return value === '' ? undefined : value;
  };

  const [fromText, toText] = [get('from'), get('to')];
  const from = fromText === undefined ? undefined : expandDate(fromText, 'first');
  if (fromText !== undefined && from === undefined) return invalid('from', notADate(fromText));
  const to = toText === undefined ? undefined : expandDate(toText, 'last');
  if (toText !== undefined && to === undefined) return invalid('to', notADate(toText));
  if (from !== undefined && to !== undefined && to < from) {
    return invalid('to', `"${toText}" is before from "${fromText}".`);
  }

  const participantText = get('participant');
  const participant = participantText === undefined ? undefined : foldKey(participantText);
  if (participant === '') return invalid('participant', 'Give part of a name: letters or digits.');

  const countryText = get('country');
  if (countryText !== undefined && !/^[A-Za-z]{2}$/.test(countryText)) {
    return invalid('country', `"${countryText}" is not an ISO 3166-1 alpha-2 code such as KZ.`);
  }

  const typeText = get('type');
  let types: Set<EventType> | undefined;
  if (typeText !== undefined) {
    types = new Set();
    for (const type of typeText.split(',').map((t) => t.trim().toLowerCase())) {
      if (!isEventType(type)) {
        return invalid('type', `"${type}" is not one of ${EVENT_TYPES.join(', ')}.`);
      }
      types.add(type);
    }
  }

  const minSourcesText = get('minSources');
  const minSources = minSourcesText === undefined ? undefined : Number(minSourcesText);
  if (
    minSourcesText !== undefined &&
    (!/^\d+$/.test(minSourcesText) || (minSources ?? 0) < 1 || (minSources ?? 0) > MAX_MIN_SOURCES)
  ) {
    return invalid('minSources', `Use a whole number from 1 to ${MAX_MIN_SOURCES}.`);
  }

  const statusText = get('status') ?? 'active';
  const status = STATUSES.find((s) => s === statusText);
  if (status === undefined) return invalid('status', `Use ${STATUSES.join(', ')}.`);

  const limitText = get('limit');
  const limit = limitText === undefined ? DEFAULT_PAGE_LIMIT : Number(limitText);
  if (!/^\d+$/.test(limitText ?? '1') || limit < 1 || limit > MAX_PAGE_LIMIT) {
    return invalid('limit', `Use a whole number from 1 to ${MAX_PAGE_LIMIT}.`);
  }

  const cursorText = get('cursor');
  const after = cursorText === undefined ? undefined : decodePageCursor(cursorText);
  if (cursorText !== undefined && after === undefined) {
    return invalid('cursor', 'Pass the nextCursor of a previous page unchanged.');
  }

  return {
    kind: 'valid',
    query: {
      ...definedOnly({
        from,
        to,
        participant,
        country: countryText?.toUpperCase(),
        types,
        minSources,
      }),
      status,
      limit,
      ...definedOnly({ after }),
    },
  };
}

function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

function notADate(text: string): string {
  return `"${text}" is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY).`;
}

function invalid(parameter: string, detail: string): ParsedTimelineQuery {
  return { kind: 'invalid', parameter, detail };
}
