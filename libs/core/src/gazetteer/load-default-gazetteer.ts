import countries from './data/countries.json';
import lexicon from './data/lexicon.json';
import organisations from './data/organisations.json';
import africa from './data/people/africa.json';
import americas from './data/people/americas.json';
import arabStates from './data/people/arab-states.json';
import asiaPacific from './data/people/asia-pacific.json';
import europe from './data/people/europe.json';
import middleEast from './data/people/middle-east.json';
import organisationHeads from './data/people/organisation-heads.json';
import russiaAndEurasia from './data/people/russia-and-eurasia.json';
import places from './data/places.json';
import type { GazetteerData } from './gazetteer.schema';
import { loadGazetteer, type Gazetteer } from './load-gazetteer';

/** The data files shipped with Sijill, as parsed JSON, for `loadGazetteer`. */
export const DEFAULT_GAZETTEER_DATA: GazetteerData = {
  // One part per region (by the country of a person's first office) and one for the heads of
  // international organisations; the loader merges them.
  people: [
    arabStates,
    middleEast,
    russiaAndEurasia,
    asiaPacific,
    europe,
    americas,
    africa,
    organisationHeads,
  ],
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
