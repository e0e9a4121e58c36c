import {
  COVERED_GROUPS,
  measureGroupOffices,
  rolesAskedOf,
  summariseGroupCoverage,
  type GroupCoverage,
} from '@sijill/testing';
import { loadDefaultGazetteer } from './load-default-gazetteer';
import { holderOf } from './resolve-role';

const gazetteer = loadDefaultGazetteer();

const DATES = ['2000-06-01', '2005-06-01', '2010-06-01', '2015-06-01', '2020-06-01', '2025-06-01'];

interface SampleCoverage {
  /** Countries with every office known on every sample date. */
  readonly completeCountries: number;
  /** Office-dates (role × country × date) with a known holder, in per cent. */
  readonly officeDates: number;
  readonly people: number;
  readonly offices: number;
}

function sampleCoverageOf(countries: readonly string[]): SampleCoverage {
  let known = 0;
  let asked = 0;
  let completeCountries = 0;
  for (const country of countries) {
    let complete = true;
    for (const role of rolesAskedOf(country)) {
      for (const date of DATES) {
        asked += 1;
        if (holderOf(gazetteer, { role, country }, date) === undefined) complete = false;
        else known += 1;
      }
    }
    if (complete) completeCountries += 1;
  }
  const members = new Set(countries);
  const people = [...gazetteer.people.values()].filter((person) =>
    person.offices.some((office) => office.country !== undefined && members.has(office.country)),
  );
  const offices = people.flatMap((person) =>
    person.offices.filter((office) => office.country !== undefined && members.has(office.country)),
  );
  return {
    completeCountries,
    officeDates: Math.floor((known / asked) * 100),
    people: people.length,
    offices: offices.length,
  };
}

function shortfalls<T extends object>(list: string, measured: T, floor: T): string[] {
  return (Object.keys(floor) as (keyof T)[])
    .filter((key) => Number(measured[key]) < Number(floor[key]))
    .map((key) => `${list} ${String(key)}: ${String(measured[key])} < ${String(floor[key])}`);
}

describe('gazetteer coverage of heads of state and government and foreign ministers since 2000', () => {
  // Floors are the measured figures less a little: removing data fails, adding does not. Raise
  // them when data is added (`npm run report:gazetteer-coverage` prints the figures and the gaps).
  const sampleFloors: readonly [string, SampleCoverage][] = [
    ['arab-league', { completeCountries: 10, officeDates: 91, people: 325, offices: 380 }],
    ['gcc', { completeCountries: 6, officeDates: 100, people: 50, offices: 70 }],
    ['oic', { completeCountries: 22, officeDates: 85, people: 750, offices: 860 }],
    ['sco', { completeCountries: 9, officeDates: 97, people: 150, offices: 180 }],
    ['cis', { completeCountries: 8, officeDates: 96, people: 135, offices: 165 }],
    ['g20', { completeCountries: 17, officeDates: 98, people: 335, offices: 390 }],
  ];

  // Office-years 2000–2026 (state × office × year): with at least one dated term, and with a
  // known holder on every day of the year (vacancies, such as Lebanon's presidency in 2014–16,
  // and days between terms count as unknown).
  const yearFloors: readonly [string, Pick<GroupCoverage, 'yearsWithTerm' | 'yearsFullyKnown'>][] =
    [
      ['arab-league', { yearsWithTerm: 1660, yearsFullyKnown: 1590 }],
      ['gcc', { yearsWithTerm: 486, yearsFullyKnown: 480 }],
      ['oic', { yearsWithTerm: 3870, yearsFullyKnown: 3695 }],
      ['sco', { yearsWithTerm: 808, yearsFullyKnown: 780 }],
      ['cis', { yearsWithTerm: 772, yearsFullyKnown: 746 }],
      ['g20', { yearsWithTerm: 1375, yearsFullyKnown: 1340 }],
    ];

  it.each(sampleFloors)('%s stays at or above its sample-date floor', (list, floor) => {
    expect(shortfalls(list, sampleCoverageOf(COVERED_GROUPS[list] ?? []), floor)).toEqual([]);
  });

  it.each(yearFloors)('%s stays at or above its office-year floor', (list, floor) => {
    const measured = summariseGroupCoverage(gazetteer, COVERED_GROUPS[list] ?? []);
    expect(shortfalls(list, measured, floor)).toEqual([]);
  });

  it('knows some holder of every office of every member state in 2025', () => {
    const states = [...new Set(Object.values(COVERED_GROUPS).flat())].sort();
    const missing = measureGroupOffices(gazetteer, states)
      .filter((office) => office.yearsWithoutTerm.includes(2025))
      .map((office) => `${office.country} ${office.role}`);
    expect(missing).toEqual(KNOWN_MISSING_IN_2025);
  });

  it('lists the 22 Arab League, 6 GCC, 57 OIC and 19 G20 states', () => {
    const { 'arab-league': arabLeague, gcc, oic, g20 } = COVERED_GROUPS;
    expect([arabLeague, gcc, oic, g20].map((l) => l?.length)).toEqual([22, 6, 57, 19]);
    for (const code of Object.values(COVERED_GROUPS).flat())
      expect(gazetteer.countries.has(code)).toBe(true);
  });
});

// Offices with no dated term at all in 2025, each a gap to fill (the list only shrinks).
const KNOWN_MISSING_IN_2025: readonly string[] = [
  'AL foreign-minister',
  'BF foreign-minister',
  'BJ foreign-minister',
  'CI foreign-minister',
  'GA foreign-minister',
  'GM foreign-minister',
  'GN foreign-minister',
  'GW head-of-government',
  'GW foreign-minister',
  'KM foreign-minister',
  'MV foreign-minister',
  'SD foreign-minister',
  'SL foreign-minister',
  'SO foreign-minister',
  'TD foreign-minister',
];
