import { matchEntities, type Gazetteer } from '../gazetteer';
import { acceptNameMatch } from './accept-name-match';
import { counterpartOwners } from './counterpart-owners';
import type { PhraseHit } from './find-phrases';
import { countryOn, holderOn, officeOn } from './person-facts';
import { cuesOf, negationsOf, type EntityRef, type SentenceReading } from './read-sentence';
import { reportsOwnAct } from './reports-own-act';
import { findSpeechSettings, type SpeechSetting } from './find-speech-settings';
import {
  APPOSITION_RULES,
  continuesList,
  joinedByTitle,
  onlyHonorificsBetween,
  refuseParty,
} from './refuse-party';
import { officeHolderId } from './unnamed-office-holder';
import { definedOnly } from '@sijill/contracts';

/** An office to resolve on the event's date (roles, counterparts, plural titles). */
export interface ActorQuery {
  readonly title: string;
  readonly country?: string;
  readonly organisation?: string;
}

/** A state actor named in a sentence: a person by name, or an office resolved to its holder. */
export interface Actor {
  /** Holder on the sentence's day; re-resolved on the event's day when `query` is set. */
  readonly personId: string;
  /** The country the person acted for on the sentence's day. */
  readonly country?: string;
  readonly query?: ActorQuery;
  readonly first: number;
  readonly last: number;
  readonly clause: number;
  readonly source: 'name' | 'role' | 'counterpart' | 'plural-title' | 'alias' | 'counterpart-owner';
  /** Not a party: the late, former, succeeded (خلفا ل), or taking part from afar. */
  readonly excluded: boolean;
  /** The rule that refused it as a party (see `refuse-party.ts`), when excluded. */
  readonly refusedBy?: string;
  /** In a clause with a negator: a party only to an event in a clause of its own. */
  readonly negated: boolean;
  /** The actor reports (أعلن X أن …): not a party to events whose trigger is at or after this word. */
  readonly speakerBefore?: number;
  /** Stretches after `speakerBefore` that tell where the speaker spoke: the speaker's own act. */
  readonly speakerSettings?: readonly SpeechSetting[];
}

/** An article-level alias: a short name of a person the article names in full (شي for Xi). */
export type PersonAliases = ReadonlyMap<string, string>;

/**
 * The person an earlier sentence made its subject: whose counterpart "نظيره" names when the cue's
 * own sentence names nobody before it ("وسيلتقي اليوم نظيره المصري").
 */
export interface CounterpartOwner {
  readonly personId: string;
}

const ARABIC = /\p{Script=Arabic}/u;

function isCountry(entity: EntityRef): boolean {
  return entity.match.kind === 'country';
}

function nextEntity(entities: readonly EntityRef[], after: number): EntityRef | undefined {
  return entities.find((e) => e.first > after);
}

function wordsBetweenAre(
  reading: SentenceReading,
  from: number,
  to: number,
  allowed: ReadonlySet<number>,
): boolean {
  for (let index = from; index <= to; index += 1) if (!allowed.has(index)) return false;
  return true;
}

function indicesOf(hits: readonly PhraseHit[]): Set<number> {
  const indices = new Set<number>();
  for (const hit of hits) for (let i = hit.first; i <= hit.last; i += 1) indices.add(i);
  return indices;
}

/**
 * Words covered by a role's country adjective (الكازاخستاني in الرئيس الكازاخستاني) and the like.
 * A city is not among them: "بخاري" after "الرئيس محمد بخاري" is the president again, not Bukhara.
 */
function coveredWords(entities: readonly EntityRef[]): Set<number> {
  const covered = new Set<number>();
  for (const e of entities)
    if (e.match.kind !== 'place') for (let i = e.first; i <= e.last; i += 1) covered.add(i);
  return covered;
}

function aliasEntities(
  reading: SentenceReading,
  aliases: PersonAliases,
  covered: ReadonlySet<number>,
): { personId: string; first: number }[] {
  const found: { personId: string; first: number }[] = [];
  for (const word of reading.words) {
    if (covered.has(word.index)) continue;
    for (const r of word.readings) {
      const personId = aliases.get(r.stem);
      if (personId !== undefined && !r.prefix.endsWith('ال')) {
        found.push({ personId, first: word.index });
        break;
      }
    }
  }
  return found;
}

