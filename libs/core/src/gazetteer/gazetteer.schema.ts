import { z } from 'zod';
import { widenPartialDate } from './widen-partial-date';

/** Languages the gazetteer holds names in; Arabic and English are required where names are. */
export const GAZETTEER_LANGUAGES = ['ar', 'en', 'ru', 'fr', 'fa', 'tr'] as const;
export type GazetteerLanguage = (typeof GAZETTEER_LANGUAGES)[number];

/** What an office holder does, whatever the local title. */
export const OFFICE_ROLES = [
  'head-of-state',
  'head-of-government',
  'deputy-head-of-state',
  'foreign-minister',
  'head-of-organisation',
  'military-leader',
  // A minister of another portfolio (defence, interior …): a party only beside a reported office.
  'minister',
] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

/** The title an office is known by, which role phrases name (president, emir, crown prince …). */
export const OFFICE_TITLES = [
  'president',
  'prime-minister',
  'chancellor',
  'king',
  'queen',
  'emir',
  'sultan',
  'emperor',
  'supreme-leader',
  'crown-prince',
  'deputy-crown-prince',
  'vice-president',
  'foreign-minister',
  'secretary-general',
  'chairperson',
  'director-general',
  'managing-director',
  'high-representative',
  'executive-secretary',
  'pope',
  'leader',
  'commander',
  'minister',
] as const;
export type OfficeTitle = (typeof OFFICE_TITLES)[number];

/** Titles held in an international organisation, not a state: their holders speak for the body. */
export const ORGANISATION_TITLES: ReadonlySet<string> = new Set<OfficeTitle>([
  'secretary-general',
  'chairperson',
  'director-general',
  'managing-director',
  'high-representative',
  'executive-secretary',
]);

const nonEmpty = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'lower-case words joined by hyphens');
const countryCode = z.string().regex(/^[A-Z]{2}$/u, 'ISO 3166-1 alpha-2');
const wikidataId = z.string().regex(/^Q[1-9]\d*$/u, 'a Wikidata item id such as Q7747');
const version = z.string().regex(/^\d+\.\d+\.\d+$/u, 'semantic version MAJOR.MINOR.PATCH');
// Day precision when known; month or year precision when only that much is certain.
const partialDate = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u,
    'YYYY, YYYY-MM or YYYY-MM-DD',
  );

const names = z
  .object({
    ar: z.array(nonEmpty).optional(),
    en: z.array(nonEmpty).optional(),
    ru: z.array(nonEmpty).optional(),
    fr: z.array(nonEmpty).optional(),
    fa: z.array(nonEmpty).optional(),
    tr: z.array(nonEmpty).optional(),
  })
  .strict();
/** Names or variants per language, the preferred one first. */
export type GazetteerNames = z.infer<typeof names>;

const namesWithArabicAndEnglish = names.refine(
  (value) => (value.ar?.length ?? 0) > 0 && (value.en?.length ?? 0) > 0,
  'needs at least one Arabic and one English name',
);

const officeSchema = z
  .object({
    role: z.enum(OFFICE_ROLES),
    title: z.enum(OFFICE_TITLES),
    country: countryCode.optional(),
    organisation: slug.optional(),
    from: partialDate,
    to: partialDate.optional(),
    acting: z.boolean().optional(),
    shared: z.boolean().optional(),
  })
  .strict()
  .refine((office) => (office.country === undefined) !== (office.organisation === undefined), {
    message: 'an office belongs to exactly one country or organisation',
  })
  .refine(
    (office) =>
      office.to === undefined ||
      widenPartialDate(office.from, 'start') <= widenPartialDate(office.to, 'end'),
    {
      message: '`to` must not be before `from`',
    },
  );
export type OfficeData = z.infer<typeof officeSchema>;

const personSchema = z
  .object({
    id: slug,
    name: nonEmpty,
    wikidata: wikidataId.optional(),
    names: namesWithArabicAndEnglish,
    ambiguous: z.array(nonEmpty).optional(),
    offices: z.array(officeSchema),
  })
  .strict();
