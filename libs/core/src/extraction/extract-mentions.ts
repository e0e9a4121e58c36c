import type { EventMention, UniqueArticle } from '@sijill/contracts';
import { chooseAnchor, type AnchorSource, type DateExpression } from '../dates';
import { matchEntities, type Gazetteer } from '../gazetteer';
import { addOpenWorldPeople } from './add-open-world-people';
import { buildFrames } from './build-frames';
import { compareDays, dayOf } from './day-math';
import type { EventFrame, FramePlace } from './event-frame';
import { findActors, type Actor, type CounterpartOwner, type PersonAliases } from './find-actors';
import { findTriggerSentences } from './find-trigger-sentences';
import { settleEvent, type ArticleFacts } from './finalise-event';
import {
  traceActors,
  traceEvent,
  traceSettledRefusal,
  traceTriggers,
  traceUnassigned,
  type ExtractionTrace,
} from './extraction-trace';
import {
  lexiconFor,
  loadDefaultExtractionLexicons,
  type ExtractionLexicons,
} from './load-default-lexicons';
import { dateFromStatement } from './date-from-statement';
import { mergeFrames, type SentenceOutput } from './merge-frames';
import { setMinistersAside } from './minister-party';
import { findArticleDates, readSentence, type SentenceReading } from './read-sentence';
import { refuseSettledDraft } from './refuse-draft';
import { settleDrafts } from './settle-drafts';
import { notSurnameWords, surnameAlias } from './surname-alias';
import { toMentions } from './to-mention';
import { phraseWords } from './tokenise-words';
import { opensDateline } from './opens-dateline';
import { definedOnly } from '@sijill/contracts';

/** Options for `extractMentions`; every field has a default. */
export interface ExtractMentionsOptions {
  /** Trigger and cue lexicons by language; default the ones shipped in `lexicon/`. */
  readonly lexicons?: ExtractionLexicons;
  /** The clock's current time (RFC 3339): a publishedAt in a year after next is no anchor. */
  readonly now?: string;
  /** When given, every trigger, actor and event decision is recorded in it (for `--explain`). */
  readonly trace?: ExtractionTrace;
}

// How far back the lead's own date may be and still be the day the article reports as today.
const NEWS_DAY_REACH = 3;
const LEAD_SENTENCES = 2;

// Keyed by the name index, shared by the article-level gazetteers `addOpenWorldPeople` builds.
const shortNames = new WeakMap<Gazetteer['index'], Map<string, readonly string[]>>();

/** A person's one-word names, folded (memoised per gazetteer: it is immutable). */
function shortNamesOf(gazetteer: Gazetteer, personId: string): readonly string[] {
  let byPerson = shortNames.get(gazetteer.index);
  if (byPerson === undefined) {
    byPerson = new Map();
    shortNames.set(gazetteer.index, byPerson);
  }
  const cached = byPerson.get(personId);
  if (cached !== undefined) return cached;
  const person = gazetteer.people.get(personId);
  const words = Object.values(person?.names ?? {})
    .flatMap((list) => (list as readonly string[] | undefined) ?? [])
    .map(phraseWords)
    .filter((w) => w.length === 1)
    .map((w) => w[0] ?? '');
  const unique = [...new Set(words)].filter((w) => w !== '');
  byPerson.set(personId, unique);
  return unique;
}

/** A party a sentence names itself, which a later "نظيره" may refer back to. */
const namesSubject = (actor: Actor): boolean =>
  !actor.excluded &&
  !actor.negated &&
  (actor.source === 'name' || actor.source === 'alias' || actor.source === 'role');

/**
 * Short names (one word) of the people an article names, so a later "شي" is Xi, and the
 * surnames of the names it writes in full ("جون كيري" … "كيري"); a word two people share is
 * nobody's alias.
 */
function buildAliases(
  readings: readonly SentenceReading[],
  title: string | undefined,
  gazetteer: Gazetteer,
  anchor: string | undefined,
  commonWords: ReadonlySet<string>,
): PersonAliases {
  const ids = new Set<string>();
  for (const reading of readings)
    for (const e of reading.entities) if (e.match.kind === 'person') ids.add(e.match.id);
  if (title !== undefined)
    for (const m of matchEntities(gazetteer, title, definedOnly({ date: anchor })))
      if (m.kind === 'person') ids.add(m.id);
  const owners = new Map<string, Set<string>>();
  const own = (word: string, id: string): void => {
    const set = owners.get(word) ?? new Set<string>();
    set.add(id);
    owners.set(word, set);
  };
  for (const id of [...ids].sort()) for (const word of shortNamesOf(gazetteer, id)) own(word, id);
  const titleWords = new Set([
    ...gazetteer.lexicon.personCues,
    ...gazetteer.lexicon.titlesByFirstWord.keys(),
  ]);
  for (const reading of readings)
    for (const e of reading.entities) {
      const surname = surnameAlias(e, reading.words, titleWords, commonWords);
      if (surname !== undefined) own(surname, e.match.id);
    }
  const aliases = new Map<string, string>();
  for (const [word, set] of owners) {
    const [only] = [...set];
    if (set.size === 1 && only !== undefined) aliases.set(word, only);
  }
  return aliases;
}

