import {
  foldGazetteerName,
  type Gazetteer,
  type GazetteerPerson,
  type OfficeTitle,
  type RoleMatch,
} from '../gazetteer';
import { findOpenWorldPeople, type OpenWorldPerson } from './find-open-world-people';
import { holderOn, officeOn } from './person-facts';
import type { EntityRef, SentenceReading } from './read-sentence';
import { unnamedHolder } from './unnamed-office-holder';

// A surname shorter than this is no short form of the name (it may be a particle or a word).
const SHORTEST_SURNAME = 4;

/** The surname a later sentence may call the person by (ديسالين, Hassan), when distinctive. */
function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/u);
  const last = words.at(-1);
  return words.length > 1 && last !== undefined && [...last].length >= SHORTEST_SURNAME
    ? last
    : undefined;
}

function openPerson(found: OpenWorldPerson, language: 'ar' | 'en'): GazetteerPerson {
  const surname = surnameOf(found.name);
  return {
    kind: 'person',
    id: found.key,
    name: found.name,
    // The full name first (the participant's name); the surname makes an article alias.
    names: { [language]: surname === undefined ? [found.name] : [found.name, surname] },
    offices: [
      {
        role: found.role,
        title: found.title,
        country: found.country,
        from: '0001-01-01',
        acting: false,
        shared: false,
      },
    ],
  };
}

/** The gazetteer's people, and the people one article names that the gazetteer does not hold. */
class PeopleWithArticle implements ReadonlyMap<string, GazetteerPerson> {
  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly added: ReadonlyMap<string, GazetteerPerson>,
  ) {}

  get size(): number {
    return this.gazetteer.people.size + this.added.size;
  }

  get(id: string): GazetteerPerson | undefined {
    return this.gazetteer.people.get(id) ?? this.added.get(id) ?? unnamedHolder(this.gazetteer, id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(
    callback: (
      value: GazetteerPerson,
      key: string,
      map: ReadonlyMap<string, GazetteerPerson>,
    ) => void,
  ): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  *entries(): MapIterator<[string, GazetteerPerson]> {
    yield* this.gazetteer.people.entries();
    yield* this.added.entries();
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<GazetteerPerson> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, GazetteerPerson]> {
    return this.entries();
  }
}

function bareTokens(name: string): string[] {
  return foldGazetteerName(name)
    .split(/\s+/u)
    .map((t) => t.replace(/^ال/u, ''))
    .filter((t) => t.length >= 3);
}

/** Whether a name as written is the gazetteer holder's: its given name and surname are theirs. */
function namesHolder(written: string, holder: GazetteerPerson): boolean {
  const tokens = bareTokens(written);
  const known = new Set(
    Object.values(holder.names)
      .flatMap((list) => (list as readonly string[] | undefined) ?? [])
      .flatMap(bareTokens),
  );
  const [given, surname] = [tokens[0], tokens.at(-1)];
  return given !== undefined && surname !== undefined && known.has(given) && known.has(surname);
}

function personRef(reading: SentenceReading, found: OpenWorldPerson, id: string): EntityRef {
  const first = reading.words[found.first];
  const last = reading.words[found.last];
  const start = first?.start ?? reading.start;
  const end = last?.end ?? start;
  const text = reading.text.slice(start - reading.start, end - reading.start);
  return {
    match: {
      kind: 'person',
      id,
      form: 'name',
      alternatives: [],
      fuzzy: false,
      tokenStart: found.first,
      tokenEnd: found.last + 1,
      start: start - reading.start,
      end: end - reading.start,
      text,
    },
    start,
    end,
    first: found.first,
    last: found.last,
    prefix: '',
  };
}

function roleRef(reading: SentenceReading, found: OpenWorldPerson): EntityRef {
  const first = reading.words[found.titleFirst];
  const last = reading.words[found.titleLast];
  const start = first?.start ?? reading.start;
  const end = last?.end ?? start;
  const match: RoleMatch = {
    kind: 'role',
    id: `${found.title}@${found.country}`,
    title: found.title,
    country: found.country,
    former: false,
    tokenStart: found.titleFirst,
    tokenEnd: found.titleLast + 1,
    start: start - reading.start,
    end: end - reading.start,
    text: reading.text.slice(start - reading.start, end - reading.start),
  };
  return { match, start, end, first: found.titleFirst, last: found.titleLast, prefix: '' };
}

/** Readings with the open-world people of each sentence placed as entities, and who they are. */
export interface ArticlePeople {
  readonly readings: SentenceReading[];
  /** The gazetteer, with the article's open-world people and unnamed office holders. */
  readonly gazetteer: Gazetteer;
}

/**
 * Places every official named by title, nationality and name (see `findOpenWorldPeople`) on the
 * sentence as a person: the gazetteer's holder of that office on the sentence's day when the name
 * is theirs, else a person of the article keyed by folded name and country. The title and
 * nationality become a role entity, so the country in it is not read as a place.
 */
export function addOpenWorldPeople(
  readings: readonly SentenceReading[],
  gazetteer: Gazetteer,
  language: string,
  dayOf: (reading: SentenceReading) => string,
): ArticlePeople {
  const added = new Map<string, GazetteerPerson>();
  const written: 'ar' | 'en' = language === 'ar' ? 'ar' : 'en';
  const placed = readings.map((reading) => {
    const day = dayOf(reading);
    const titleBefore = (word: number): OfficeTitle | undefined => {
      const before = reading.entities
        .filter((e) => e.match.kind === 'person' && e.last < word)
        .at(-1);
      const person = before === undefined ? undefined : gazetteer.people.get(before.match.id);
      return person === undefined ? undefined : officeOn(person, day)?.title;
    };
    const found = findOpenWorldPeople(reading, gazetteer, titleBefore);
    if (found.length === 0) return reading;
    const entities: EntityRef[] = [...reading.entities];
    for (const person of found) {
      const holderId = holderOn(gazetteer, { title: person.title, country: person.country }, day);
      const holder = holderId === undefined ? undefined : gazetteer.people.get(holderId);
      // The gazetteer knows who held the office that day: the text names them, or the words
      // after the title are no name (الرئيس المصري نقل تحياته); nobody is guessed.
      if (holder !== undefined && !namesHolder(person.name, holder)) continue;
      const id = holder === undefined ? person.key : holder.id;
      if (id === person.key && !added.has(id)) added.set(id, openPerson(person, written));
      const covered = entities.some(
        (e) =>
          e.match.kind === 'role' && e.first <= person.titleLast && person.titleFirst <= e.last,
      );
      if (!covered) entities.push(roleRef(reading, person));
      entities.push(personRef(reading, person, id));
    }
    entities.sort((a, b) => a.start - b.start || a.end - b.end);
    return { ...reading, entities };
  });
  return {
    readings: placed,
    gazetteer: { ...gazetteer, people: new PeopleWithArticle(gazetteer, added) },
  };
}