export type PersonData = z.infer<typeof personSchema>;

const placeSchema = z
  .object({
    id: slug,
    country: countryCode,
    capital: z.boolean().optional(),
    wikidata: wikidataId.optional(),
    names: namesWithArabicAndEnglish,
    ambiguous: z.array(nonEmpty).optional(),
  })
  .strict();
export type PlaceData = z.infer<typeof placeSchema>;

const organisationSchema = z
  .object({
    id: slug,
    name: nonEmpty,
    kind: z.enum(['organisation', 'format']),
    /**
     * False for a body whose meetings are no diplomatic encounter by themselves (OPEC, the IMF):
     * one gives an entry only with a head of state or government or a foreign minister named.
     */
    diplomatic: z.boolean().optional(),
    wikidata: wikidataId.optional(),
    parent: slug.optional(),
    acronyms: names.optional(),
    names: namesWithArabicAndEnglish,
    ambiguous: z.array(nonEmpty).optional(),
  })
  .strict();
export type OrganisationData = z.infer<typeof organisationSchema>;

const countrySchema = z
  .object({
    code: countryCode,
    wikidata: wikidataId.optional(),
    names: names.optional(),
    arNisba: z.array(nonEmpty).optional(),
    arForms: z.array(nonEmpty).optional(),
    demonyms: names.optional(),
    ambiguous: z.array(nonEmpty).optional(),
  })
  .strict();
export type CountryData = z.infer<typeof countrySchema>;

const titleQuery = z
  .object({ title: z.enum(OFFICE_TITLES).optional(), role: z.enum(OFFICE_ROLES).optional() })
  .strict()
  .refine(
    (query) => query.title !== undefined || query.role !== undefined,
    'needs a title or a role',
  );
export type TitleQuery = z.infer<typeof titleQuery>;

const titleSchema = z
  .object({
    key: slug,
    names,
    country: titleQuery.optional(),
    organisation: titleQuery.optional(),
  })
  .strict();
export type TitleData = z.infer<typeof titleSchema>;

/**
 * One file of people (`data/people/<part>.json`). Every part carries the same `version`: the
 * people data are versioned as one set and split into parts only to be read and reviewed.
 */
export const peopleFileSchema = z
  .object({ version, part: slug.optional(), people: z.array(personSchema) })
  .strict();
/** `data/places.json`. */
export const placesFileSchema = z.object({ version, places: z.array(placeSchema) }).strict();
/** `data/organisations.json`. */
export const organisationsFileSchema = z
  .object({ version, organisations: z.array(organisationSchema) })
  .strict();
/** `data/countries.json`: every country code, plus what ICU does not give (demonyms, variants). */
export const countriesFileSchema = z
  .object({ version, countries: z.array(countrySchema) })
  .strict();
/** `data/lexicon.json`: titles for role phrases, and the words around them. */
export const lexiconFileSchema = z
  .object({
    version,
    titles: z.array(titleSchema),
    fillers: names,
    connectors: names,
    formerAfter: names,
    formerBefore: names,
    personCues: names,
    organisationCues: names,
    placeCues: names,
    /** Case endings and the nominative ending each replaces (ом → "", е → а), folded. */
    caseEndings: z.array(z.tuple([z.string(), z.string()])).default([]),
  })
  .strict();

/** Everything `loadGazetteer` needs: the parsed JSON of each data file. */
export interface GazetteerData {
  /** One people file, or the parts of the people data (merged at load; ids unique across parts). */
  readonly people: unknown;
  readonly places: unknown;
  readonly organisations: unknown;
  readonly countries: unknown;
  readonly lexicon: unknown;
}

export type PeopleFile = z.infer<typeof peopleFileSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
export type OrganisationsFile = z.infer<typeof organisationsFileSchema>;
export type CountriesFile = z.infer<typeof countriesFileSchema>;
export type LexiconFile = z.infer<typeof lexiconFileSchema>;
