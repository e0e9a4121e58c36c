import type { TimelineEntry } from '@sijill/contracts';

/** A source of a timeline entry, with no evidence: an original, or a copy's or rewrite's links. */
export const entrySource = (
  articleId: string,
  extra: { duplicates?: string[]; derivedFrom?: string } = {},
): TimelineEntry['sources'][number] => ({
  articleId,
  language: 'ar',
  evidence: [],
  ...extra,
});