/** The day the lead reports as today: its own day date when recent, else the publication day. */
function newsDayOf(
  readings: readonly SentenceReading[],
  publishedDay: string | undefined,
): string | undefined {
  for (const reading of readings.slice(0, LEAD_SENTENCES)) {
    for (const d of reading.dates) {
      const value = d.expression.value;
      if (value.precision !== 'day' || publishedDay === undefined) continue;
      const gap = compareDays(publishedDay, value.start);
      if (gap >= 0 && gap <= NEWS_DAY_REACH) return value.start;
    }
  }
  return publishedDay;
}

/**
 * The article's dates read against its anchor: publishedAt, unless the URL's edition day or a
 * dateline says the text is older (read once against publishedAt, again only when they differ).
 */
function readArticleDates(
  article: UniqueArticle,
  now: string | undefined,
): {
  anchor: string | undefined;
  dated: { language: string; anchor?: string; anchorSource?: AnchorSource };
  dates: DateExpression[];
  staleSince?: string;
} {
  const published = article.publishedAt;
  const first = {
    language: article.language,
    ...definedOnly({
      anchor: published,
      anchorSource: published === undefined ? undefined : ('published-at' as const),
    }),
  };
  const firstDates = findArticleDates(article.text, first);
  const chosen = chooseAnchor({
    text: article.text,
    language: article.language,
    dates: firstDates,
    ...definedOnly({ publishedAt: published, url: article.url, now }),
  });
  if (chosen?.value === published && chosen !== undefined)
    return {
      anchor: published,
      dated: first,
      dates: firstDates,
      ...definedOnly({ staleSince: chosen.staleSince }),
    };
  const dated = {
    language: article.language,
    ...definedOnly({ anchor: chosen?.value, anchorSource: chosen?.source }),
  };
  return { anchor: chosen?.value, dated, dates: findArticleDates(article.text, dated) };
}

// Sentences from the top where a dateline may open the lede (after a title and an agency line).
const DATELINE_SENTENCES = 3;

/** "MOSCOW —", "BEIJING, Nov 9 (Reuters) -", "جدة - واس": a place opening the lede before a dash. */
function datelineOf(
  readings: readonly SentenceReading[],
  text: string,
  gazetteer: Gazetteer,
): FramePlace | undefined {
  // A repeated title or an agency line may come before the lede's own dateline.
  for (const [index, reading] of readings.slice(0, DATELINE_SENTENCES).entries()) {
    const opening = reading.entities.find((e) => e.first === 0 && e.match.kind === 'place');
    if (opening === undefined) continue;
    // Read on past the sentence: "РИО-ДЕ-ЖАНЕЙРО, 21 февраля. /ТАСС/." ends a sentence at its date.
    if (!opensDateline(text.slice(opening.end))) continue;
    const place = gazetteer.places.get(opening.match.id);
    if (place === undefined) continue;
    return { country: place.country, placeId: place.id, how: 'named', sentence: index, word: 0 };
  }
  return undefined;
}

function firstDay(reading: SentenceReading): string | undefined {
  const date = reading.dates.find((d) => d.expression.value.precision === 'day');
  return date === undefined ? undefined : dayOf(date.expression.value.start);
}

/**
 * "القمة", "the first summit in this format": when every summit the article names with an
 * organisation names the same one, a summit it refers to by a definite noun is of that one too.
 */
function inheritOrganisation(events: readonly EventFrame[]): EventFrame[] {
  const named = new Set(
    events
      .filter((e) => e.type === 'summit' && e.organisation !== undefined)
      .map((e) => e.organisation),
  );
  const [only] = [...named];
  if (named.size !== 1 || only === undefined) return [...events];
  return events.map((e) =>
    e.type === 'summit' && e.organisation === undefined && e.definite
      ? { ...e, organisation: only }
      : e,
  );
}

