import type { TimelineEntry } from '@sijill/contracts';
import { diffRevisions } from './diff-revisions';
import { h } from './dom';
import { EVENT_TYPE_STYLES } from './event-types';
import { describeGap } from './format-event-date';
import { groupByDay } from './group-by-day';
import { renderDetail } from './render-detail';
import { countryName, eventTime, renderEntry, type RenderContext } from './render-entry';
import {
  readEntry,
  readTimeline,
  TimelineRequestError,
  TimelineStream,
  type StreamStatus,
} from './timeline-client';
import {
  EVENT_TYPE_ORDER,
  formatViewState,
  isFiltered,
  parseViewState,
  timelineQuery,
  type ViewState,
} from './view-state';
import { WorldMap } from './world-map';
import countryCodes from 'i18n-iso-countries';

/** How long a card stays marked as new or updated. */
const CHANGE_MARK_MS = 60_000;
/** Stream events closer together than this are read back from the gateway at once. */
const REFRESH_DELAY_MS = 150;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`The page has no #${id}`);
  return element as T;
}

/**
 * The timeline page: reads `GET /timeline` with the filters in the address, follows the stream
 * from where that reading stands, and reads again (filtered by the gateway, so spelling variants
 * fold the same way) whenever an entry changes.
 */
class TimelinePage {
  private state: ViewState = parseViewState(location.search);
  private entries: TimelineEntry[] = [];
  private readonly shown = new Map<string, number>();
  private readonly changes = new Map<string, { kind: 'added' | 'revised'; at: number }>();
  private stream?: TimelineStream;
  private refreshTimer?: number;
  private loading = Promise.resolve();
  private streamStatus: StreamStatus = 'connecting';

  private readonly list = byId<HTMLElement>('entries');
  private readonly form = byId<HTMLFormElement>('filters');
  private readonly status = byId<HTMLElement>('live-status');
  private readonly error = byId<HTMLElement>('error');
  private readonly dialog = byId<HTMLDialogElement>('detail');
  private readonly detailBody = byId<HTMLElement>('detail-body');
  private readonly map = new WorldMap(byId('map'), (patch) => this.linkTo(patch));

