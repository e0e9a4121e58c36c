/**
 * Logical topic names. Public topics are a stable, documented interface; internal topics connect
 * Sijill's own stages. Physical names are these, optionally behind a namespace (see `topicMap`).
 */
export const TOPICS = {
  /** Public input: articles from any producer. Key = article id. */
  articles: 'news.articles.v1',
  /** Public: messages refused at intake, with the original bytes and a reason code in headers. */
  deadLetter: 'news.articles.v1.dead-letter',
  /** Public output, log-compacted: key = timeline entry id, value = the entry's latest revision. */
  timeline: 'diplomacy.timeline.v1',
  /** Internal: valid, first-seen articles awaiting normalisation. */
  accepted: 'sijill.articles.accepted.v1',
  /** Internal: articles recorded as copies of an earlier one (exact or near duplicates). */
  duplicates: 'sijill.articles.duplicates.v1',
  /** Internal: normalised, unique articles awaiting extraction. */
  unique: 'sijill.articles.unique.v1',
  /** Internal: event mentions awaiting the timeline merge. */
  mentions: 'sijill.mentions.v1',
} as const;

export type TopicId = keyof typeof TOPICS;
export type TopicMap = Readonly<Record<TopicId, string>>;

/**
 * Physical topic names under an optional namespace, so several deployments (or test runs) can share
 * one cluster without colliding. An empty namespace yields the documented names.
 */
export function topicMap(namespace = ''): TopicMap {
  const prefix = namespace === '' ? '' : `${namespace}.`;
  const entries = Object.entries(TOPICS).map(([id, name]) => [id, `${prefix}${name}`]);
  return Object.fromEntries(entries) as TopicMap;
}
