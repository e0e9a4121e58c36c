import { loadConfig } from '@sijill/config';
import type { EventMention, TimelineEntry } from '@sijill/contracts';
import { extractMentions, ProcessArticlesUseCase, type Gazetteer } from '@sijill/core';
import type { CorpusArticle } from '../fixtures/real-sample/read-corpus';
import type { LabelledEncounter } from '../fixtures/real-sample/real-sample.schema';
import { labelledWhenAndWhere, toUniqueArticle, type LabelledEvent } from './report-extraction';
import {
  matchGreedily,
  nameKey,
  overlappingStarts,
  phraseKey,
  sharesOrganisation,
  surname,
  precisionRecall,
  type PrecisionRecall,
} from './gold-matching';

/** One labelled encounter of one sampled article: a labelled event (an uncertain label is not
 * `required`: it may be matched, but missing it costs no recall) and the article it is from. */
export interface GoldEncounter extends LabelledEvent {
  readonly articleId: string;
}

/** What a mention and a timeline entry have in common, all the matching looks at. */
export type Candidate = Pick<
  TimelineEntry,
  'type' | 'location' | 'participants' | 'organisation'
> & {
  readonly date: TimelineEntry['date'];
};

/** A labelled encounter seen from one article: its labels in that article. */
export function toGoldEncounters(
  articleId: string,
  events: readonly LabelledEncounter[],
): GoldEncounter[] {
  return events.map((e, i) => ({
    articleId,
    label: `${articleId}#${i} ${e.type} ${e.participants.map((p) => p.name).join(', ')}`,
    type: e.type,
    ...labelledWhenAndWhere(e),
    participants: e.participants.map((p) => p.name),
    required: e.uncertain !== true,
  }));
}

const REGNAL = /^(\p{L}+)(?: [IVX]+)? of /u;
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'de',
  'da',
  'del',
  'van',
  'von',
  'le',
]);
/** The last two name tokens that are not particles: both parts of a double surname. */
const lastNames = (s: string): string[] =>
  nameKey(s)
    .filter((t) => !PARTICLES.has(t))
    .slice(-2);

/**
 * Two spellings of one person: the same surname, as score-timeline.mjs compares them, or one
 * spelling's surname among the other's two last names ("Bruno Rodríguez" and "Bruno Rodríguez
 * Parrilla"); or, for a label with a regnal name as Wikipedia titles it ("Salman of Saudi
 * Arabia"), the same given name at the start of the other spelling ("Salman bin Abdulaziz Al Saud").
 */
export function sameParticipant(candidate: string, gold: string): boolean {
  if (surname(candidate) === surname(gold)) return true;
  if (lastNames(gold).includes(surname(candidate)) || lastNames(candidate).includes(surname(gold)))
    return true;
  const regnal = REGNAL.exec(gold)?.[1];
  return regnal !== undefined && nameKey(candidate)[0] === nameKey(regnal)[0];
}

/**
 * Whether a mention or an entry reports a labelled encounter, and how well: the rule of
 * ../shared/tools/score-timeline.mjs. Required: dates overlapping within the label's precision
 * (a day, a month, a year); the label's country when it has one; a participant (see
 * `sameParticipant`) or the organisation in common. Score: shared participants over all
 * participants, +0.5 for the organisation,
 * +0.5 for the type, +0.5 for the same start day, +0.25 for the label's city. One difference: a
 * candidate dated to a month or a year covers that whole span (the script reads it as no date).
 */
export function compareToGold(candidate: Candidate, gold: GoldEncounter): number | undefined {
  const starts = overlappingStarts(candidate.date, gold);
  if (starts === undefined) return undefined;
  if (gold.country !== undefined && candidate.location?.country !== gold.country) return undefined;
  const names = candidate.participants.map((p) => p.name);
  const shared = gold.participants.filter((g) => names.some((n) => sameParticipant(n, g))).length;
  const sharedOrg = sharesOrganisation(candidate.organisation, gold.organisation);
  if (shared === 0 && !sharedOrg) return undefined;
  let score = shared / (names.length + gold.participants.length - shared || 1);
  if (sharedOrg) score += 0.5;
  if (candidate.type === gold.type) score += 0.5;
  if (starts.candidate === starts.label) score += 0.5;
  const city = candidate.location?.city;
  if (gold.city !== undefined && city !== undefined && phraseKey(city) === phraseKey(gold.city))
    score += 0.25;
  return score;
}

/** Greedy one-to-one matching, best pairs first: the index pairs (candidate, gold). */
export function matchCandidates(
  candidates: readonly Candidate[],
  golds: readonly GoldEncounter[],
): { candidate: number; gold: number }[] {
  return matchGreedily(candidates.length, golds.length, (c, g) => {
    const candidate = candidates[c];
    const gold = golds[g];
    return candidate === undefined || gold === undefined
      ? undefined
      : compareToGold(candidate, gold);
  }).map(({ candidate, label }) => ({ candidate, gold: label }));
}

/** What went wrong for one article: labels nothing reports, and candidates no label explains. */
export interface ArticleMisses<C extends Candidate> {
  readonly id: string;
  readonly missed: readonly GoldEncounter[];
  readonly falseCandidates: readonly C[];
}

