import countries from './data/countries.json';
import lexicon from './data/lexicon.json';
import organisations from './data/organisations.json';
import people from './data/people.json';
import places from './data/places.json';
import type { GazetteerData } from './gazetteer.schema';
import { loadGazetteer, type Gazetteer } from './load-gazetteer';

/** The data files shipped with Sijill, as parsed JSON, for `loadGazetteer`. */
export const DEFAULT_GAZETTEER_DATA: GazetteerData = {
  people,
  places,
  organisations,
  countries,
  lexicon,
};

/**
 * Loads the gazetteer shipped with Sijill (validation, ICU names, index: tens of milliseconds).
 * Call it once at start-up and share the result; the gazetteer is immutable.
 */
export function loadDefaultGazetteer(): Gazetteer {
  return loadGazetteer(DEFAULT_GAZETTEER_DATA);
}
