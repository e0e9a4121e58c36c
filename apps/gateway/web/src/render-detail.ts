import type { TimelineEntry } from '@sijill/contracts';
import { countSources, describeSourceCounts } from './count-sources';
import { h, inLanguage } from './dom';
import { EVENT_TYPE_STYLES, typeIcon } from './event-types';
import { formatPublishedAt } from './format-event-date';
import { highlightEvidence } from './highlight-evidence';
import {
  entryMeta,
  entryTitle,
  organisationName,
  participantList,
  type RenderContext,
} from './render-entry';

type Source = TimelineEntry['sources'][number];

/** Only web addresses become links; anything else is shown as text. */
function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function renderSource(source: Source, entry: TimelineEntry): HTMLElement {
  const href = source.url === undefined ? undefined : safeHref(source.url);
  const outlet = inLanguage(source.source ?? 'Unnamed outlet', source.language);
  return h(
    'li',
    { class: 'source' },
    h(
      'p',
      { class: 'source-head' },
      h('strong', { class: 'outlet' }, outlet),
      h('span', { class: 'source-language' }, ` · ${source.language}`),
      source.publishedAt === undefined
        ? null
        : h(
            'span',
            {},
            ' · ',
            h(
              'time',
              { datetime: source.publishedAt },
              formatPublishedAt(source.publishedAt, 'en'),
            ),
          ),
    ),
    href === undefined
      ? h('p', { class: 'source-id' }, `Article ${source.articleId}`)
      : h(
          'p',
          { class: 'source-link' },
          h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, href),
        ),
    source.evidence.length === 0
      ? null
      : h(
          'ul',
          { class: 'evidence', 'aria-label': 'Evidence' },
          ...source.evidence.map((evidence) =>
            h(
              'li',
              {},
              h(
                'blockquote',
                { lang: source.language, dir: 'auto' },
                ...highlightEvidence(evidence, entry).map((segment) =>
                  segment.marked ? h('mark', {}, segment.text) : segment.text,
                ),
              ),
            ),
          ),
        ),
    source.duplicates === undefined || source.duplicates.length === 0
      ? null
      : h(
          'p',
          { class: 'copies' },
          `Copied by ${source.duplicates.length} more: ${source.duplicates.join(', ')}`,
        ),
  );
}

/** An entry's detail: everything the card shows, every source with its evidence highlighted. */
export function renderDetail(entry: TimelineEntry, context: RenderContext): HTMLElement {
  const style = EVENT_TYPE_STYLES[entry.type];
  return h(
    'div',
    { class: `detail type-${entry.type}` },
    h(
      'p',
      { class: 'entry-type' },
      typeIcon(entry.type),
      h('span', {}, `${style.label} · ${entry.lifecycle}`),
      h('span', { class: 'revision' }, ` · revision ${entry.revision}`),
    ),
    h('h2', { id: 'detail-title' }, entryTitle(entry, context.language)),
    entry.status === 'merged' && entry.mergedInto !== undefined
      ? h(
          'p',
          { class: 'merged-notice', role: 'note' },
          'This entry was merged into another: ',
          h(
            'a',
            { href: context.linkTo({ entry: entry.mergedInto }), class: 'survivor-link' },
            entry.mergedInto,
          ),
          '.',
        )
      : null,
    entryMeta(entry, context.language),
    participantList(entry, context),
    entry.organisation === undefined
      ? null
      : h('p', {}, `Organisation: ${organisationName(entry)}`),
    entry.agreements.length === 0
      ? null
      : h(
          'ul',
          { class: 'agreements', 'aria-label': 'Agreements' },
          ...entry.agreements.map((a) => h('li', {}, inLanguage(a.title, a.language))),
        ),
    h('h3', {}, `Sources (${describeSourceCounts(countSources(entry))})`),
    h('ol', { class: 'sources' }, ...entry.sources.map((source) => renderSource(source, entry))),
    h(
      'p',
      { class: 'entry-ids' },
      `Id ${entry.id} · CAMEO ${entry.codes.cameo} · first seen ${formatPublishedAt(entry.firstSeenAt)} · updated ${formatPublishedAt(entry.updatedAt)}`,
    ),
  );
}
