import { GAZETTEER_LANGUAGES, peopleFileSchema, type GazetteerNames } from './gazetteer.schema';
import { DEFAULT_GAZETTEER_DATA, loadDefaultGazetteer } from './load-default-gazetteer';
import { splitNameTokens } from './split-name-tokens';

// Every added name is a chance of a false match: a person's name must not also name a country, a
// place or an organisation, nor another person, unless the data marks it ambiguous (it then
// matches only beside a title or demonym).
const gazetteer = loadDefaultGazetteer();
const parts = (DEFAULT_GAZETTEER_DATA.people as unknown[]).map((part) =>
  peopleFileSchema.parse(part),
);
const people = parts.flatMap((part) => part.people);

function keyOf(text: string): string {
  return splitNameTokens(text)
    .map((token) => token.fold)
    .join(' ');
}

function keysOf(names: GazetteerNames): string[] {
  return GAZETTEER_LANGUAGES.flatMap((language) => names[language] ?? []).map(keyOf);
}

// Father and son who share a family name, written without a given name.
const SHARED_ON_PURPOSE = new Set(['berdimuhamedov', 'berdimuhamedow', 'بردي محمدوف']);

describe('person names in the gazetteer', () => {
  const ambiguous = new Set(people.flatMap((person) => (person.ambiguous ?? []).map(keyOf)));

  it('are not also the name of a country, place or organisation', () => {
    const otherNames = new Set([
      ...[...gazetteer.countries.values()].flatMap((c) => [
        ...keysOf(c.names),
        ...keysOf(c.adjectives),
      ]),
      ...[...gazetteer.places.values()].flatMap((p) => keysOf(p.names)),
      ...[...gazetteer.organisations.values()].flatMap((o) => keysOf(o.names)),
    ]);
    const clashes = people.flatMap((person) =>
      keysOf(person.names)
        .filter((key) => otherNames.has(key) && !ambiguous.has(key))
        .map((key) => `${person.id}: ${key}`),
    );
    expect(clashes).toEqual([]);
  });

  it('belong to one person each unless marked ambiguous', () => {
    const owners = new Map<string, Set<string>>();
    for (const person of people)
      for (const key of keysOf(person.names))
        owners.set(key, (owners.get(key) ?? new Set()).add(person.id));
    const shared = [...owners]
      .filter(([key, ids]) => ids.size > 1 && !ambiguous.has(key) && !SHARED_ON_PURPOSE.has(key))
      .map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });
});