/**
 * Extracts the diplomatic events one article reports: one mention per event, with type,
 * lifecycle, date, place, participants (sides at visits), organisation, agreements, evidence
 * sentences (offsets into `article.text`), a confidence and the article's provenance. Pure and
 * deterministic: the same article and gazetteer always give the same mentions in the same order
 * with the same ids. Sentences are read with the language's lexicon (triggers and cues as data),
 * the gazetteer and the dates module; frames are merged per article, then settled (dates, office
 * holders, places, sides) and checked (state actors, enough parties, a date).
 */
export function extractMentions(
  article: UniqueArticle,
  articleGazetteer: Gazetteer,
  options: ExtractMentionsOptions = {},
): EventMention[] {
  const lexicons = options.lexicons ?? loadDefaultExtractionLexicons();
  const lexicon = lexiconFor(lexicons, article.language, article.text);
  if (lexicon === undefined) return [];
  // Every event opens on a trigger: without one the article is read no further (no regex runs).
  if (
    options.trace === undefined &&
    findTriggerSentences(article.text, article.sentences, lexicon).length === 0
  )
    return [];
  const { anchor, dated, dates, staleSince } = readArticleDates(article, options.now);
  const publishedDay = anchor === undefined ? undefined : dayOf(anchor);
  const context = { ...dated, gazetteer: articleGazetteer, lexicon, dates };
  const read = article.sentences.map((span, index) =>
    readSentence(index, article.text.slice(span.start, span.end), span.start, context),
  );
  const dayOfReading = (reading: SentenceReading): string =>
    firstDay(reading) ?? publishedDay ?? '';
  const people = addOpenWorldPeople(read, articleGazetteer, article.language, dayOfReading);
  const readings = people.readings;
  const gazetteer = people.gazetteer;
  const aliases = buildAliases(
    readings,
    article.title,
    gazetteer,
    anchor,
    notSurnameWords(lexicon),
  );
  let subject: { owner: CounterpartOwner; sentence: number } | undefined;
  let previous: { sentence: number; frames: readonly EventFrame[] } | undefined;
  const outputs: SentenceOutput[] = readings.map((reading) => {
    const day = dayOfReading(reading);
    const owner =
      subject !== undefined && reading.index - subject.sentence <= reading.reaches.counterpartOwner
        ? subject.owner
        : undefined;
    const actors = setMinistersAside(
      findActors(reading, gazetteer, aliases, day, owner),
      gazetteer,
      day,
      reading.index,
    );
    const first = actors.find(namesSubject);
    if (first !== undefined)
      subject = { owner: { personId: first.personId }, sentence: reading.index };
    if (options.trace !== undefined) {
      traceTriggers(options.trace, reading);
      traceActors(options.trace, reading, actors, gazetteer);
    }
    const built = buildFrames(reading, actors, gazetteer, anchor);
    const before = previous?.sentence === reading.index - 1 ? previous.frames : [];
    for (const frame of built.frames) {
      const date = dateFromStatement(reading, frame, before);
      if (date !== undefined) frame.date = date;
    }
    previous = { sentence: reading.index, frames: built.frames };
    if (options.trace !== undefined)
      traceUnassigned(options.trace, reading, actors, built.frames, gazetteer);
    return { sentence: reading.index, ...built };
  });
  const events = inheritOrganisation(
    mergeFrames(outputs, publishedDay, lexicon.reaches.talksSentences),
  );
  const dateline = datelineOf(readings, article.text, gazetteer);
  const newsDay = newsDayOf(readings, publishedDay);
  const facts: ArticleFacts = {
    gazetteer,
    ...definedOnly({ publishedDay, newsDay, dateline, staleSince }),
  };
  const drafts = settleDrafts(
    events.flatMap((event) => {
      const settled = settleEvent(event, facts);
      if (options.trace !== undefined) traceEvent(options.trace, event, settled, gazetteer);
      return settled.drafts;
    }),
  ).filter((draft) => {
    const refusedBy = refuseSettledDraft(draft, facts);
    if (refusedBy !== undefined && options.trace !== undefined)
      traceSettledRefusal(options.trace, draft, refusedBy);
    return refusedBy === undefined;
  });
  const mentions = toMentions(drafts, article, readings, gazetteer);
  if (options.trace !== undefined)
    for (const m of mentions)
      options.trace.steps.push({
        what: 'mention',
        sentences: [],
        text: `${m.type} ${m.lifecycle} ${m.date.start} ${m.location?.country ?? '-'} ${m.participants.map((p) => p.name).join(', ')}`,
        outcome: 'kept',
        rule: 'mention',
      });
  return mentions;
}
