import { loadDefaultGazetteer } from './load-default-gazetteer';
import { holderOf } from './resolve-role';

const gazetteer = loadDefaultGazetteer();

// Member states of the lists the gazetteer covers (CIS: the members and associate Turkmenistan).
const LISTS: Readonly<Record<string, readonly string[]>> = {
  'arab-league': 'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' '),
  gcc: 'BH KW OM QA SA AE'.split(' '),
  oic: [
    ...'AF AL DZ AZ BH BD BJ BF BN CM TD KM CI DJ EG GA GM GN GW GY ID IR IQ JO KZ KW KG LB LY'.split(
      ' ',
    ),
    ...'MY MV ML MR MA MZ NE NG OM PK PS QA SA SN SL SO SD SR SY TJ TG TN TR TM UG AE UZ YE'.split(
      ' ',
    ),
  ],
  sco: 'BY CN IN IR KZ KG PK RU TJ UZ'.split(' '),
  cis: 'AM AZ BY KZ KG MD RU TJ TM UZ'.split(' '),
  g20: 'AR AU BR CA CN DE FR GB ID IN IT JP KR MX RU SA TR US ZA'.split(' '),
};
const ROLES = ['head-of-state', 'head-of-government', 'foreign-minister'] as const;
// Where the president also heads the government, there is no separate office to find.
const PRESIDENTIAL = new Set(['AR', 'BR', 'CY', 'ID', 'MX', 'TM', 'US', 'ZA']);
const DATES = ['2000-06-01', '2005-06-01', '2010-06-01', '2015-06-01', '2020-06-01', '2025-06-01'];

interface Coverage {
  /** Countries with every office known on every sample date. */
  readonly completeCountries: number;
  /** Office-dates (role × country × date) with a known holder, in per cent. */
  readonly officeDates: number;
  readonly people: number;
  readonly offices: number;
}

function coverageOf(countries: readonly string[]): Coverage {
  let known = 0;
  let asked = 0;
  let completeCountries = 0;
  for (const country of countries) {
    let complete = true;
    for (const role of ROLES) {
      if (role === 'head-of-government' && PRESIDENTIAL.has(country)) continue;
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

describe('gazetteer coverage of heads of state and government and foreign ministers since 2000', () => {
  // [list, floor]: measured figures less a little, so that removing data fails and adding does not.
  const floors: readonly [string, Coverage][] = [
    ['arab-league', { completeCountries: 9, officeDates: 85, people: 300, offices: 350 }],
    ['gcc', { completeCountries: 6, officeDates: 100, people: 50, offices: 70 }],
    ['oic', { completeCountries: 13, officeDates: 49, people: 435, offices: 510 }],
    ['sco', { completeCountries: 5, officeDates: 90, people: 130, offices: 150 }],
    ['cis', { completeCountries: 4, officeDates: 82, people: 100, offices: 120 }],
    ['g20', { completeCountries: 11, officeDates: 93, people: 300, offices: 350 }],
  ];

  it.each(floors)('%s stays at or above its floor', (list, floor) => {
    const coverage = coverageOf(LISTS[list] ?? []);
    const shortfalls = (Object.keys(floor) as (keyof Coverage)[])
      .filter((key) => coverage[key] < floor[key])
      .map((key) => `${list} ${key}: ${coverage[key]} < ${floor[key]}`);
    expect(shortfalls).toEqual([]);
  });

  it('lists the 22 Arab League, 6 GCC, 57 OIC and 19 G20 states', () => {
    expect([LISTS['arab-league'], LISTS.gcc, LISTS.oic, LISTS.g20].map((l) => l?.length)).toEqual([
      22, 6, 57, 19,
    ]);
    for (const code of Object.values(LISTS).flat())
      expect(gazetteer.countries.has(code)).toBe(true);
  });
});
