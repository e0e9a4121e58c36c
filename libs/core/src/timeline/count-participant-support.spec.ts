import fc from 'fast-check';
import { composeEntryContent } from './build-entry';
import { supportedPeople } from './count-participant-support';
import { personKey } from './profile-mention';
import { buildMention, PEOPLE, PLACES } from '@sijill/testing';

const { putin, tokayev, lavrov, xi, erdogan } = PEOPLE;
type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

/** One report per article: the visitor and host it names, and anyone it adds. */
function reports(count: number, extra: Record<number, readonly Person[]> = {}) {
  return Array.from({ length: count }, (_, i) =>
    buildMention({
      id: `a${String(i).padStart(2, '0')}#1`,
      article: `a${String(i).padStart(2, '0')}`,
      type: 'visit',
      date: '2024-11-27',
      at: PLACES.astana,
      visitors: [putin],
      hosts: [tokayev],
      with: extra[i] ?? [],
    }),
  );
}

const keys = (people: readonly Person[]): string[] => people.map(personKey).sort();

describe('supportedPeople', () => {
  it.each([
    ['one report names everyone it reads', 1, {}, [putin, tokayev]],
    ['five reports: one naming a minister is enough', 5, { 0: [lavrov] }, [putin, tokayev, lavrov]],
    ['ten reports: a person one of them adds is no participant', 10, { 3: [xi] }, [putin, tokayev]],
    ['ten reports: two of them are a fifth', 10, { 3: [xi], 7: [xi] }, [putin, tokayev, xi]],
    [
      '23 reports: one names the King, two the crown prince, four the foreign minister',
      23,
      { 0: [erdogan], 1: [xi], 2: [xi], 3: [lavrov], 4: [lavrov], 5: [lavrov], 6: [lavrov] },
      [putin, tokayev, lavrov],
    ],
    [
      '23 reports: three outlets are support enough',
      23,
      { 1: [xi], 2: [xi], 9: [xi] },
      [putin, tokayev, xi],
    ],
  ] as const)('%s', (_name, count, extra, expected) => {
    expect([...supportedPeople(reports(count, extra))].sort()).toEqual(keys(expected));
  });

  it('counts an article once however many of its mentions name the person', () => {
    const cluster = reports(10);
    const repeated = [0, 1, 2].map((n) =>
      buildMention({
        id: `a00#${n + 2}`,
        article: 'a00',
        type: 'meeting',
        date: '2024-11-27',
        with: [putin, xi],
      }),
    );
    expect(supportedPeople([...cluster, ...repeated]).has(personKey(xi))).toBe(false);
  });

  it('counts only the reports that name someone', () => {
    const unnamed = Array.from({ length: 8 }, (_, i) =>
      buildMention({ id: `u${i}#1`, article: `u${i}`, type: 'summit', date: '2024-11-27' }),
    );
    const cluster = [...unnamed, ...reports(2, { 0: [xi] })];
    expect(supportedPeople(cluster).has(personKey(xi))).toBe(true);
  });

  it('leaves the entry without the people only a minority names', () => {
    const entry = composeEntryContent(reports(12, { 5: [erdogan] }), new Map());
    expect(entry.participants.map((p) => p.name)).toEqual([putin.name, tokayev.name]);
    expect(entry.title.en).not.toContain(erdogan.name);
  });

  it('does not depend on the order of the reports (property)', () => {
    const cluster = reports(14, { 0: [xi], 3: [xi], 4: [lavrov], 9: [erdogan] });
    const expected = [...supportedPeople(cluster)].sort();
    fc.assert(
      fc.property(fc.shuffledSubarray(cluster, { minLength: cluster.length }), (order) => {
        expect([...supportedPeople(order)].sort()).toEqual(expected);
        expect(composeEntryContent(order, new Map()).participants).toEqual(
          composeEntryContent(cluster, new Map()).participants,
        );
      }),
    );
  });
});
