import { loadDefaultGazetteer } from './load-default-gazetteer';
import { holderOf, isInOffice, resolveRole, type RoleQuery } from './resolve-role';

const gazetteer = loadDefaultGazetteer();

describe('resolveRole', () => {
  // [query, date, holder]
  const cases: readonly [RoleQuery, string, string | undefined][] = [
    [{ role: 'president', country: 'IR' }, '2023-06-01', 'ebrahim-raisi'],
    [{ role: 'president', country: 'IR' }, '2024-05-19', 'ebrahim-raisi'],
    [{ role: 'president', country: 'IR' }, '2024-05-20', 'mohammad-mokhber'],
    [{ role: 'president', country: 'IR' }, '2024-07-28', 'masoud-pezeshkian'],
    [{ role: 'president', country: 'IR' }, '2025-01-01T09:30:00Z', 'masoud-pezeshkian'],
    [{ role: 'head-of-state', country: 'IR' }, '2025-01-01', 'ali-khamenei'],
    [{ role: 'president', country: 'KZ' }, '2019-03-19', 'nursultan-nazarbayev'],
    [{ role: 'president', country: 'KZ' }, '2019-03-20', 'kassym-jomart-tokayev'],
    [{ role: 'president', country: 'US' }, '2021-01-20', 'joe-biden'],
    [{ role: 'president', country: 'US' }, '2025-01-20', 'donald-trump'],
    [{ role: 'president', country: 'KR' }, '2025-01-15', 'choi-sang-mok'],
    [{ role: 'head-of-government', country: 'SA' }, '2022-01-01', 'salman-bin-abdulaziz'],
    [{ role: 'head-of-government', country: 'SA' }, '2023-01-01', 'mohammed-bin-salman'],
    [{ role: 'foreign-minister', country: 'CN' }, '2023-03-01', 'qin-gang'],
    [{ role: 'foreign-minister', country: 'CN' }, '2023-08-01', 'wang-yi'],
    [{ role: 'secretary-general', organisation: 'nato' }, '2024-10-01', 'mark-rutte'],
    [{ role: 'head-of-organisation', organisation: 'un' }, '2020-01-01', 'antonio-guterres'],
    [{ role: 'president', country: 'LB' }, '2023-06-01', undefined],
    [{ role: 'president', country: 'KZ' }, '2024-13-45', undefined],
    [{ role: 'president', country: 'KZ' }, 'yesterday', undefined],
    [{ role: 'president' }, '2024-01-01', undefined],
  ];

  it.each(cases)('%j on %s → %s', (query, date, holder) => {
    expect(resolveRole(gazetteer, query, date)?.id).toBe(holder);
  });
});

describe('isInOffice', () => {
  it('is true only while an office is held', () => {
    const raisi = gazetteer.people.get('ebrahim-raisi');
    if (raisi === undefined) throw new Error('missing test person');
    expect(isInOffice(raisi, '2022-01-01')).toBe(true);
    expect(isInOffice(raisi, '2024-06-01')).toBe(false);
  });
});

describe('holderOf: the holder of an office on a day, a month or a year', () => {
  // [case, query, date, holder]: real terms of office; undefined where the gazetteer knows nobody.
  const cases: readonly [string, RoleQuery, string, string | undefined][] = [
    [
      'a date before the data never falls to the current holder',
      { role: 'president', country: 'EG' },
      '1977-11-19',
      undefined,
    ],
    [
      'a foreign minister on a month inside his term',
      { role: 'foreign-minister', country: 'UA' },
      '2015-02',
      'pavlo-klimkin',
    ],
    [
      'not the foreign minister of five years later',
      { role: 'foreign-minister', country: 'UA' },
      '2020-06',
      'dmytro-kuleba',
    ],
    [
      'a month in which the office changed hands has no single holder',
      { role: 'foreign-minister', country: 'UA' },
      '2020-03',
      undefined,
    ],
    [
      'a year in which the office changed hands has no single holder',
      { role: 'foreign-minister', country: 'UA' },
      '2019',
      undefined,
    ],
    [
      'a whole year in one term',
      { role: 'foreign-minister', country: 'UA' },
      '2017',
      'pavlo-klimkin',
    ],
    [
      'a Saudi foreign minister on a day',
      { role: 'foreign-minister', country: 'SA' },
      '2015-07-30',
      'adel-al-jubeir',
    ],
    [
      'the Saudi king on a day',
      { role: 'king', country: 'SA' },
      '2015-01-24',
      'salman-bin-abdulaziz',
    ],
    [
      'the head of government by role',
      { role: 'head-of-government', country: 'UA' },
      '2016-04-14',
      'volodymyr-groysman',
    ],
    [
      'a future day past no known change',
      { role: 'president', country: 'UA' },
      '2026-01-01',
      'volodymyr-zelensky',
    ],
    [
      'the Saudi king the day before the handover',
      { role: 'king', country: 'SA' },
      '2015-01-22',
      'abdullah-bin-abdulaziz',
    ],
    [
      'the handover day goes to the term that began last',
      { role: 'king', country: 'SA' },
      '2015-01-23',
      'salman-bin-abdulaziz',
    ],
    [
      'the Egyptian president of 2012',
      { role: 'president', country: 'EG' },
      '2013-01-15',
      'mohamed-morsi',
    ],
    [
      'a title asked for is not answered by another title of the same role',
      { role: 'president', country: 'EG' },
      '2011-06-01',
      undefined,
    ],
    [
      'the same role under another title',
      { role: 'head-of-state', country: 'EG' },
      '2011-06-01',
      'mohamed-hussein-tantawi',
    ],
    ['an acting holder', { role: 'president', country: 'EG' }, '2014-01-01', 'adly-mansour'],
    [
      'an Arab League secretary-general',
      { role: 'secretary-general', organisation: 'arab-league' },
      '2008',
      'amr-moussa',
    ],
    ['no seat', { role: 'president' }, '2020', undefined],
    ['not a date', { role: 'president', country: 'UA' }, '2020-13', undefined],
  ];

  it.each(cases)('%s: %j on %s → %s', (_, query, date, holder) => {
    expect(holderOf(gazetteer, query, date)?.person.id).toBe(holder);
  });

  it('answers with the term that holds on the day', () => {
    const held = holderOf(gazetteer, { role: 'foreign-minister', country: 'UA' }, '2015-02-10');
    expect(held?.office).toMatchObject({ from: '2014-06-19', to: '2019-08-29', acting: false });
  });
});
