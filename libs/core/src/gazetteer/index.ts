export {
  GAZETTEER_LANGUAGES,
  OFFICE_ROLES,
  OFFICE_TITLES,
  ORGANISATION_TITLES,
} from './gazetteer.schema';
export type {
  GazetteerData,
  GazetteerLanguage,
  GazetteerNames,
  OfficeRole,
  OfficeTitle,
} from './gazetteer.schema';
export { GazetteerDataError } from './gazetteer-data.error';
export { loadGazetteer } from './load-gazetteer';
export type {
  Country as GazetteerCountry,
  Gazetteer,
  GazetteerEntity,
  HeldOffice as GazetteerHeldOffice,
  Office as GazetteerOffice,
  Organisation as GazetteerOrganisation,
  Person as GazetteerPerson,
  Place as GazetteerPlace,
} from './load-gazetteer';
export { DEFAULT_GAZETTEER_DATA, loadDefaultGazetteer } from './load-default-gazetteer';
export { matchEntities } from './match-entities';
export type {
  EntityMatch,
  GazetteerMatch,
  MatchOptions as GazetteerMatchOptions,
  MatchSpan as GazetteerMatchSpan,
  RoleMatch,
} from './match-entities';
export { holderOf, isInOffice, resolveRole } from './resolve-role';
export type { RoleQuery } from './resolve-role';
export type {
  EntityKind as GazetteerEntityKind,
  NameForm as GazetteerNameForm,
} from './build-name-index';
export { foldName as foldGazetteerName } from './fold-name';