interface Draft {
  personId: string;
  query?: ActorQuery;
  first: number;
  last: number;
  source: Actor['source'];
  /** Refused before the party rules (a one-word namesake of someone out of office). */
  refusedBy?: string;
}

function roleQuery(entity: EntityRef): ActorQuery | undefined {
  const match = entity.match;
  if (match.kind !== 'role' || match.former) return undefined;
  return {
    title: match.title,
    ...definedOnly({ country: match.country, organisation: match.organisation }),
  };
}

/**
 * Finds the state actors of a sentence on `day`: people named (or called by an article alias),
 * roles not followed by the holder's name ("الرئيس الكازاخستاني"), counterparts ("نظيره
 * الإيراني", "his Iranian counterpart") and plural titles ("الرئيسين المصري والفلسطيني"), each
 * resolved to the office holder. Marks who is not a party: the late or succeeded, those taking
 * part from afar, actors in negated clauses, and speakers of reported events.
 */
export function findActors(
  reading: SentenceReading,
  gazetteer: Gazetteer,
  aliases: PersonAliases,
  day: string,
  owner?: CounterpartOwner,
): Actor[] {
  const entities = reading.entities;
  const honorifics = indicesOf(cuesOf(reading, 'honorifics'));
  const drafts: Draft[] = [];
  const persons = entities.filter((e) => e.match.kind === 'person');
  for (const person of persons) {
    drafts.push({
      personId: person.match.id,
      first: person.first,
      last: person.last,
      source: 'name',
      ...(acceptNameMatch(gazetteer, person, day) ? {} : { refusedBy: 'namesake-out-of-office' }),
    });
  }
  drafts.push(...sonsOfPatronymics(reading, gazetteer, day));
  for (const alias of aliasEntities(reading, aliases, coveredWords(entities))) {
    drafts.push({
      personId: alias.personId,
      first: alias.first,
      last: alias.first,
      source: 'alias',
    });
  }
  for (const role of entities) {
    const query = roleQuery(role);
    if (query === undefined) continue;
    const named = drafts.some(
      (d) =>
        (d.source === 'name' || d.source === 'alias') &&
        d.first >= role.first &&
        d.first - role.last - 1 <= reading.reaches.namedGap &&
        wordsBetweenAre(reading, role.last + 1, d.first - 1, honorifics),
    );
    if (named) continue;
    const holder = holderOn(gazetteer, query, day);
    if (holder !== undefined)
      drafts.push({ personId: holder, query, first: role.first, last: role.last, source: 'role' });
  }
  drafts.push(...counterparts(reading, gazetteer, drafts, day, owner));
  drafts.push(...pluralTitles(reading, gazetteer, day));
  return markParties(reading, dedupe(drafts)).map((actor) => {
    const country = countryOn(gazetteer, actor.personId, day);
    return country === undefined ? actor : { ...actor, country };
  });
}

// Words a son's name may take before بن: "الأمير محمد بن سلمان".
const SON_REACH = 3;

/**
 * "الأمير محمد بن سلمان بن عبدالعزيز آل سعود": the gazetteer's longest match is the father's
 * name after بن; the person is the son, whose own name ends at the father's first word.
 */
function sonsOfPatronymics(reading: SentenceReading, gazetteer: Gazetteer, day: string): Draft[] {
  const found: Draft[] = [];
  for (const cue of cuesOf(reading, 'patronymic')) {
    const father = reading.entities.find(
      (e) => e.match.kind === 'person' && e.first === cue.last + 1,
    );
    const first = reading.words[Math.max(0, cue.first - SON_REACH)];
    const end = reading.words[cue.last + 1];
    if (father === undefined || first === undefined || end === undefined) continue;
    const from = first.start - reading.start;
    const snippet = reading.text.slice(from, end.end - reading.start);
    for (const match of matchEntities(gazetteer, snippet, { date: day })) {
      if (match.kind !== 'person' || match.id === father.match.id) continue;
      if (from + match.end !== end.end - reading.start) continue;
      const at = reading.start + from + match.start;
      const start = reading.words.find((w) => w.start <= at && at < w.end);
      if (start !== undefined)
        found.push({ personId: match.id, first: start.index, last: cue.last + 1, source: 'name' });
    }
  }
  return found;
}

