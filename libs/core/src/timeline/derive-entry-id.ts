import { createHash } from 'node:crypto';
import type { EventMention } from '@sijill/contracts';
import { profileMention } from './profile-mention';

/** The entry id a mention gives the entry it anchors: `ev-` and 20 hex digits of its sha256. */
export function entryIdOf(mentionId: string): string {
  return `ev-${createHash('sha256').update(mentionId, 'utf8').digest('hex').slice(0, 20)}`;
}

/**
 * The mention that names an entry: the earliest published (then the smallest mention id). A
 * function of the members alone, so any arrival order names the entry alike; and since articles
 * mostly arrive in publication order, later reports rarely rename an entry. When they do (an
 * earlier report arrives late, or two entries merge), the old id is published as merged into
 * the new one.
 */
export function anchorOf(cluster: readonly EventMention[]): EventMention {
  let anchor: EventMention | undefined;
  for (const mention of cluster) {
    if (anchor === undefined || anchorsBefore(mention, anchor)) anchor = mention;
  }
  if (anchor === undefined) throw new RangeError('An empty cluster has no anchor.');
  return anchor;
}

function anchorsBefore(a: EventMention, b: EventMention): boolean {
  const [ta, tb] = [profileMention(a).publishedAtMs, profileMention(b).publishedAtMs];
  return ta !== tb ? ta < tb : a.mentionId < b.mentionId;
}

/** The id of the entry a cluster of mentions forms. */
export function entryIdOfCluster(cluster: readonly EventMention[]): string {
  return entryIdOf(anchorOf(cluster).mentionId);
}
