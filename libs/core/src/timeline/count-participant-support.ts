import type { EventMention } from '@sijill/contracts';
import { personKey } from './profile-mention';

// A person at least this share of an entry's people-naming reports name is one of its participants.
export const PARTICIPANT_SHARE = 1 / 5;
// Or named by this many reports: three outlets rarely misread one encounter alike.
export const PARTICIPANT_REPORTS = 3;

/**
 * The people an entry's reports support as its participants (person keys): those named by at least
 * a fifth of the reports that name anyone, or by three of them. One report's misreading (the King
 * named in one of 23 reports of his son's Cairo visit, the Arab League's head in one) never adds
 * a principal to an entry many outlets report; an entry of five reports or fewer keeps everyone it
 * names. Each article counts once, whatever order its mentions came in.
 */
export function supportedPeople(cluster: readonly EventMention[]): Set<string> {
  const articlesOf = new Map<string, Set<string>>();
  const naming = new Set<string>();
  for (const mention of cluster) {
    for (const participant of mention.participants) {
      const key = personKey(participant);
      const articles = articlesOf.get(key) ?? new Set<string>();
      articles.add(mention.articleId);
      articlesOf.set(key, articles);
      naming.add(mention.articleId);
    }
  }
  const supported = new Set<string>();
  for (const [key, articles] of articlesOf) {
    if (articles.size >= PARTICIPANT_REPORTS || articles.size >= naming.size * PARTICIPANT_SHARE)
      supported.add(key);
  }
  return supported;
}
