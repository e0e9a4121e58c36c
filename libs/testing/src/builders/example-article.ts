import type { EventMention, UniqueArticle } from '@sijill/contracts';
import { toUniqueArticle } from '../reports/report-extraction';

/**
 * A unique article, as the ingestor publishes it, from text written for a spec: an example URL
 * and outlet, published early on 2015-07-31 (Riyadh time) unless the spec says when.
 */
export function exampleArticle(
  id: string,
  language: string,
  body: string,
  options: { publishedAt?: string; url?: string; source?: string } = {},
): UniqueArticle {
  return toUniqueArticle({
    id,
    body,
    language,
    publishedAt: options.publishedAt ?? '2015-07-31T08:00:00+03:00',
    url: options.url ?? `https://example.test/${id}`,
    source: options.source ?? 'Example Wire',
  });
}

/** Each mention as `type lifecycle country: participants` (sorted), for specs to compare. */
export function mentionLines(mentions: readonly EventMention[]): string[] {
  return mentions.map(
    (m) =>
      `${m.type} ${m.lifecycle} ${m.location?.country ?? '-'}: ${m.participants
        .map((p) => p.name)
        .sort()
        .join(', ')}`,
  );
}
