import type { TimelineEntry } from '@sijill/contracts';
import { countSources, describeSourceCounts } from './count-sources';
import { arabic, h, inLanguage } from './dom';
import { EVENT_TYPE_STYLES, typeIcon } from './event-types';
import { formatEventDate, type DisplayLanguage } from './format-event-date';
import type { ViewState } from './view-state';

export type Participant = TimelineEntry['participants'][number];

/** What rendering needs from the page: the language, links to other views, what just changed. */
export interface RenderContext {
  readonly language: DisplayLanguage;
  /** The address of the current view changed by `patch` (filters keep the rest). */
  readonly linkTo: (patch: Partial<ViewState>) => string;
  /** 'added' or 'revised' for an entry that changed since the page last read the timeline. */
  readonly changeOf: (id: string) => 'added' | 'revised' | undefined;
}

const LIFECYCLE_LABELS = {
  announced: { en: 'announced', ar: 'مُعلَن' },
  occurred: { en: 'took place', ar: 'جرى' },
} as const;

/** A country's name in the display language, from the browser's own data. */
export function countryName(code: string, language: DisplayLanguage): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The entry's title in the display language (English when there is no Arabic one). */
export function entryTitle(entry: TimelineEntry, language: DisplayLanguage): HTMLElement {
  return language === 'ar' && entry.title.ar !== undefined
    ? arabic(entry.title.ar, 'span')
    : h('span', { lang: 'en' }, entry.title.en);
}

/** A participant's names, the display language's first, each a link that filters on them. */
export function participantItem(participant: Participant, context: RenderContext): HTMLElement {
  const english = participant.names.en ?? participant.name;
  const arabicName = participant.names.ar;
  const names =
    context.language === 'ar' && arabicName !== undefined
      ? [arabic(arabicName), h('span', { class: 'secondary', lang: 'en' }, english)]
      : [
          h('span', { lang: 'en' }, english),
          arabicName === undefined ? null : h('span', { class: 'secondary' }, arabic(arabicName)),
        ];
  const details = [participant.side, participant.role]
    .filter((d) => d !== undefined)
    .map((d) => d.replace(/[-_]+/g, ' '));
  return h(
    'li',
    { class: 'participant' },
    h(
      'a',
      {
        href: context.linkTo({ participant: participant.name }),
        class: 'participant-link',
        'data-participant': participant.name,
        title: `Show only entries with ${participant.name}`,
      },
      ...names,
    ),
    details.length === 0
      ? null
      : h('span', { class: 'participant-role' }, h('bdi', { dir: 'ltr' }, details.join(' · '))),
  );
}

/** Where it took place: "Astana, Kazakhstan", marked when the place was inferred. */
export function placeText(entry: TimelineEntry, language: DisplayLanguage): HTMLElement | null {
  const location = entry.location;
  if (location === undefined) return null;
  const country = countryName(location.country, language);
  // Cities come in English only; in Arabic each part keeps its own direction.
  const parts =
    language === 'ar'
      ? [
          location.city === undefined ? null : h('bdi', { lang: 'en' }, location.city),
          location.city === undefined ? null : '، ',
          arabic(country),
        ]
      : [location.city === undefined ? country : `${location.city}, ${country}`];
  return h(
    'span',
    { class: 'place' },
    ...parts,
    location.inferred === true ? h('span', { class: 'inferred' }, ' (inferred)') : null,
  );
}

/** One entry as a card in the timeline: focusable, opening its detail on Enter or a click. */
/** When and where an entry took place, as one line (the card's description when `id` is given). */
export function entryMeta(
  entry: TimelineEntry,
  language: DisplayLanguage,
  id?: string,
): HTMLElement {
  return h(
    'p',
    { class: 'entry-meta', id },
    eventTime(entry.date, language),
    entry.location === undefined ? null : ' · ',
    placeText(entry, language),
  );
}

/** The entry's participants as a list, or nothing when it names none. */
export function participantList(entry: TimelineEntry, context: RenderContext): HTMLElement | null {
  return entry.participants.length === 0
    ? null
    : h(
        'ul',
        { class: 'participants', 'aria-label': 'Participants' },
        ...entry.participants.map((p) => participantItem(p, context)),
      );
}

export function renderEntry(entry: TimelineEntry, context: RenderContext): HTMLElement {
  const style = EVENT_TYPE_STYLES[entry.type];
  const titleId = `title-${entry.id}`;
  const change = context.changeOf(entry.id);
  const counts = countSources(entry);
  return h(
    'article',
    {
      class: `entry type-${entry.type}${change === undefined ? '' : ` is-${change}`}`,
      dir: context.language === 'ar' ? 'rtl' : undefined,
      tabindex: 0,
      'data-entry-id': entry.id,
      'data-revision': entry.revision,
      'aria-labelledby': titleId,
      'aria-describedby': `meta-${entry.id}`,
    },
    h(
      'header',
      { class: 'entry-header' },
      h(
        'span',
        { class: 'entry-type' },
        typeIcon(entry.type),
        h('span', {}, context.language === 'ar' ? arabic(style.labelAr) : style.label),
      ),
      h(
        'span',
        { class: `lifecycle lifecycle-${entry.lifecycle}` },
        lifecycleLabel(entry, context),
      ),
      change === undefined
        ? null
        : h(
            'span',
            { class: 'change-badge', dir: 'ltr' },
            change === 'added' ? 'new' : `updated · revision ${entry.revision}`,
          ),
    ),
    h(
      'h3',
      { class: 'entry-title', id: titleId },
      h(
        'a',
        { href: context.linkTo({ entry: entry.id }), class: 'entry-link' },
        entryTitle(entry, context.language),
      ),
    ),
    entryMeta(entry, context.language, `meta-${entry.id}`),
    participantList(entry, context),
    entry.organisation === undefined
      ? null
      : h(
          'p',
          { class: 'organisation' },
          h(
            'bdi',
            { dir: 'ltr' },
            h('span', { class: 'label' }, 'Organisation: '),
            organisationName(entry),
          ),
        ),
    entry.agreements.length === 0
      ? null
      : h(
          'div',
          { class: 'agreements' },
          h('bdi', { dir: 'ltr', class: 'label' }, 'Agreements: '),
          h('ul', {}, ...entry.agreements.map((a) => h('li', {}, inLanguage(a.title, a.language)))),
        ),
    h(
      'p',
      { class: 'entry-footer' },
      h('span', { class: 'source-count', dir: 'ltr' }, describeSourceCounts(counts)),
      h('span', { class: 'revision', dir: 'ltr' }, `revision ${entry.revision}`),
    ),
  );
}

/** "Shanghai Cooperation Organisation (SCO)"; an acronym that is the name is not repeated. */
export function organisationName(entry: TimelineEntry): string {
  const organisation = entry.organisation;
  if (organisation === undefined) return '';
  const { name, acronym } = organisation;
  return acronym === undefined || acronym === name ? name : `${name} (${acronym})`;
}

/** A date as a `<time>`, isolated right to left when written in Arabic. */
export function eventTime(date: TimelineEntry['date'], language: DisplayLanguage): HTMLElement {
  return h(
    'time',
    { datetime: date.start, ...(language === 'ar' ? { lang: 'ar', dir: 'rtl' } : {}) },
    formatEventDate(date, language),
  );
}

function lifecycleLabel(entry: TimelineEntry, context: RenderContext): Node {
  const labels = LIFECYCLE_LABELS[entry.lifecycle];
  return context.language === 'ar' ? arabic(labels.ar) : document.createTextNode(labels.en);
}