function anchorTitle(
  gazetteer: Gazetteer,
  drafts: readonly Draft[],
  before: number,
  day: string,
): string | undefined {
  const anchor = drafts
    .filter((d) => d.last < before)
    .sort((a, b) => b.last - a.last || a.first - b.first)[0];
  return heldTitle(gazetteer, anchor?.personId, day);
}

/**
 * The title of the office a person held on the day, if any: "his counterpart" is of the office
 * held then (an interior minister who is prime minister years later has no prime minister for a
 * counterpart).
 */
function heldTitle(
  gazetteer: Gazetteer,
  personId: string | undefined,
  day: string,
): string | undefined {
  const person = personId === undefined ? undefined : gazetteer.people.get(personId);
  const office = person === undefined ? undefined : officeOn(person, day);
  if (office === undefined || office.from > day) return undefined;
  return office.to === undefined || day <= office.to ? office.title : undefined;
}

/**
 * "وسيلتقي اليوم نظيره المصري سامح شكري": a counterpart cue with nobody named before it in its
 * sentence is the counterpart of the earlier sentence's subject, who is then a party too; only
 * when the counterpart is of another country and, if named, holds the same office.
 */
function ownerOf(
  reading: SentenceReading,
  gazetteer: Gazetteer,
  drafts: readonly Draft[],
  cue: PhraseHit,
  day: string,
  owner: CounterpartOwner | undefined,
): { draft: Draft; title: string; country: string } | undefined {
  if (owner === undefined || drafts.some((d) => d.last < cue.first)) return undefined;
  const title = heldTitle(gazetteer, owner.personId, day);
  const country = countryOn(gazetteer, owner.personId, day);
  if (title === undefined || country === undefined) return undefined;
  const named = drafts.find((d) => d.first > cue.last && d.first - cue.last <= 3);
  if (named !== undefined) {
    if (heldTitle(gazetteer, named.personId, day) !== title) return undefined;
    if (countryOn(gazetteer, named.personId, day) === country) return undefined;
  }
  return {
    draft: {
      personId: owner.personId,
      first: cue.first,
      last: cue.last,
      source: 'counterpart-owner',
    },
    title,
    country,
  };
}

function counterparts(
  reading: SentenceReading,
  gazetteer: Gazetteer,
  drafts: readonly Draft[],
  day: string,
  owner?: CounterpartOwner,
): Draft[] {
  const found: Draft[] = [];
  const entities = reading.entities;
  for (const cue of cuesOf(reading, 'counterpart')) {
    const earlier = ownerOf(reading, gazetteer, drafts, cue, day, owner);
    if (earlier !== undefined) found.push(earlier.draft);
    const candidates: EntityRef[] = [];
    // English puts the adjective first ("his Iranian counterpart").
    const before = entities.find((e) => isCountry(e) && e.last === cue.first - 1);
    if (before !== undefined) candidates.push(before);
    const after = nextEntity(entities, cue.last);
    if (
      after !== undefined &&
      isCountry(after) &&
      after.first - cue.last <= reading.reaches.counterpart
    ) {
      candidates.push(after);
      // "نظيريه الروسي … والإيراني": later adjectives joined by و in the same clause.
      const clause = reading.words[after.first]?.clause;
      for (const later of entities) {
        if (later.first <= after.last || !isCountry(later)) continue;
        if (reading.words[later.first]?.clause !== clause) break;
        if (
          later.match.kind === 'country' &&
          later.match.form === 'adjective' &&
          later.prefix.startsWith('و')
        )
          candidates.push(later);
      }
    }
    for (const country of candidates) {
      if (earlier !== undefined && country.match.id === earlier.country) continue;
      const title =
        anchorTitle(
          gazetteer,
          counterpartOwners(gazetteer, drafts, country.match.id, day),
          cue.first,
          day,
        ) ?? earlier?.title;
      if (title === undefined) continue;
      const followedByName = entities.some(
        (e) => e.match.kind === 'person' && e.first > country.last && e.first - country.last <= 1,
      );
      if (followedByName) continue;
      const query = { title, country: country.match.id };
      // Nobody known in that office on the day: the office and country, without a name.
      const holder = holderOn(gazetteer, query, day) ?? officeHolderId(title, country.match.id);
      if (holder !== undefined)
        found.push({
          personId: holder,
          query,
          first: country.first,
          last: country.last,
          source: 'counterpart',
        });
    }
  }
  return found;
}

