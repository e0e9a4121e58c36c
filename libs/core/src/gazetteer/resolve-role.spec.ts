import { loadDefaultGazetteer } from './load-default-gazetteer';
import { isInOffice, resolveRole, type RoleQuery } from './resolve-role';

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