/** Precision and recall over the sample, with the articles that have a miss or a false one. */
export interface SampleScore<C extends Candidate> extends PrecisionRecall {
  readonly articles: readonly ArticleMisses<C>[];
}

/** Mentions scored article by article against that article's labels. */
export function scoreMentions(
  articles: readonly {
    readonly id: string;
    readonly mentions: readonly EventMention[];
    readonly expected: readonly GoldEncounter[];
  }[],
): SampleScore<EventMention> {
  let predicted = 0;
  let matchedPredicted = 0;
  let required = 0;
  let matchedRequired = 0;
  const misses: ArticleMisses<EventMention>[] = [];
  for (const article of articles) {
    const matches = matchCandidates(article.mentions, article.expected);
    const matchedGold = new Set(matches.map((m) => m.gold));
    const matchedMentions = new Set(matches.map((m) => m.candidate));
    predicted += article.mentions.length;
    matchedPredicted += matches.length;
    required += article.expected.filter((e) => e.required).length;
    matchedRequired += article.expected.filter((e, i) => e.required && matchedGold.has(i)).length;
    const missed = article.expected.filter((e, i) => e.required && !matchedGold.has(i));
    const falseCandidates = article.mentions.filter((_, i) => !matchedMentions.has(i));
    if (missed.length > 0 || falseCandidates.length > 0)
      misses.push({ id: article.id, missed, falseCandidates });
  }
  return {
    ...precisionRecall({ predicted, matchedPredicted, required, matchedRequired }),
    articles: misses,
  };
}

/**
 * The labelled encounters as timeline events: labels of the same encounter in several articles
 * (same type, date, place and participants) are one event, reported by all of them.
 */
export function goldTimelineEvents(
  golds: readonly GoldEncounter[],
): { event: GoldEncounter; articleIds: string[] }[] {
  const byKey = new Map<string, { event: GoldEncounter; articleIds: string[] }>();
  for (const gold of golds) {
    const key = [
      gold.type,
      gold.date,
      gold.country ?? '',
      [...gold.participants].map(phraseKey).sort().join('|'),
    ].join('/');
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, { event: gold, articleIds: [gold.articleId] });
    else {
      known.articleIds.push(gold.articleId);
      if (gold.required && !known.event.required) known.event = gold;
    }
  }
  return [...byKey.values()];
}

/**
 * Active timeline entries scored against the labelled encounters of the whole sample, one to
 * one as score-timeline.mjs does; a false entry is listed under the articles it cites.
 */
export function scoreEntries(
  entries: readonly TimelineEntry[],
  golds: readonly GoldEncounter[],
): SampleScore<TimelineEntry> {
  const active = entries.filter((e) => e.status === 'active');
  const events = goldTimelineEvents(golds);
  const matches = matchCandidates(
    active,
    events.map((e) => e.event),
  );
  const matchedGold = new Set(matches.map((m) => m.gold));
  const matchedEntries = new Set(matches.map((m) => m.candidate));
  const byArticle = new Map<
    string,
    { missed: GoldEncounter[]; falseCandidates: TimelineEntry[] }
  >();
  const at = (id: string) => {
    const known = byArticle.get(id);
    if (known !== undefined) return known;
    const fresh = { missed: [] as GoldEncounter[], falseCandidates: [] as TimelineEntry[] };
    byArticle.set(id, fresh);
    return fresh;
  };
  events.forEach((e, i) => {
    if (e.event.required && !matchedGold.has(i))
      for (const id of e.articleIds) at(id).missed.push(e.event);
  });
  active.forEach((entry, i) => {
    if (!matchedEntries.has(i))
      for (const source of entry.sources) at(source.articleId).falseCandidates.push(entry);
  });
  const required = events.filter((e) => e.event.required).length;
  const matchedRequired = events.filter((e, i) => e.event.required && matchedGold.has(i)).length;
  return {
    ...precisionRecall({
      predicted: active.length,
      matchedPredicted: matches.length,
      required,
      matchedRequired,
    }),
    articles: [...byArticle.entries()]
      .map(([id, misses]) => ({ id, ...misses }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Extraction alone on each article, normalised as the ingestor does. */
export function extractSampleMentions(
  articles: readonly CorpusArticle[],
  gazetteer: Gazetteer,
): Map<string, EventMention[]> {
  return new Map(articles.map((raw) => [raw.id, extractMentions(toUniqueArticle(raw), gazetteer)]));
}

/** The offline pipeline (intake, normalisation, wire copies, extraction, merge) on the articles. */
export async function buildSampleTimeline(
  articles: readonly CorpusArticle[],
  gazetteer: Gazetteer,
  now: Date,
): Promise<TimelineEntry[]> {
  const config = loadConfig({}, { name: 'report', httpPort: 0 });
  const pipeline = new ProcessArticlesUseCase(gazetteer, {
    limits: { maxBodyBytes: config.intake.maxBodyBytes },
    dedupTtlSeconds: config.intake.dedupTtlSeconds,
    nearDuplicateThreshold: config.intake.nearDuplicateThreshold,
    maxExtractedChars: config.extraction.maxChars,
    now: () => now,
  });
  const encoder = new TextEncoder();
  for (const raw of articles)
    await pipeline.add({ label: raw.id, value: encoder.encode(JSON.stringify(raw)) });
  return [...pipeline.timeline().events];
}
