import { createHash } from 'node:crypto';
import type { EventMention, UniqueArticle } from '@sijill/contracts';
import type { Gazetteer } from '../gazetteer';
import { coveredDays } from './day-math';
import type { MentionDraft } from './finalise-event';
import { toParticipant } from './person-facts';
import type { SentenceReading } from './read-sentence';
import { definedOnly } from '@sijill/contracts';

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Confidence from the strength of the cues: a strong trigger, an explicit place, an own date of
 * day precision, more evidence and an organisation raise it; background reports and dates taken
 * from the article rather than the sentence lower it.
 */
export function scoreConfidence(draft: MentionDraft): number {
  const event = draft.event;
  let score = 0.45;
  if (!event.weak && event.strongTriggers > 0) score += 0.15;
  if (draft.location !== undefined && !draft.location.inferred) score += 0.1;
  if (!draft.dateFromFallback && draft.date.precision === 'day') score += 0.1;
  score += Math.min(0.1, 0.05 * (draft.sentences.length - 1));
  if (draft.type === 'summit' && draft.organisation !== undefined) score += 0.05;
  if (event.background) score -= 0.15;
  if (draft.dateFromFallback) score -= 0.1;
  if (draft.date.precision !== 'day') score -= 0.1;
  return round(Math.min(0.95, Math.max(0.05, score)));
}

/** The stable id of a mention: a hash of the article id and the event's identifying facts. */
export function deriveMentionId(articleId: string, key: readonly string[]): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([articleId, ...key]), 'utf8')
    .digest('hex');
  return `m-${digest.slice(0, 24)}`;
}

function identityKey(draft: MentionDraft): string[] {
  return [
    draft.type,
    draft.date.start,
    draft.location?.country ?? '',
    draft.organisation ?? '',
    ...draft.participants.map((p) => p.personId).sort(),
  ];
}

/** Turns settled drafts into mentions: participants, place, organisation, evidence and provenance. */
export function toMentions(
  drafts: readonly MentionDraft[],
  article: UniqueArticle,
  readings: readonly SentenceReading[],
  gazetteer: Gazetteer,
): EventMention[] {
  const seen = new Map<string, number>();
  const mentions = drafts.map((draft): EventMention => {
    const day = coveredDays(draft.date.start).first;
    const key = identityKey(draft);
    const base = key.join('|');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const place =
      draft.location?.placeId === undefined
        ? undefined
        : gazetteer.places.get(draft.location.placeId);
    const organisation =
      draft.organisation === undefined
        ? undefined
        : gazetteer.organisations.get(draft.organisation);
    const participants = draft.participants
      .map((p) => toParticipant(gazetteer, p.personId, day, p.side))
      .filter((p): p is NonNullable<typeof p> => p !== undefined);
    const evidence = draft.sentences
      .map((index) => readings[index])
      .filter((r): r is SentenceReading => r !== undefined)
      .map((r) => ({ text: r.text, start: r.start, end: r.end }));
    return {
      mentionId: deriveMentionId(article.articleId, count === 0 ? key : [...key, String(count)]),
      articleId: article.articleId,
      gazetteerVersion: gazetteer.version,
      type: draft.type,
      lifecycle: draft.lifecycle,
      date: {
        start: draft.date.start,
        ...definedOnly({ end: draft.date.end }),
        precision: draft.date.precision,
        ...definedOnly({
          raw: draft.date.raw,
          anchor: draft.date.anchor,
          anchorSource: draft.date.anchorSource,
        }),
        rule: draft.date.rule,
      },
      ...definedOnly({
        location:
          draft.location === undefined
            ? undefined
            : {
                ...definedOnly({ city: place?.name }),
                country: draft.location.country,
                ...definedOnly({ wikidata: place?.wikidata }),
                ...(draft.location.inferred ? { inferred: true } : {}),
              },
      }),
      participants,
      ...definedOnly({
        organisation:
          organisation === undefined
            ? undefined
            : {
                name: organisation.name,
                ...definedOnly({ acronym: organisation.acronym, wikidata: organisation.wikidata }),
              },
      }),
      agreements: draft.agreements.map((title) => ({ title, language: article.language })),
      evidence,
      confidence: scoreConfidence(draft),
      article: {
        ...definedOnly({
          url: article.url,
          source: article.sourceName,
          publishedAt: article.publishedAt,
        }),
        language: article.language,
        ...definedOnly({ derivedFrom: article.derivedFrom }),
      },
    };
  });
  return mentions.sort(
    (a, b) =>
      (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0) ||
      (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
      (a.mentionId < b.mentionId ? -1 : 1),
  );
}