function pluralTitles(reading: SentenceReading, gazetteer: Gazetteer, day: string): Draft[] {
  const found: Draft[] = [];
  const entities = reading.entities;
  const joiners = new Set(['و', 'and', 'et']);
  for (const hit of reading.hits) {
    if (hit.meaning.kind !== 'dual-title') continue;
    let cursor = hit.last;
    for (let item = 0; ; item += 1) {
      let next = cursor + 1;
      let joined = item === 0;
      while (joiners.has(reading.words[next]?.fold ?? '')) {
        next += 1;
        joined = true;
      }
      const country = entities.find((e) => e.first === next && isCountry(e));
      if (country === undefined) break;
      // Later items are joined by و, and, a comma: "زعيما روسيا والصين كازاخستان" lists two.
      const gap = reading.text.slice(
        (reading.words[cursor]?.end ?? 0) - reading.start,
        country.start - reading.start,
      );
      if (!joined && !country.prefix.startsWith('و') && !/[,،]/u.test(gap)) break;
      cursor = country.last;
      const followedByName = entities.some(
        (e) => e.match.kind === 'person' && e.first === country.last + 1,
      );
      if (followedByName) continue;
      const query = { title: hit.meaning.title, country: country.match.id };
      const holder = holderOn(gazetteer, query, day);
      if (holder !== undefined)
        found.push({
          personId: holder,
          query,
          first: country.first,
          last: country.last,
          source: 'plural-title',
        });
    }
  }
  return found;
}

/** One actor per person and position; a name outranks a role on the same words. */
function dedupe(drafts: readonly Draft[]): Draft[] {
  const rank = {
    name: 0,
    alias: 1,
    role: 2,
    counterpart: 3,
    'plural-title': 4,
    'counterpart-owner': 5,
  } as const;
  const sorted = [...drafts].sort((a, b) => a.first - b.first || rank[a.source] - rank[b.source]);
  const kept: Draft[] = [];
  for (const draft of sorted) {
    const overlapping = kept.some(
      (k) => draft.first <= k.last && k.first <= draft.last && k.personId === draft.personId,
    );
    if (!overlapping) kept.push(draft);
  }
  return kept;
}

// A counterpart is read from its country word (نظيره المصري): that word is a country by design,
// so the rule against one-word names that are places does not apply to it.
function partyRefusal(reading: SentenceReading, draft: Draft): string | undefined {
  const rule = refuseParty(reading, draft);
  return rule === 'place-name' && draft.source === 'counterpart' ? undefined : rule;
}

/**
 * The refusal a list item shares with the item before it: the last name of the clause before,
 * refused by a rule apposition shares, when the draft's clause continues that list (an office
 * resolved inside the item's titles, "نائب رئيس مجلس الوزراء", does not break it).
 */
function listedAfter(
  reading: SentenceReading,
  drafts: readonly Draft[],
  refusals: readonly (string | undefined)[],
  draft: Draft,
): string | undefined {
  const clause = reading.words[draft.first]?.clause ?? -1;
  for (let i = refusals.length - 1; i >= 0; i -= 1) {
    const earlier = drafts[i];
    const refusal = refusals[i];
    if (earlier === undefined || (reading.words[earlier.last]?.clause ?? -1) < clause - 1) break;
    if (refusal === undefined || !APPOSITION_RULES.has(refusal)) continue;
    return continuesList(reading, earlier.last, draft.first) ? refusal : undefined;
  }
  return undefined;
}

