import type { Gazetteer, GazetteerPerson, OfficeRole, OfficeTitle } from '../gazetteer';

const OFFICE_PREFIX = 'office-';

const TITLE_NAMES: Readonly<Partial<Record<OfficeTitle, { en: string; ar: string }>>> = {
  president: { en: 'President', ar: 'رئيس' },
  king: { en: 'King', ar: 'ملك' },
  emir: { en: 'Emir', ar: 'أمير' },
  sultan: { en: 'Sultan', ar: 'سلطان' },
  'prime-minister': { en: 'Prime Minister', ar: 'رئيس وزراء' },
  'foreign-minister': { en: 'Foreign Minister', ar: 'وزير خارجية' },
  chancellor: { en: 'Chancellor', ar: 'مستشار' },
};

/** The office role of each title the timeline reports. */
export const ROLE_OF_TITLE: Readonly<Partial<Record<OfficeTitle, OfficeRole>>> = {
  president: 'head-of-state',
  king: 'head-of-state',
  emir: 'head-of-state',
  sultan: 'head-of-state',
  'prime-minister': 'head-of-government',
  'foreign-minister': 'foreign-minister',
  chancellor: 'head-of-government',
};

/**
 * The id of an office whose holder on the day is unknown ("his Iranian counterpart" when the
 * gazetteer has no Iranian foreign minister then): a participant with role and country, no name.
 */
export function officeHolderId(title: string, country: string): string | undefined {
  return TITLE_NAMES[title as OfficeTitle] === undefined
    ? undefined
    : `${OFFICE_PREFIX}${title}-${country}`;
}

/** The person an `officeHolderId` stands for: the office, its country, and no name. */
export function unnamedHolder(gazetteer: Gazetteer, id: string): GazetteerPerson | undefined {
  if (!id.startsWith(OFFICE_PREFIX)) return undefined;
  const country = id.slice(-2);
  const title = id.slice(OFFICE_PREFIX.length, -3) as OfficeTitle;
  const label = TITLE_NAMES[title];
  const role = ROLE_OF_TITLE[title];
  const place = gazetteer.countries.get(country);
  if (label === undefined || role === undefined || place === undefined) return undefined;
  const arabic = place.names.ar?.[0] ?? place.name;
  return {
    kind: 'person',
    id,
    name: `${label.en} of ${place.name}`,
    names: { en: [`${label.en} of ${place.name}`], ar: [`${label.ar} ${arabic}`] },
    offices: [{ role, title, country, from: '0001-01-01', acting: false, shared: false }],
  };
}
