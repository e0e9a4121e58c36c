import { EVENT_TYPES, type EventMention, type TimelineEntry, definedOnly } from '@sijill/contracts';
import { assignCodes } from './assign-codes';
import { composeTitle, type TitledParticipant } from './compose-title';
import { mostCommon, stableStringify, votesOf } from './count-votes';
import { countSources } from './count-sources';
import { supportedPeople } from './count-participant-support';
import { entryIdOfCluster } from './derive-entry-id';
import { foldKey } from '../normalise';
import { personKey, profileMention, sameOrganisation } from './profile-mention';

/** Article ids of the wire copies recorded for each original article id. */
export type CopiesByArticle = ReadonlyMap<string, ReadonlySet<string>>;

/** An entry without its publication bookkeeping: what decides whether it changed. */
export type EntryContent = Omit<TimelineEntry, 'revision' | 'firstSeenAt' | 'updatedAt'>;

type Participant = TimelineEntry['participants'][number];
type Source = TimelineEntry['sources'][number];

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;
const SIDE_RANK = { visitor: 0, host: 1, none: 2 } as const;

const byArticle = (m: EventMention): string => m.articleId;
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Visit when any report calls it one (the meetings it holds are part of it); else the majority. */
function chooseType(cluster: readonly EventMention[]): EventMention['type'] {
  if (cluster.some((m) => m.type === 'visit')) return 'visit';
  const votes = votesOf(cluster, byArticle, (m) => m.type);
  const counts = EVENT_TYPES.map((type) => votes.filter((v) => v === type).length);
  const best = Math.max(...counts);
  return EVENT_TYPES[counts.indexOf(best)] ?? cluster[0]?.type ?? 'meeting';
}

// Day ranges that only say which week ("الأسبوع الماضي", "this week"), not how long the event was.
const WEEK_WINDOW_RULES: ReadonlySet<string> = new Set(['relative-week']);

/**
 * Whether a mention's date only places the event within a week: such a range is a window of
 * doubt, so it neither votes for its first day nor widens a day that other reports give.
 */
export function onlyNamesTheWeek(mention: EventMention): boolean {
  return WEEK_WINDOW_RULES.has(mention.date.rule) && mention.date.end !== undefined;
}

/**
 * Among the dates reports state (guessed ones only when none is stated), the finest precision;
 * at it, the day (month, year) most reports start on (ties: the earliest), widened by the
 * reported ranges that contain it. A week window counts only when no report gives more.
 */
function chooseDate(cluster: readonly EventMention[]): TimelineEntry['date'] {
  const readable = cluster.filter((m) => profileMention(m).window !== undefined);
  // A date an article states outvotes one guessed from its news day.
  const stated = readable.filter((m) => profileMention(m).dateStated);
  const dated = stated.length > 0 ? stated : readable;
  const finest = Math.min(...dated.map((m) => PRECISION_RANK[m.date.precision]));
  const atFinestAll = dated.filter((m) => PRECISION_RANK[m.date.precision] === finest);
  const precise = atFinestAll.filter((m) => !onlyNamesTheWeek(m));
  const atFinest = precise.length > 0 ? precise : atFinestAll;
  const precision = atFinest[0]?.date.precision ?? 'day';
  const starts = votesOf(atFinest, byArticle, (m) => m.date.start);
  const counts = new Map<string, number>();
  for (const start of starts) counts.set(start, (counts.get(start) ?? 0) + 1);
  const best = Math.max(...counts.values());
  const anchor = [...counts]
    .filter(([, n]) => n === best)
    .map(([s]) => s)
    .sort(compareText)[0];
  const endOf = (m: EventMention): string => {
    const end = m.date.end;
    return end !== undefined && end.length === m.date.start.length && end > m.date.start
      ? end
      : m.date.start;
  };
  const around = atFinest.filter(
    (m) => anchor !== undefined && m.date.start <= anchor && anchor <= endOf(m),
  );
  const start = around.map((m) => m.date.start).sort(compareText)[0] ?? anchor ?? '';
  const end = around.map(endOf).sort(compareText).at(-1) ?? start;
  return { start, ...(end > start ? { end } : {}), precision };
}

