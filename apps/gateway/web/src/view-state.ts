import type { EventType } from '@sijill/contracts';
import type { DisplayLanguage } from './format-event-date';

export type Layout = 'list' | 'axis';

/** Everything a shared link restores: the filters of `GET /timeline`, the layout, the language, an open entry. */
export interface ViewState {
  readonly from?: string;
  readonly to?: string;
  readonly participant?: string;
  readonly country?: string;
  /** Fewest independent sources (copies and rewrites of one story count once). */
  readonly minSources?: number;
  readonly types: readonly EventType[];
  readonly layout: Layout;
  readonly language: DisplayLanguage;
  readonly entry?: string;
}

/** Every event type, in the order the filters list them. */
export const EVENT_TYPE_ORDER = [
  'visit',
  'summit',
  'meeting',
  'call',
  'statement',
] as const satisfies readonly EventType[];

export const DEFAULT_VIEW: ViewState = { types: [], layout: 'list', language: 'en' };

const isEventType = (value: string): value is EventType =>
  (EVENT_TYPE_ORDER as readonly string[]).includes(value);

/** The view a page address names; unknown or malformed values fall back to the defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const text = (name: string): string | undefined => {
    const value = params.get(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const types = (text('type') ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(isEventType);
  const from = text('from');
  const to = text('to');
  const participant = text('participant');
  const country = text('country')?.toUpperCase();
  const minSourcesText = text('minSources');
  const minSources =
    minSourcesText !== undefined && /^\d{1,3}$/u.test(minSourcesText) && Number(minSourcesText) > 1
      ? Number(minSourcesText)
      : undefined;
  const entry = text('entry');
  return {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(participant === undefined ? {} : { participant }),
    ...(country === undefined ? {} : { country }),
    ...(minSources === undefined ? {} : { minSources }),
    types: [...new Set(types)],
    layout: text('layout') === 'axis' ? 'axis' : 'list',
    language: text('lang') === 'ar' ? 'ar' : 'en',
    ...(entry === undefined ? {} : { entry }),
  };
}

/** The filters as the query of `GET /timeline` (without limit and cursor). */
export function timelineQuery(state: ViewState): URLSearchParams {
  const query = new URLSearchParams();
  if (state.from !== undefined) query.set('from', state.from);
  if (state.to !== undefined) query.set('to', state.to);
  if (state.participant !== undefined) query.set('participant', state.participant);
  if (state.country !== undefined) query.set('country', state.country);
  if (state.types.length > 0) query.set('type', state.types.join(','));
  if (state.minSources !== undefined) query.set('minSources', String(state.minSources));
  return query;
}

/** The page address of a view: the filters, then what differs from the defaults. */
export function formatViewState(state: ViewState): string {
  const query = timelineQuery(state);
  if (state.layout !== DEFAULT_VIEW.layout) query.set('layout', state.layout);
  if (state.language !== DEFAULT_VIEW.language) query.set('lang', state.language);
  if (state.entry !== undefined) query.set('entry', state.entry);
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether any filter narrows the timeline. */
export function isFiltered(state: ViewState): boolean {
  return timelineQuery(state).toString() !== '';
}