function markParties(reading: SentenceReading, drafts: readonly Draft[]): Actor[] {
  const clauseOf = (word: number): number => reading.words[word]?.clause ?? -1;
  const negatedClauses = new Set(negationsOf(reading).map((h) => clauseOf(h.first)));
  const speakers = speakerLimits(reading, drafts);
  const refusals: (string | undefined)[] = [];
  return drafts.map((draft, position): Actor => {
    const clause = clauseOf(draft.first);
    // "تحيات وتقدير خادم الحرمين الشريفين الملك سلمان": a second name of the same person right
    // after a refused one (only honorifics between) is the same mention, refused alike; so is a
    // name joined to it by "و" and a title (… وصاحب السمو الملكي الأمير محمد بن نايف), in its clause
    // or as the next item of a list after a comma (… بن عبدالعزيز، وولي العهد … الأمير محمد بن نايف).
    const previous = drafts[position - 1];
    const previousRefusal = refusals[position - 1];
    const inherited =
      previous !== undefined &&
      previousRefusal !== undefined &&
      APPOSITION_RULES.has(previousRefusal) &&
      previous.last < draft.first &&
      clauseOf(previous.last) === clause &&
      ((previous.personId === draft.personId &&
        onlyHonorificsBetween(reading, previous.last, draft.first)) ||
        joinedByTitle(reading, previous.last, draft.first))
        ? previousRefusal
        : undefined;
    const refusedBy =
      draft.refusedBy ??
      partyRefusal(reading, draft) ??
      inherited ??
      listedAfter(reading, drafts, refusals, draft);
    refusals.push(refusedBy);
    const speakerBefore = speakers.limits.get(position);
    const speakerSettings = speakers.settings.get(position);
    return {
      personId: draft.personId,
      ...definedOnly({ query: draft.query }),
      first: draft.first,
      last: draft.last,
      clause,
      source: draft.source,
      excluded: refusedBy !== undefined,
      ...definedOnly({ refusedBy }),
      negated: negatedClauses.has(clause),
      ...definedOnly({ speakerBefore, speakerSettings }),
    };
  });
}

/**
 * Speakers of reported events: in verb-first Arabic the actors between a reporting verb and the
 * complementiser (أعلن بلينكن أن بايدن سيزور), in subject-first order the actor just before the
 * verb (Trump said that …); never when the clause reports the speaker's own act (أنه, that he).
 */
function speakerLimits(
  reading: SentenceReading,
  drafts: readonly Draft[],
): { limits: Map<number, number>; settings: Map<number, SpeechSetting[]> } {
  const limits = new Map<number, number>();
  const settings = new Map<number, SpeechSetting[]>();
  const complementisers = cuesOf(reading, 'complementisers');
  const verbs = cuesOf(reading, 'reporting');
  const namedAt = drafts.map((d) => d.first);
  for (const verb of verbs) {
    if (reportsOwnAct(reading, verb)) continue;
    const complementiser = complementisers.find((c) => c.first > verb.last);
    const limit = complementiser?.first ?? verb.last + 1;
    const verbFirst = ARABIC.test(verb.phrase.text);
    drafts.forEach((draft, position) => {
      const between =
        verbFirst &&
        complementiser !== undefined &&
        draft.first > verb.last &&
        draft.last < complementiser.first;
      const before = !verbFirst && draft.last < verb.first && verb.first - draft.last <= 3;
      if (between || before) limits.set(position, limit);
      if (between && complementiser !== undefined)
        settings.set(
          position,
          findSpeechSettings(verbs, complementisers, namedAt, complementiser.last + 1),
        );
    });
  }
  // "وفق X", "according to X": a source, never a party.
  for (const source of cuesOf(reading, 'source')) {
    drafts.forEach((draft, position) => {
      if (draft.first > source.last && draft.first - source.last <= reading.reaches.source) {
        limits.set(position, 0);
        settings.delete(position);
      }
    });
  }
  return { limits, settings };
}
