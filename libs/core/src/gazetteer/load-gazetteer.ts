import { type z } from 'zod';
import {
  buildNameIndex,
  type NameEntry,
  type NameForm,
  type NameIndex,
  type EntityKind,
} from './build-name-index';
import { buildRoleLexicon, type RoleLexicon } from './build-role-lexicon';
import { deriveArabicNisba, inflectArabicNisba } from './derive-arabic-nisba';
import { foldName } from './fold-name';
import { findOverlappingTerms } from './check-office-terms';
import { GazetteerDataError } from './gazetteer-data.error';
import {
  countriesFileSchema,
  GAZETTEER_LANGUAGES,
  lexiconFileSchema,
  organisationsFileSchema,
  peopleFileSchema,
  placesFileSchema,
  type GazetteerData,
  type GazetteerLanguage,
  type GazetteerNames,
  type OfficeData,
  type OfficeRole,
  type OfficeTitle,
  type PeopleFile,
} from './gazetteer.schema';
import { widenPartialDate } from './widen-partial-date';

export { widenPartialDate } from './widen-partial-date';

/** An office held from `from` to `to` (inclusive ISO days; no `to` while in office). */
export interface Office {
  readonly role: OfficeRole;
  readonly title: OfficeTitle;
  readonly country?: string;
  readonly organisation?: string;
  readonly from: string;
  readonly to?: string;
  readonly acting: boolean;
  /** Held jointly with others at the same time (co-presidents, a presidential council). */
  readonly shared: boolean;
}

/** A person: English canonical name, names per language, offices with dates. */
export interface Person {
  readonly kind: 'person';
  readonly id: string;
  readonly name: string;
  readonly wikidata?: string;
  readonly names: GazetteerNames;
  readonly offices: readonly Office[];
}

/** A country: ICU names in every gazetteer language plus the data file's variants. */
export interface Country {
  readonly kind: 'country';
  /** ISO 3166-1 alpha-2, also the id. */
  readonly id: string;
  readonly name: string;
  readonly wikidata?: string;
  readonly names: GazetteerNames;
  /** Adjectives and demonyms: الروسي / الروسية, Russian. Arabic forms are folded. */
  readonly adjectives: GazetteerNames;
}

/** A city or other place that hosts diplomacy. */
export interface Place {
  readonly kind: 'place';
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly capital: boolean;
  readonly wikidata?: string;
  readonly names: GazetteerNames;
}

/** An international organisation or a recurring format (C5+1, Russia–Central Asia). */
export interface Organisation {
  readonly kind: 'organisation';
  readonly id: string;
  readonly name: string;
  readonly organisationKind: 'organisation' | 'format';
  /** False for an economic, technical or sport body (OPEC): its meetings alone are no encounter. */
  readonly diplomatic: boolean;
  readonly acronym?: string;
  readonly wikidata?: string;
  readonly parent?: string;
  readonly names: GazetteerNames;
  readonly acronyms: GazetteerNames;
}

/** Any gazetteer entity. */
export type GazetteerEntity = Person | Country | Place | Organisation;

/** An office and its holder, as listed under the office's seat. */
export interface HeldOffice {
  readonly person: Person;
  readonly office: Office;
}

/** The key offices are listed under: `country:KZ` or `organisation:un`. */
export function seatKey(seat: {
  readonly country?: string;
  readonly organisation?: string;
}): string {
  return seat.country !== undefined
    ? `country:${seat.country}`
    : `organisation:${seat.organisation ?? ''}`;
}

/** A loaded, validated gazetteer with its match index; immutable and safe to share. */
export interface Gazetteer {
  /** The data versions, `people@x.y.z+places@…`, for provenance on extracted mentions. */
  readonly version: string;
  readonly versions: Readonly<
    Record<'people' | 'places' | 'organisations' | 'countries' | 'lexicon', string>
  >;
  readonly people: ReadonlyMap<string, Person>;
  readonly countries: ReadonlyMap<string, Country>;
  readonly places: ReadonlyMap<string, Place>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  /** Offices by seat (`seatKey`), for role resolution. */
  readonly offices: ReadonlyMap<string, readonly HeldOffice[]>;
  readonly index: NameIndex;
  readonly lexicon: RoleLexicon;
}

const PARENTHESIS_PATTERN = /\s*[(（][^)）]*[)）]\s*/gu;

function parseFile<T extends z.ZodType>(
  schema: T,
  value: unknown,
  file: string,
  problems: string[],
): z.infer<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return undefined;
}