/** Explicit places outvote inferred ones; the city only when most reports naming one agree. */
function chooseLocation(cluster: readonly EventMention[]): TimelineEntry['location'] {
  const located = cluster.filter((m) => m.location !== undefined);
  const explicit = located.filter((m) => m.location?.inferred !== true);
  const pool = explicit.length > 0 ? explicit : located;
  const country = mostCommon(votesOf(pool, byArticle, (m) => m.location?.country));
  if (country === undefined) return undefined;
  const inCountry = pool.filter((m) => m.location?.country === country);
  const cityVotes = votesOf(inCountry, byArticle, (m) =>
    m.location?.city === undefined ? undefined : foldKey(m.location.city),
  );
  const topCity = mostCommon(cityVotes);
  const agreed =
    topCity !== undefined && cityVotes.filter((c) => c === topCity).length * 2 > cityVotes.length;
  const sameCity = inCountry.filter((m) =>
    agreed
      ? m.location?.city !== undefined && foldKey(m.location.city) === topCity
      : m.location?.city === undefined,
  );
  const city = agreed ? mostCommon(sameCity.map((m) => m.location?.city ?? '')) : undefined;
  const wikidata = mostCommon(sameCity.flatMap((m) => m.location?.wikidata ?? []));
  return {
    ...definedOnly({ city }),
    country,
    ...definedOnly({ wikidata }),
    ...(explicit.length === 0 ? { inferred: true } : {}),
  };
}

function chooseOrganisation(cluster: readonly EventMention[]): TimelineEntry['organisation'] {
  const organisations = cluster.flatMap((m) => m.organisation ?? []);
  const name = mostCommon(organisations.map((o) => o.name));
  const representative = organisations.find((o) => o.name === name);
  if (representative === undefined) return undefined;
  const same = organisations.filter((o) => sameOrganisation(o, representative));
  const acronym = mostCommon(same.flatMap((o) => o.acronym ?? []));
  const wikidata = mostCommon(same.flatMap((o) => o.wikidata ?? []));
  return {
    name: representative.name,
    ...definedOnly({ acronym, wikidata }),
  };
}

/**
 * Everyone enough reports name (`supportedPeople`), once each, with the most common spelling of
 * each field.
 */
function gatherParticipants(cluster: readonly EventMention[]): TitledParticipant[] {
  const supported = supportedPeople(cluster);
  const byPerson = new Map<string, EventMention['participants']>();
  for (const mention of cluster) {
    for (const participant of mention.participants) {
      const key = personKey(participant);
      if (!supported.has(key)) continue;
      byPerson.set(key, [...(byPerson.get(key) ?? []), participant]);
    }
  }
  const gathered = [...byPerson.values()].map((reports): TitledParticipant => {
    const pick = (field: 'wikidata' | 'country' | 'role'): string | undefined =>
      mostCommon(reports.flatMap((p) => p[field] ?? []));
    const languages = [...new Set(reports.flatMap((p) => Object.keys(p.names)))].sort(compareText);
    const names: Record<string, string> = {};
    for (const language of languages) {
      const name = mostCommon(reports.flatMap((p) => p.names[language] ?? []));
      if (name !== undefined) names[language] = name;
    }
    const [wikidata, country, role] = [pick('wikidata'), pick('country'), pick('role')];
    const participant: Participant = {
      name: mostCommon(reports.map((p) => p.name)) ?? '',
      ...definedOnly({ wikidata, country, role }),
      names,
    };
    const side = mostCommon(reports.flatMap((p) => p.side ?? []));
    return side === 'visitor' || side === 'host' ? { participant, side } : { participant };
  });
  return sortBySide(gathered);
}

function sortBySide(participants: readonly TitledParticipant[]): TitledParticipant[] {
  return [...participants].sort(
    (a, b) =>
      SIDE_RANK[a.side ?? 'none'] - SIDE_RANK[b.side ?? 'none'] ||
      compareText(a.participant.name, b.participant.name),
  );
}

/**
 * Sides no report stated, from countries: someone from the place's country hosts; when no report
 * names a visitor, someone from elsewhere is one (a delegation member of a named visitor is not).
 */
function deriveSides(
  participants: readonly TitledParticipant[],
  location: TimelineEntry['location'],
): TitledParticipant[] {
  if (location === undefined) return [...participants];
  const visitorNamed = participants.some((p) => p.side === 'visitor');
  return sortBySide(
    participants.map((p): TitledParticipant => {
      const country = p.participant.country;
      if (p.side !== undefined || country === undefined) return p;
      if (country === location.country) return { ...p, side: 'host' };
      return visitorNamed ? p : { ...p, side: 'visitor' };
    }),
  );
}

/** Agreements signed at the encounter, once per normalised title. */
function gatherAgreements(cluster: readonly EventMention[]): TimelineEntry['agreements'] {
  const byTitle = new Map<string, EventMention['agreements']>();
  for (const agreement of cluster.flatMap((m) => m.agreements)) {
    const key = foldKey(agreement.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), agreement]);
  }
  return [...byTitle.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, reports]) => ({
      title: mostCommon(reports.map((a) => a.title)) ?? '',
      language: mostCommon(reports.map((a) => a.language)) ?? '',
    }));
}

/**
 * One source per reporting article, with its evidence, and the wire copies recorded for it. An
 * article that is itself a recorded copy of another source of the entry is listed as that
 * source's copy, not as an independent source.
 */
