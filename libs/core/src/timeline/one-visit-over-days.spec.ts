import { buildMention, type MentionSpec, ORGANISATIONS, PEOPLE, PLACES } from '@sijill/testing';
import { oneVisitOverDays } from './one-visit-over-days';
import { profileMention } from './profile-mention';
import { windowGapDays } from './read-date-window';

const { putin, lavrov, tokayev } = PEOPLE;

const visit: MentionSpec = {
  id: 'v',
  article: 'v',
  type: 'visit',
  date: '2023-11-09',
  at: PLACES.astana,
  visitors: [putin],
  hosts: [tokayev],
};
const meeting: Partial<MentionSpec> = {
  type: 'meeting',
  visitors: [],
  hosts: [],
  with: [putin, tokayev],
};
const guestSummit: Partial<MentionSpec> = {
  type: 'summit',
  organisation: ORGANISATIONS.csto,
  visitors: [],
  hosts: [],
  with: [putin],
};

const cases: readonly [string, Partial<MentionSpec>, Partial<MentionSpec>, boolean][] = [
  ['the visit reported on its first and third days', {}, { date: '2023-11-11' }, true],
  ['the visit reported four days apart', {}, { date: '2023-11-13' }, false],
  ['another visitor two days later', {}, { visitors: [lavrov], date: '2023-11-11' }, false],
  [
    'a meeting of the visitor on the visit’s third day',
    {},
    { ...meeting, date: '2023-11-11' },
    true,
  ],
  ['a summit naming the visitor two days in', {}, { ...guestSummit, date: '2023-11-11' }, true],
  ['a meeting without the visitor', {}, { ...meeting, with: [tokayev], date: '2023-11-11' }, false],
  [
    'a call two days later',
    {},
    { ...meeting, type: 'call', at: undefined, date: '2023-11-11' },
    false,
  ],
  ['two meetings, no visit', { ...meeting }, { ...meeting, date: '2023-11-11' }, false],
  [
    'a date guessed from the news day',
    { rule: 'fallback-news-day' },
    { date: '2023-11-11' },
    false,
  ],
  [
    'two inferred capitals',
    { inferredPlace: true },
    { inferredPlace: true, date: '2023-11-11' },
    false,
  ],
  ['another country', {}, { at: PLACES.moscow, date: '2023-11-11' }, false],
];

describe('oneVisitOverDays', () => {
  it.each(cases)('%s', (_name, left, right, expected) => {
    const a = profileMention(buildMention({ ...visit, id: 'a', ...left }));
    const b = profileMention(buildMention({ ...visit, id: 'b', article: 'b', ...right }));
    const gap = windowGapDays(a.window!, b.window!);
    expect(oneVisitOverDays(a, b, gap)).toBe(expected);
    expect(oneVisitOverDays(b, a, gap)).toBe(expected);
  });
});