function toOffice(office: OfficeData): Office {
  return {
    role: office.role,
    title: office.title,
    ...(office.country !== undefined ? { country: office.country } : {}),
    ...(office.organisation !== undefined ? { organisation: office.organisation } : {}),
    from: widenPartialDate(office.from, 'start'),
    ...(office.to !== undefined ? { to: widenPartialDate(office.to, 'end') } : {}),
    acting: office.acting ?? false,
    shared: office.shared ?? false,
  };
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function mergeNames(...sources: (GazetteerNames | undefined)[]): GazetteerNames {
  const merged: Partial<Record<GazetteerLanguage, string[]>> = {};
  for (const source of sources) {
    if (source === undefined) continue;
    for (const language of GAZETTEER_LANGUAGES) {
      const list = source[language];
      if (list === undefined || list.length === 0) continue;
      merged[language] = unique([...(merged[language] ?? []), ...list]);
    }
  }
  return merged;
}

// ICU writes some regions with a qualifier (ميانمار (بورما), Hong Kong SAR China); both the whole
// name and the name without the bracketed part are kept.
function icuNames(
  code: string,
  displayNames: ReadonlyMap<GazetteerLanguage, Intl.DisplayNames[]>,
): GazetteerNames {
  const names: Partial<Record<GazetteerLanguage, string[]>> = {};
  for (const language of GAZETTEER_LANGUAGES) {
    const found: string[] = [];
    const [long, ...others] = displayNames.get(language) ?? [];
    // ICU falls back to the code itself for a region it cannot name in this language; a short
    // name may legitimately be the code (US, UK).
    if (long === undefined || long.of(code) === code) continue;
    for (const display of [long, ...others]) {
      const name = display.of(code);
      if (name === undefined) continue;
      found.push(name);
      const stripped = name.replace(PARENTHESIS_PATTERN, ' ').trim();
      if (stripped !== name && stripped !== '') found.push(stripped);
      for (const inner of name.matchAll(/[(（]([^)）]+)[)）]/gu))
        if (inner[1] !== undefined) found.push(inner[1]);
    }
    if (found.length > 0) names[language] = unique(found);
  }
  return names;
}

function createDisplayNames(): Map<GazetteerLanguage, Intl.DisplayNames[]> {
  return new Map(
    GAZETTEER_LANGUAGES.map((language) => [
      language,
      (['long', 'short'] as const).map(
        (style) => new Intl.DisplayNames([language], { type: 'region', style }),
      ),
    ]),
  );
}

function allNameStrings(names: GazetteerNames): string[] {
  return GAZETTEER_LANGUAGES.flatMap((language) => names[language] ?? []);
}

function addEntries(
  entries: NameEntry[],
  kind: EntityKind,
  id: string,
  texts: Iterable<string>,
  form: NameForm,
  ambiguous: ReadonlySet<string>,
): void {
  for (const text of texts) {
    entries.push({ kind, id, text, form, ambiguous: ambiguous.has(foldName(text)) });
  }
}

function foldedSet(values: readonly string[] | undefined): Set<string> {
  return new Set((values ?? []).map((value) => foldName(value)));
}

function peopleFileName(part: string | undefined, index: number, parts: number): string {
  if (part !== undefined) return `people/${part}.json`;
  return parts === 1 ? 'people.json' : `people[${index}]`;
}

/** Parses one people file or several parts; the parts must share one version. */
function parsePeopleFiles(
  value: unknown,
  problems: string[],
):
  | { readonly version: string; readonly parts: readonly (PeopleFile & { file: string })[] }
  | undefined {
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  if (values.length === 0) {
    problems.push('people: no people file');
    return undefined;
  }
  const parts: (PeopleFile & { file: string })[] = [];
  let failed = false;
  values.forEach((entry, index) => {
    const part =
      typeof entry === 'object' &&
      entry !== null &&
      'part' in entry &&
      typeof entry.part === 'string'
        ? entry.part
        : undefined;
    const file = peopleFileName(part, index, values.length);
    const parsed = parseFile(peopleFileSchema, entry, file, problems);
    if (parsed === undefined) failed = true;
    else parts.push({ ...parsed, file });
  });
  if (failed) return undefined;
  const versions = unique(parts.map((part) => part.version));
  if (versions.length > 1) {
    problems.push(`people: parts disagree on the version (${versions.join(', ')})`);
    return undefined;
  }
  return { version: versions[0] ?? '', parts };
}

