import type { Gazetteer, GazetteerPlace } from '../gazetteer';

const capitals = new WeakMap<Gazetteer['places'], ReadonlyMap<string, GazetteerPlace>>();

/** The seat of government of a country, as the gazetteer marks it (memoised per place table). */
export function capitalOf(gazetteer: Gazetteer, country: string): GazetteerPlace | undefined {
  let byCountry = capitals.get(gazetteer.places);
  if (byCountry === undefined) {
    const built = new Map<string, GazetteerPlace>();
    const sorted = [...gazetteer.places.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const place of sorted) {
      if (place.capital && !built.has(place.country)) built.set(place.country, place);
    }
    byCountry = built;
    capitals.set(gazetteer.places, byCountry);
  }
  return byCountry.get(country);
}
