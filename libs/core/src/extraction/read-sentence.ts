import { findSplitTriggers } from './find-split-triggers';
import type { EntityRef } from './entity-ref';
import { findDateExpressions, type AnchorSource, type DateExpression } from '../dates';
import { matchEntities, type Gazetteer } from '../gazetteer';
import type { ExtractionLexicon } from './compile-lexicon';
import type { CueKind, LexiconReaches } from './extraction-lexicon.schema';
import { findPhrases, type PhraseHit } from './find-phrases';
import { tokeniseWords, type Word } from './tokenise-words';
import { definedOnly } from '@sijill/contracts';

export type { EntityRef } from './entity-ref';

/** A date expression placed on the sentence's words. */
export interface DateRef {
  readonly expression: DateExpression;
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
}

/** Everything extraction reads off one sentence; offsets are into the article's display text. */
export interface SentenceReading {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: readonly Word[];
  readonly hits: readonly PhraseHit[];
  readonly entities: readonly EntityRef[];
  readonly dates: readonly DateRef[];
  /** The language's rule distances (from its lexicon). */
  readonly reaches: LexiconReaches;
}

/** What reading a sentence needs besides its text. */
export interface SentenceContext {
  readonly gazetteer: Gazetteer;
  readonly lexicon: ExtractionLexicon;
  readonly language: string;
  /** publishedAt, the anchor of relative dates and the day roles are first resolved on. */
  readonly anchor?: string;
  /** Where the anchor came from (publishedAt, the URL's edition day, a dateline). */
  readonly anchorSource?: AnchorSource;
  /** The article's date expressions (offsets into the article text), found once for all sentences. */
  readonly dates?: readonly DateExpression[];
}

/** The date expressions of a whole text, read once (each keeps the tense of its own sentence). */
export function findArticleDates(
  text: string,
  context: Pick<SentenceContext, 'language' | 'anchor' | 'anchorSource'>,
): DateExpression[] {
  return findDateExpressions(text, {
    language: context.language,
    ...definedOnly({ anchor: context.anchor, anchorSource: context.anchorSource }),
  });
}

function wordAt(words: readonly Word[], offset: number, fromEnd: boolean): number {
  for (const word of words) {
    if (fromEnd ? word.end >= offset : word.end > offset) return word.index;
  }
  return Math.max(words.length - 1, 0);
}

/** The word indices `[first, last]` covering `[start, end)` of the article text. */
export function wordSpan(
  words: readonly Word[],
  start: number,
  end: number,
): { first: number; last: number } {
  return { first: wordAt(words, start, false), last: wordAt(words, end, true) };
}

/**
 * Reads one sentence: its words and clauses, lexicon phrases (triggers and cues), gazetteer
 * entities and date expressions (relative ones resolved against publishedAt, in the sentence's
 * tense).
 */
export function readSentence(
  index: number,
  text: string,
  start: number,
  context: SentenceContext,
): SentenceReading {
  const words = tokeniseWords(text, start, context.lexicon.prefixes);
  const hits = findPhrases(words, context.lexicon);
  const entities = matchEntities(
    context.gazetteer,
    text,
    definedOnly({ date: context.anchor }),
  ).map((match): EntityRef => {
    const span = wordSpan(words, start + match.start, start + match.end);
    const firstWord = words[span.first];
    const prefix = firstWord === undefined ? '' : text.slice(firstWord.start - start, match.start);
    return { match, start: start + match.start, end: start + match.end, ...span, prefix };
  });
  const end = start + text.length;
  const found =
    context.dates === undefined
      ? findArticleDates(text, context).map((e) => ({
          ...e,
          start: e.start + start,
          end: e.end + start,
        }))
      : context.dates.filter((e) => e.start >= start && e.end <= end);
  const dates = found.map((expression): DateRef => ({
    expression,
    start: expression.start,
    end: expression.end,
    ...wordSpan(words, expression.start, expression.end),
  }));
  // Words read inside a name are not triggers or cues (يصل in فيصل, معاهدة and الأمن in منظمة
  // معاهدة الأمن الجماعي); an organisation's name may hold its summit ("China-Central Asia summit").
  const named = new Set<number>();
  const organisation = new Set<number>();
  for (const e of entities) {
    const into =
      e.match.kind === 'organisation'
        ? organisation
        : e.match.kind === 'person' || e.match.kind === 'place'
          ? named
          : undefined;
    if (into !== undefined) for (let i = e.first; i <= e.last; i += 1) into.add(i);
  }
  // بن inside "محمد بن سلمان بن عبدالعزيز" is read: it tells the name after it is a father's.
  const all = [...hits, ...findSplitTriggers(words, entities, context.lexicon, hits)].sort(
    (a, b) => a.first - b.first || a.phrase.order - b.phrase.order,
  );
  const kept = all.filter((h) =>
    h.meaning.kind === 'cue' && h.meaning.cue === 'patronymic'
      ? true
      : h.meaning.kind === 'trigger'
        ? !named.has(h.first)
        : !named.has(h.first) && !organisation.has(h.first),
  );
  return {
    index,
    start,
    end,
    text,
    words,
    hits: kept,
    entities,
    dates,
    reaches: context.lexicon.reaches,
  };
}

const cueIndex = new WeakMap<SentenceReading, Map<CueKind, PhraseHit[]>>();

/** The cue hits of one kind in a sentence (indexed once per reading). */
export function cuesOf(reading: SentenceReading, cue: CueKind): readonly PhraseHit[] {
  let index = cueIndex.get(reading);
  if (index === undefined) {
    index = new Map();
    for (const hit of reading.hits) {
      if (hit.meaning.kind !== 'cue') continue;
      const list = index.get(hit.meaning.cue) ?? [];
      list.push(hit);
      index.set(hit.meaning.cue, list);
    }
    cueIndex.set(reading, index);
  }
  return index.get(cue) ?? [];
}

/** Negators that negate something: not inside a phrase listed as no negation (لا يزال, still). */
export function negationsOf(reading: SentenceReading): readonly PhraseHit[] {
  const not = cuesOf(reading, 'notNegation');
  const negations = cuesOf(reading, 'negation');
  if (not.length === 0) return negations;
  return negations.filter((n) => !not.some((c) => c.first <= n.first && n.last <= c.last));
}

/** The clause a word belongs to (-1 for an index outside the sentence). */
export function clauseOf(reading: SentenceReading, word: number): number {
  return reading.words[word]?.clause ?? -1;
}

/**
 * Whether a clause names someone who is no party: an actor refused by a rule, or a person, an
 * office or an office noun (وزير الدفاع الأميركي) that gave no actor at all.
 */
export function clauseNamesNonParty(
  reading: SentenceReading,
  clauses: ReadonlySet<number>,
  actors: readonly { readonly first: number; readonly last: number; readonly excluded: boolean }[],
): boolean {
  const inClause = (word: number): boolean => clauses.has(clauseOf(reading, word));
  const claimed = (first: number, last: number): boolean =>
    actors.some((a) => !a.excluded && a.first <= last && first <= a.last);
  if (actors.some((a) => a.excluded && inClause(a.first))) return true;
  const named = reading.entities.some(
    (e) =>
      // A former office holder (الرئيس المصري الأسبق), or a name that gave no actor.
      ((e.match.kind === 'role' && e.match.former) || e.match.kind === 'person') &&
      inClause(e.first) &&
      !claimed(e.first, e.last + reading.reaches.namedGap + 1),
  );
  return (
    named ||
    cuesOf(reading, 'officeNoun').some((c) => inClause(c.first) && !claimed(c.first, c.last + 3))
  );
}
