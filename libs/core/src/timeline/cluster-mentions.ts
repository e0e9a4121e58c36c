import type { EventMention } from '@sijill/contracts';
import { fileBlocksOf, queryBlocksOf } from './assign-date-blocks';
import { compareMentions, type MentionPairVerdict } from './compare-mentions';

interface Link {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

function byMentionId(a: EventMention, b: EventMention): number {
  return a.mentionId < b.mentionId ? -1 : a.mentionId > b.mentionId ? 1 : 0;
}

/**
 * Groups mentions into encounters, as a function of the set alone (never of arrival order).
 * Compatible pairs are links; links are taken strongest first (ties by mention ids) and join two
 * groups unless some pair across them conflicts. So one mention can tie two groups together
 * (a bridge), but a chain of links never joins two mentions that contradict each other.
 * Mentions whose date cannot be read join no group. Groups and their members are sorted by
 * mention id; a repeated mention id counts once.
 */
export function clusterMentions(mentions: readonly EventMention[]): EventMention[][] {
  const byId = new Map<string, EventMention>();
  for (const mention of mentions) byId.set(mention.mentionId, mention);
  const sorted = [...byId.values()].sort(byMentionId);
  const dated = sorted.filter((mention) => fileBlocksOf(mention).length > 0);

  const filed = new Map<string, number[]>();
  dated.forEach((mention, index) => {
    for (const block of fileBlocksOf(mention))
      filed.set(block, [...(filed.get(block) ?? []), index]);
  });
  const verdicts = new Map<number, MentionPairVerdict>();
  const verdict = (i: number, j: number): MentionPairVerdict => {
    const [lo, hi] = i < j ? [i, j] : [j, i];
    const key = lo * dated.length + hi;
    let found = verdicts.get(key);
    if (found === undefined) {
      found = compareMentions(dated[lo]!, dated[hi]!);
      verdicts.set(key, found);
    }
    return found;
  };

  const links: Link[] = [];
  dated.forEach((mention, i) => {
    const candidates = new Set(queryBlocksOf(mention).flatMap((block) => filed.get(block) ?? []));
    for (const j of candidates) {
      if (j <= i) continue;
      const found = verdict(i, j);
      if (found.compatible) links.push({ a: i, b: j, score: found.score });
    }
  });
  links.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const groupOf = dated.map((_, index) => index);
  const members = dated.map((_, index) => [index]);
  for (const { a, b } of links) {
    const [ga, gb] = [groupOf[a]!, groupOf[b]!];
    if (ga === gb) continue;
    const left = members[ga]!;
    const right = members[gb]!;
    if (left.some((i) => right.some((j) => verdict(i, j).conflicting))) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    const joined = [...left, ...right].sort((x, y) => x - y);
    members[keep] = joined;
    members[drop] = [];
    for (const index of joined) groupOf[index] = keep;
  }
  return members
    .filter((group) => group.length > 0)
    .map((group) => group.map((index) => dated[index]!));
}