function checkUnique(ids: readonly string[], file: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${file}: duplicate id ${id}`);
    seen.add(id);
  }
}

const LATIN_ACRONYM_PATTERN = /^[\p{Lu}\p{N}+]{2,}$/u;

type GazetteerFiles = ReturnType<typeof parseGazetteerFiles>;

/** A person's data with the people file it came from. */
interface PersonInFile {
  readonly person: GazetteerFiles['peopleFile']['parts'][number]['people'][number];
  readonly file: string;
}

/** The data files, each validated against its schema; throws listing every problem. */
function parseGazetteerFiles(data: GazetteerData) {
  const problems: string[] = [];
  const peopleFile = parsePeopleFiles(data.people, problems);
  const placesFile = parseFile(placesFileSchema, data.places, 'places.json', problems);
  const organisationsFile = parseFile(
    organisationsFileSchema,
    data.organisations,
    'organisations.json',
    problems,
  );
  const countriesFile = parseFile(countriesFileSchema, data.countries, 'countries.json', problems);
  const lexiconFile = parseFile(lexiconFileSchema, data.lexicon, 'lexicon.json', problems);
  if (!peopleFile || !placesFile || !organisationsFile || !countriesFile || !lexiconFile) {
    throw new GazetteerDataError(problems);
  }
  return { peopleFile, placesFile, organisationsFile, countriesFile, lexiconFile };
}

/**
 * Cross-checks the files: unique ids, no overlapping terms of one office, known countries,
 * organisations and parents, regions ICU knows. Throws listing every problem; gives each person
 * with the file it came from.
 */
function checkReferences({
  peopleFile,
  placesFile,
  organisationsFile,
  countriesFile,
}: GazetteerFiles): PersonInFile[] {
  const problems: string[] = [];
  const personFiles = new Map<string, string>();
  for (const part of peopleFile.parts) {
    for (const person of part.people) {
      const first = personFiles.get(person.id);
      if (first === undefined) personFiles.set(person.id, part.file);
      else problems.push(`${part.file}: duplicate id ${person.id} (also in ${first})`);
    }
  }
  const peopleData = peopleFile.parts.flatMap((part) =>
    part.people.map((person) => ({ person, file: part.file })),
  );
  checkUnique(
    placesFile.places.map((p) => p.id),
    'places.json',
    problems,
  );
  checkUnique(
    organisationsFile.organisations.map((o) => o.id),
    'organisations.json',
    problems,
  );
  checkUnique(
    countriesFile.countries.map((c) => c.code),
    'countries.json',
    problems,
  );
  const countryCodes = new Set(countriesFile.countries.map((c) => c.code));
  const organisationIds = new Set(organisationsFile.organisations.map((o) => o.id));
  for (const { person, file } of peopleData) {
    for (const office of person.offices) {
      if (office.country !== undefined && !countryCodes.has(office.country)) {
        problems.push(`${file}: ${person.id}: unknown country ${office.country}`);
      }
      if (office.organisation !== undefined && !organisationIds.has(office.organisation)) {
        problems.push(`${file}: ${person.id}: unknown organisation ${office.organisation}`);
      }
    }
  }
  for (const overlap of findOverlappingTerms(peopleData.map(({ person }) => person)))
    problems.push(`people: ${overlap}`);
  for (const place of placesFile.places) {
    if (!countryCodes.has(place.country))
      problems.push(`places.json: ${place.id}: unknown country ${place.country}`);
  }
  for (const organisation of organisationsFile.organisations) {
    if (organisation.parent !== undefined && !organisationIds.has(organisation.parent)) {
      problems.push(
        `organisations.json: ${organisation.id}: unknown parent ${organisation.parent}`,
      );
    }
  }
  const englishRegions = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const country of countriesFile.countries) {
    if (englishRegions.of(country.code) === country.code) {
      problems.push(`countries.json: ${country.code}: not a region ICU knows`);
    }
  }
  if (problems.length > 0) throw new GazetteerDataError(problems);
  return peopleData;
}

/** Countries with ICU's names in every gazetteer language and their adjectives, indexed. */
function buildCountries(file: GazetteerFiles['countriesFile'], entries: NameEntry[]) {
  const displayNames = createDisplayNames();
  const countries = new Map<string, Country>();
  for (const data of file.countries) {
    const names = mergeNames(icuNames(data.code, displayNames), data.names);
    const ambiguous = foldedSet(data.ambiguous);
    // Territories get adjectives only as data: generated ones collide with common words.
    const nisba =
      data.arNisba ??
      (data.demonyms === undefined
        ? []
        : unique((names.ar ?? []).flatMap((name) => deriveArabicNisba(name))));
    const arabicAdjectives = unique([
      ...nisba.flatMap((masculine) => inflectArabicNisba(masculine)),
      ...(data.arForms ?? []),
    ]);
    const adjectives = mergeNames(
      data.demonyms,
      arabicAdjectives.length > 0 ? { ar: arabicAdjectives } : undefined,
    );
    const country: Country = {
      kind: 'country',
      id: data.code,
      name: names.en?.[0] ?? data.code,
      ...(data.wikidata !== undefined ? { wikidata: data.wikidata } : {}),
      names,
      adjectives,
    };
    countries.set(data.code, country);
    for (const language of GAZETTEER_LANGUAGES) {
      for (const text of names[language] ?? []) {
        const form: NameForm =
          language !== 'ar' && language !== 'fa' && LATIN_ACRONYM_PATTERN.test(text)
            ? 'acronym'
            : 'name';
        addEntries(entries, 'country', data.code, [text], form, ambiguous);
      }
    }
    addEntries(entries, 'country', data.code, allNameStrings(adjectives), 'adjective', ambiguous);
  }

  return countries;
}

/** Places (capitals and major cities), indexed. */
function buildPlaces(file: GazetteerFiles['placesFile'], entries: NameEntry[]) {
  const places = new Map<string, Place>();
  for (const data of file.places) {
    const place: Place = {
      kind: 'place',
      id: data.id,
      name: data.names.en?.[0] ?? data.id,
      country: data.country,
      capital: data.capital ?? false,
      ...(data.wikidata !== undefined ? { wikidata: data.wikidata } : {}),
      names: data.names,
    };
    places.set(data.id, place);
    addEntries(
      entries,
      'place',
      data.id,
      allNameStrings(data.names),
      'name',
      foldedSet(data.ambiguous),
    );
  }

  return places;
}

/** Organisations with their names and acronyms, indexed. */
function buildOrganisations(file: GazetteerFiles['organisationsFile'], entries: NameEntry[]) {
  const organisations = new Map<string, Organisation>();
  for (const data of file.organisations) {
    const acronyms = data.acronyms ?? {};
    const acronym = acronyms.en?.[0];
    const organisation: Organisation = {
      kind: 'organisation',
      id: data.id,
      name: data.name,
      organisationKind: data.kind,
      diplomatic: data.diplomatic ?? true,
      ...(acronym !== undefined ? { acronym } : {}),
      ...(data.wikidata !== undefined ? { wikidata: data.wikidata } : {}),
      ...(data.parent !== undefined ? { parent: data.parent } : {}),
      names: mergeNames({ en: [data.name] }, data.names),
      acronyms,
    };
    organisations.set(data.id, organisation);
    const ambiguous = foldedSet(data.ambiguous);
    addEntries(
      entries,
      'organisation',
      data.id,
      allNameStrings(organisation.names),
      'name',
      ambiguous,
    );
    addEntries(entries, 'organisation', data.id, allNameStrings(acronyms), 'acronym', ambiguous);
  }

  return organisations;
}

/** People with their offices in time, and who held each seat, indexed. */
function buildPeople(peopleData: readonly PersonInFile[], entries: NameEntry[]) {
  const people = new Map<string, Person>();
  const offices = new Map<string, HeldOffice[]>();
  for (const { person: data } of peopleData) {
    const names = mergeNames({ en: [data.name] }, data.names);
    const person: Person = {
      kind: 'person',
      id: data.id,
      name: data.name,
      ...(data.wikidata !== undefined ? { wikidata: data.wikidata } : {}),
      names,
      offices: data.offices.map(toOffice).sort((a, b) => a.from.localeCompare(b.from)),
    };
    people.set(data.id, person);
    for (const office of person.offices) {
      const key = seatKey(office);
      const list = offices.get(key) ?? [];
      list.push({ person, office });
      offices.set(key, list);
    }
    addEntries(
      entries,
      'person',
      data.id,
      [...allNameStrings(names), ...(data.ambiguous ?? [])],
      'name',
      foldedSet(data.ambiguous),
    );
  }

  return { people, offices };
}

/**
 * Validates the gazetteer data files (zod schemas, then cross-references: unique ids, known
 * country codes and organisation ids), adds ICU country names in ar, en, ru, fr, fa and tr, derives
 * Arabic nisba adjectives, and builds the match index. Pure: the data comes in as parsed JSON.
 * Throws `GazetteerDataError` listing every problem.
 */
export function loadGazetteer(data: GazetteerData): Gazetteer {
  const files = parseGazetteerFiles(data);
  const peopleData = checkReferences(files);
  const { peopleFile, placesFile, organisationsFile, countriesFile, lexiconFile } = files;
  // One index over every kind of name, filled in this order.
  const entries: NameEntry[] = [];
  const countries = buildCountries(countriesFile, entries);
  const places = buildPlaces(placesFile, entries);
  const organisations = buildOrganisations(organisationsFile, entries);
  const { people, offices } = buildPeople(peopleData, entries);

  const versions = {
    people: peopleFile.version,
    places: placesFile.version,
    organisations: organisationsFile.version,
    countries: countriesFile.version,
    lexicon: lexiconFile.version,
  };
  return {
    version: Object.entries(versions)
      .map(([file, value]) => `${file}@${value}`)
      .join('+'),
    versions,
    people,
    countries,
    places,
    organisations,
    offices,
    index: buildNameIndex(entries),
    lexicon: buildRoleLexicon(lexiconFile),
  };
}