  start(): void {
    this.buildFilterControls();
    // On a phone the filters fold away, unless the address sets some.
    if (window.matchMedia('(max-width: 760px)').matches && !isFiltered(this.state)) {
      byId<HTMLDetailsElement>('filters-panel').open = false;
    }
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.navigate(this.readForm());
    });
    this.form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      if (target.type === 'checkbox' || target.type === 'radio' || target.tagName === 'SELECT') {
        this.navigate(this.readForm());
      }
    });
    byId('clear-filters').addEventListener('click', () =>
      this.navigate({ types: [], layout: this.state.layout, language: this.state.language }),
    );
    document.addEventListener('click', (event) => this.followLink(event));
    this.list.addEventListener('keydown', (event) => this.onListKey(event));
    this.dialog.addEventListener('close', () => {
      if (this.state.entry !== undefined) this.navigate({ ...this.state, entry: undefined });
    });
    byId('close-detail').addEventListener('click', () => this.dialog.close());
    window.addEventListener('popstate', () => {
      const previous = this.state;
      this.state = parseViewState(location.search);
      void this.apply(previous);
    });
    void this.apply(undefined);
  }

  /** The address of the current view with `patch` applied; filters drop the open entry. */
  linkTo(patch: Partial<ViewState>): string {
    const next: ViewState = { ...this.state, ...patch };
    if (!('entry' in patch)) delete (next as { entry?: string }).entry;
    return `${location.pathname}${formatViewState(next)}`;
  }

  private navigate(next: ViewState): void {
    const previous = this.state;
    this.state = next;
    const address = `${location.pathname}${formatViewState(next)}`;
    if (address !== `${location.pathname}${location.search}`) history.pushState(null, '', address);
    void this.apply(previous);
  }

  private followLink(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    if (event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a');
    if (link === null || link.origin !== location.origin || link.pathname !== location.pathname) {
      const card = (event.target as Element).closest<HTMLElement>('.entry');
      if (link === null && card !== null) this.openEntry(card.dataset.entryId);
      return;
    }
    event.preventDefault();
    this.navigate(parseViewState(link.search));
  }

  private onListKey(event: KeyboardEvent): void {
    const card = (event.target as Element).closest<HTMLElement>('.entry');
    if (card === null || event.target !== card) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.openEntry(card.dataset.entryId);
      return;
    }
    const keys: Record<string, number> = {
      ArrowDown: 1,
      ArrowRight: 1,
      ArrowUp: -1,
      ArrowLeft: -1,
    };
    const step = keys[event.key];
    if (step === undefined) return;
    const cards = [...this.list.querySelectorAll<HTMLElement>('.entry')];
    const next = cards[cards.indexOf(card) + step];
    if (next !== undefined) {
      event.preventDefault();
      next.focus();
    }
  }

  private openEntry(id: string | undefined): void {
    if (id !== undefined) this.navigate({ ...this.state, entry: id });
  }

  /** Brings the page in line with the state: reads again only when the filters changed. */
  private async apply(previous: ViewState | undefined): Promise<void> {
    this.writeForm();
    document.documentElement.dataset.layout = this.state.layout;
    const filtersChanged =
      previous === undefined ||
      timelineQuery(previous).toString() !== timelineQuery(this.state).toString();
    if (filtersChanged) {
      this.shown.clear();
      this.changes.clear();
      await this.refresh(true);
    } else {
      this.render();
    }
    await this.showDetail();
  }

  /** Reads the timeline; the first reading also starts the stream from where it stands. */
  private refresh(initial = false): Promise<void> {
    this.loading = this.loading.then(async () => {
      try {
        const reading = await readTimeline(timelineQuery(this.state));
        this.error.replaceChildren();
        this.error.hidden = true;
        this.noteChanges(reading.entries, initial);
        this.entries = reading.entries;
        this.render();
        if (this.stream === undefined) {
          this.stream = new TimelineStream(reading.cursor ?? '', {
            onEntry: () => this.scheduleRefresh(),
            onStatus: (status) => {
              this.streamStatus = status;
              this.writeStatus();
            },
          });
          this.stream.open();
        }
      } catch (error) {
        this.showError(error);
      }
    });
    return this.loading;
  }

  private scheduleRefresh(): void {
    window.clearTimeout(this.refreshTimer);
    this.refreshTimer = window.setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private noteChanges(entries: readonly TimelineEntry[], initial: boolean): void {
    const now = Date.now();
    if (!initial) {
      const { added, revised } = diffRevisions(this.shown, entries);
      for (const id of added) this.changes.set(id, { kind: 'added', at: now });
      for (const id of revised) this.changes.set(id, { kind: 'revised', at: now });
      const parts = [
        added.length === 0 ? '' : `${added.length} new`,
        revised.length === 0 ? '' : `${revised.length} updated`,
      ].filter((p) => p !== '');
      if (parts.length > 0) byId('announcer').textContent = `${parts.join(', ')} entries.`;
    }
    this.shown.clear();
    for (const entry of entries) this.shown.set(entry.id, entry.revision);
    for (const [id, change] of this.changes) {
      if (now - change.at > CHANGE_MARK_MS) this.changes.delete(id);
    }
  }

  private context(): RenderContext {
    return {
      language: this.state.language,
      linkTo: (patch) => this.linkTo(patch),
      changeOf: (id) => this.changes.get(id)?.kind,
    };
  }

  private render(): void {
    const focusedId = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.entry')
      ?.dataset.entryId;
    const axis = this.state.layout === 'axis';
    const context = this.context();
    const groups = groupByDay(this.entries, axis ? 'oldest-first' : 'newest-first');
    const items: HTMLElement[] = [];
    let previousKey: string | undefined;
    for (const group of groups) {
      const gap =
        axis && previousKey !== undefined ? describeGap(previousKey, group.key) : undefined;
      if (gap !== undefined) items.push(h('li', { class: 'gap', 'aria-hidden': 'true' }, gap));
      previousKey = group.key;
      items.push(
        h(
          'li',
          { class: 'day', 'aria-labelledby': `day-${group.key}` },
          h(
            'h3',
            { class: 'day-heading', id: `day-${group.key}` },
            eventTime(group.date, this.state.language),
          ),
          h('div', { class: 'day-entries' }, ...group.entries.map((e) => renderEntry(e, context))),
        ),
      );
    }
    const empty = h(
      'p',
      { class: 'empty' },
      isFiltered(this.state) ? 'No entry matches these filters.' : 'No entry yet.',
    );
    this.list.replaceChildren(
      items.length === 0
        ? empty
        : h(
            'ol',
            { class: `days layout-${this.state.layout}`, 'aria-label': this.orderLabel() },
            ...items,
          ),
    );
    byId('entry-count').textContent =
      `${this.entries.length} ${this.entries.length === 1 ? 'entry' : 'entries'}`;
    this.map.render(this.entries, this.state.language);
    this.writeStatus();
    if (focusedId !== undefined) {
      this.list.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(focusedId)}"]`)?.focus();
    }
  }

  private orderLabel(): string {
    return this.state.layout === 'axis' ? 'Days, oldest first' : 'Days, newest first';
  }

  private writeStatus(): void {
    const labels: Record<StreamStatus, string> = {
      connecting: 'Connecting…',
      live: 'Live',
      reconnecting: 'Reconnecting…',
    };
    this.status.dataset.status = this.streamStatus;
    this.status.textContent = labels[this.streamStatus];
  }

  private async showDetail(): Promise<void> {
    const id = this.state.entry;
    if (id === undefined) {
      if (this.dialog.open) this.dialog.close();
      return;
    }
    try {
      const entry = this.entries.find((e) => e.id === id) ?? (await readEntry(id));
      this.detailBody.replaceChildren(
        entry === undefined
          ? h('p', { id: 'detail-title' }, `No entry "${id}".`)
          : renderDetail(entry, this.context()),
      );
      if (!this.dialog.open) this.dialog.showModal();
    } catch (error) {
      this.showError(error);
    }
  }

  private showError(error: unknown): void {
    const detail =
      error instanceof TimelineRequestError
        ? error.detail
        : 'The gateway could not be reached; the page will try again.';
    this.error.hidden = false;
    this.error.replaceChildren(h('p', {}, detail));
  }

  private buildFilterControls(): void {
    const types = byId('type-filters');
    types.replaceChildren(
      ...EVENT_TYPE_ORDER.map((type) =>
        h(
          'label',
          { class: `type-option type-${type}` },
          h('input', { type: 'checkbox', name: 'type', value: type }),
          ` ${EVENT_TYPE_STYLES[type].label}`,
        ),
      ),
    );
    const country = byId<HTMLSelectElement>('filter-country');
    const names = Object.keys(countryCodes.getAlpha2Codes())
      .map((code) => [code, countryName(code, 'en')] as const)
      .sort((a, b) => a[1].localeCompare(b[1]));
    country.replaceChildren(
      h('option', { value: '' }, 'Any country'),
      ...names.map(([code, name]) => h('option', { value: code }, `${name} (${code})`)),
    );
  }

  private readForm(): ViewState {
    const data = new FormData(this.form);
    const text = (name: string): string | undefined => {
      const value = data.get(name);
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const search = new URLSearchParams();
    for (const name of ['from', 'to', 'participant', 'country', 'minSources', 'layout', 'lang']) {
      const value = text(name);
      if (value !== undefined) search.set(name, value);
    }
    const types = data.getAll('type').filter((t): t is string => typeof t === 'string');
    if (types.length > 0) search.set('type', types.join(','));
    return parseViewState(search.toString());
  }

  private writeForm(): void {
    const active = [...timelineQuery(this.state).keys()].length;
    byId('filters-active').textContent = active === 0 ? '' : `${active} in use`;
    const field = (name: string): HTMLInputElement | HTMLSelectElement | null =>
      this.form.querySelector(`[name="${name}"]`);
    const set = (name: string, value: string | undefined): void => {
      const element = field(name);
      if (element !== null) element.value = value ?? '';
    };
    set('from', this.state.from);
    set('to', this.state.to);
    set('participant', this.state.participant);
    set('country', this.state.country);
    set('minSources', this.state.minSources === undefined ? '' : String(this.state.minSources));
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="type"]')) {
      box.checked = this.state.types.includes(box.value as (typeof EVENT_TYPE_ORDER)[number]);
    }
    for (const radio of this.form.querySelectorAll<HTMLInputElement>('input[name="layout"]')) {
      radio.checked = radio.value === this.state.layout;
    }
    for (const radio of this.form.querySelectorAll<HTMLInputElement>('input[name="lang"]')) {
      radio.checked = radio.value === this.state.language;
    }
  }
}

new TimelinePage().start();
