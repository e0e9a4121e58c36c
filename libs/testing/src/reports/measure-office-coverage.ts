import type { Gazetteer } from '@sijill/core';

/**
 * Member states of the groups whose heads of state and government and foreign ministers the
 * gazetteer covers since 2000 (CIS: the members and associate Turkmenistan; OIC: the 57 members).
 */
export const COVERED_GROUPS: Readonly<Record<string, readonly string[]>> = {
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

/** The offices counted for every member state. */
export const COVERED_ROLES = ['head-of-state', 'head-of-government', 'foreign-minister'] as const;
export type CoveredRole = (typeof COVERED_ROLES)[number];

/**
 * States where the president heads the government and no separate head of government existed for
 * most of the years since 2000 (Benin's and Comoros's occasional prime ministers, Uganda's and Guyana's prime ministers who
 * serve under the president, and Sierra Leone's chief minister are not asked for).
 */
export const NO_SEPARATE_HEAD_OF_GOVERNMENT: ReadonlySet<string> = new Set(
  'AR BJ BR CY GM GY ID KM MV MX NG SL SR TM UG US ZA'.split(' '),
);

export const COVERAGE_FIRST_YEAR = 2000;
export const COVERAGE_LAST_YEAR = 2026;

/** One office of one state, year by year. */
export interface OfficeCoverage {
  readonly country: string;
  readonly role: CoveredRole;
  /** Years that no dated term of the office touches. */
  readonly yearsWithoutTerm: readonly number[];
  /** Years with at least one day for which no holder is known (vacancies included). */
  readonly yearsWithUnknownDays: readonly number[];
}

/** A group's totals: office-years asked, with some dated term, and known on every day. */
export interface GroupCoverage {
  readonly states: number;
  readonly officeYears: number;
  readonly yearsWithTerm: number;
  readonly yearsFullyKnown: number;
}

const DAY_MS = 86_400_000;

function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;
}

const OPEN_END = dayNumber('9999-12-31');

/** The offices asked for a state: the head of government only where that office exists. */
export function rolesAskedOf(country: string): readonly CoveredRole[] {
  return COVERED_ROLES.filter(
    (role) => role !== 'head-of-government' || !NO_SEPARATE_HEAD_OF_GOVERNMENT.has(country),
  );
}

/** Year by year, which of a state's offices the gazetteer's dated terms leave uncovered. */
export function measureOfficeCoverage(
  gazetteer: Gazetteer,
  country: string,
  role: CoveredRole,
): OfficeCoverage {
  const terms = (gazetteer.offices.get(`country:${country}`) ?? [])
    .filter(({ office }) => office.role === role)
    .map(({ office }) => ({
      from: dayNumber(office.from),
      to: office.to === undefined ? OPEN_END : dayNumber(office.to),
    }))
    .sort((a, b) => a.from - b.from);
  const yearsWithoutTerm: number[] = [];
  const yearsWithUnknownDays: number[] = [];
  for (let year = COVERAGE_FIRST_YEAR; year <= COVERAGE_LAST_YEAR; year += 1) {
    const start = dayNumber(`${year}-01-01`);
    const end = dayNumber(`${year}-12-31`);
    const touching = terms.filter((term) => term.from <= end && term.to >= start);
    if (touching.length === 0) yearsWithoutTerm.push(year);
    let uncovered = start;
    for (const term of touching) {
      if (term.from > uncovered) break;
      uncovered = Math.max(uncovered, term.to + 1);
    }
    if (uncovered <= end) yearsWithUnknownDays.push(year);
  }
  return { country, role, yearsWithoutTerm, yearsWithUnknownDays };
}

/** Every office of every state of a group, measured. */
export function measureGroupOffices(
  gazetteer: Gazetteer,
  countries: readonly string[],
): OfficeCoverage[] {
  return countries.flatMap((country) =>
    rolesAskedOf(country).map((role) => measureOfficeCoverage(gazetteer, country, role)),
  );
}

/** A group's totals over `COVERAGE_FIRST_YEAR`..`COVERAGE_LAST_YEAR`. */
export function summariseGroupCoverage(
  gazetteer: Gazetteer,
  countries: readonly string[],
): GroupCoverage {
  const offices = measureGroupOffices(gazetteer, countries);
  const years = COVERAGE_LAST_YEAR - COVERAGE_FIRST_YEAR + 1;
  const officeYears = offices.length * years;
  return {
    states: countries.length,
    officeYears,
    yearsWithTerm: officeYears - offices.reduce((n, o) => n + o.yearsWithoutTerm.length, 0),
    yearsFullyKnown: officeYears - offices.reduce((n, o) => n + o.yearsWithUnknownDays.length, 0),
  };
}

/** Years as compact ranges: 2000-2003 2007 2011-2012. */
export function formatYears(years: readonly number[]): string {
  const ranges: string[] = [];
  let first: number | undefined;
  let last: number | undefined;
  for (const year of [...years, Number.NaN]) {
    if (first !== undefined && last !== undefined && year === last + 1) {
      last = year;
      continue;
    }
    if (first !== undefined && last !== undefined)
      ranges.push(first === last ? `${first}` : `${first}-${last}`);
    first = year;
    last = year;
  }
  return ranges.join(' ');
}