function gatherSources(cluster: readonly EventMention[], copies: CopiesByArticle): Source[] {
  const articles = [...new Set(cluster.map(byArticle))].sort(compareText);
  // One level of folding: a copy folds under an original that is not itself folded.
  const originalOf = new Map<string, string>();
  for (const copy of articles) {
    const isOriginal = [...originalOf.values()].includes(copy);
    const original = articles.find(
      (o) => o !== copy && !originalOf.has(o) && copies.get(o)?.has(copy) === true,
    );
    if (!isOriginal && original !== undefined) originalOf.set(copy, original);
  }
  const independent = articles.filter((a) => !originalOf.has(a));
  const sources = independent.map((articleId): Source => {
    const reports = cluster.filter((m) => m.articleId === articleId);
    const article = reports[0]?.article ?? { language: 'und' };
    const evidence = new Map<string, Source['evidence'][number]>();
    for (const item of reports.flatMap((m) => m.evidence)) {
      evidence.set(`${item.start}:${item.end}:${item.text}`, item);
    }
    const duplicates = new Set(copies.get(articleId) ?? []);
    for (const [copy, original] of originalOf) if (original === articleId) duplicates.add(copy);
    duplicates.delete(articleId);
    return {
      articleId,
      ...definedOnly({
        url: article.url,
        source: article.source,
        publishedAt: article.publishedAt,
      }),
      language: article.language,
      ...(duplicates.size === 0 ? {} : { duplicates: [...duplicates].sort(compareText) }),
      ...definedOnly({ derivedFrom: article.derivedFrom }),
      evidence: [...evidence.values()].sort(
        (a, b) => a.start - b.start || a.end - b.end || compareText(a.text, b.text),
      ),
    };
  });
  const publishedMs = (s: Source): number => {
    const ms = Date.parse(s.publishedAt ?? '');
    return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
  };
  return sources.sort(
    (a, b) => publishedMs(a) - publishedMs(b) || compareText(a.articleId, b.articleId),
  );
}

/**
 * What a cluster of mentions says about its encounter: a function of the mentions and the copies
 * recorded for their articles alone, so every arrival order yields the same content.
 */
export function composeEntryContent(
  cluster: readonly EventMention[],
  copies: CopiesByArticle,
): EntryContent {
  const sorted = [...cluster].sort((a, b) => compareText(a.mentionId, b.mentionId));
  const type = chooseType(sorted);
  const lifecycle = sorted.some((m) => m.lifecycle === 'occurred') ? 'occurred' : 'announced';
  const location = chooseLocation(sorted);
  const organisation = chooseOrganisation(sorted);
  const titled = deriveSides(gatherParticipants(sorted), location);
  const sources = gatherSources(sorted, copies);
  // Fields in the contract's order, as an entry read back from Kafka or Redis has them.
  const participants = titled.map(({ participant, side }) => {
    if (side === undefined) return participant;
    const { names, ...rest } = participant;
    return { ...rest, side, names };
  });
  return {
    id: entryIdOfCluster(sorted),
    status: 'active',
    type,
    lifecycle,
    date: chooseDate(sorted),
    ...definedOnly({ location }),
    participants,
    ...definedOnly({ organisation }),
    agreements: gatherAgreements(sorted),
    title: composeTitle({
      type,
      lifecycle,
      participants: titled,
      ...definedOnly({ location, organisation }),
    }),
    codes: assignCodes({ type, participants, ...definedOnly({ location }) }),
    sources,
    ...countSources(sources),
  };
}

/** Whether two entries say the same (revision, firstSeenAt and updatedAt aside). */
export function sameEntryContent(a: EntryContent, b: EntryContent): boolean {
  return stableStringify(contentOf(a)) === stableStringify(contentOf(b));
}

function contentOf(entry: EntryContent): EntryContent {
  const { revision: _r, firstSeenAt: _f, updatedAt: _u, ...content } = entry as TimelineEntry;
  return content;
}

/**
 * The entry a cluster forms, against what was last published under its id: unchanged content
 * returns the previous entry as it was; otherwise the revision goes up by one and updatedAt is
 * `now`. firstSeenAt is kept from before (or is `now` for a new entry).
 */
export function buildEntry(
  cluster: readonly EventMention[],
  copies: CopiesByArticle,
  previous: TimelineEntry | undefined,
  now: string,
): TimelineEntry {
  const content = composeEntryContent(cluster, copies);
  if (previous !== undefined && sameEntryContent(previous, content)) return previous;
  const { id, ...rest } = content;
  return {
    id,
    revision: (previous?.revision ?? 0) + 1,
    ...rest,
    firstSeenAt: previous?.firstSeenAt ?? now,
    updatedAt: now,
  };
}
