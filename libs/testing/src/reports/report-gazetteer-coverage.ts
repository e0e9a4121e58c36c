// `npm run report:gazetteer-coverage` (after `npm run build`): for every member state of the
// groups the gazetteer covers, and each of its offices (head of state, head of government where
// that office exists, foreign minister), the years since 2000 that no dated term touches and the
// years with days of unknown holder; then each group's totals.
import { loadDefaultGazetteer } from '@sijill/core';
import {
  COVERAGE_FIRST_YEAR,
  COVERAGE_LAST_YEAR,
  COVERED_GROUPS,
  formatYears,
  measureGroupOffices,
  summariseGroupCoverage,
} from './measure-office-coverage';

function main(): void {
  const gazetteer = loadDefaultGazetteer();
  const states = [...new Set(Object.values(COVERED_GROUPS).flat())].sort();
  const lines = [
    `Offices ${COVERAGE_FIRST_YEAR}-${COVERAGE_LAST_YEAR}: years without any dated term | years with days of unknown holder`,
  ];
  for (const office of measureGroupOffices(gazetteer, states)) {
    if (office.yearsWithUnknownDays.length === 0) continue;
    lines.push(
      `${office.country} ${office.role.padEnd(18)} ${formatYears(office.yearsWithoutTerm) || '-'} | ${formatYears(office.yearsWithUnknownDays)}`,
    );
  }
  lines.push('', 'group        states  office-years  with a term  every day known');
  for (const [group, countries] of Object.entries(COVERED_GROUPS)) {
    const c = summariseGroupCoverage(gazetteer, countries);
    const percent = (n: number): string => `${((n / c.officeYears) * 100).toFixed(1)} %`;
    lines.push(
      `${group.padEnd(12)} ${String(c.states).padStart(6)}  ${String(c.officeYears).padStart(12)}  ${`${c.yearsWithTerm} (${percent(c.yearsWithTerm)})`.padStart(11)}  ${c.yearsFullyKnown} (${percent(c.yearsFullyKnown)})`,
    );
  }
  lines.push(
    '',
    `${gazetteer.people.size} people, ${[...gazetteer.people.values()].reduce((n, p) => n + p.offices.length, 0)} offices`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
