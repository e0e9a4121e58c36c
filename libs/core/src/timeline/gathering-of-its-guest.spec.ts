import { buildMention, type MentionSpec, ORGANISATIONS, PEOPLE, PLACES } from '@sijill/testing';
import { gatheringOfItsGuest } from './gathering-of-its-guest';
import { profileMention } from './profile-mention';

const { putin, tokayev, xi, lukashenko } = PEOPLE;
const { astana, moscow } = PLACES;

const summit: MentionSpec = {
  id: 's',
  article: 's',
  type: 'summit',
  date: '2023-11-09',
  at: astana,
  organisation: ORGANISATIONS.csto,
  with: [putin],
};
const visit: MentionSpec = {
  id: 'v',
  article: 'v',
  type: 'visit',
  date: '2023-11-09',
  at: astana,
  visitors: [putin],
  hosts: [tokayev],
};
const meeting: MentionSpec = { ...visit, id: 'm', type: 'meeting', visitors: [], hosts: [] };

const cases: readonly [string, Partial<MentionSpec>, MentionSpec, boolean][] = [
  ['the guest’s visit where the summit is held', {}, visit, true],
  ['the guest’s meeting there', {}, { ...meeting, with: [putin, xi] }, true],
  ['a meeting without the guest', {}, { ...meeting, with: [tokayev, xi] }, false],
  ['a “meeting” naming the guest alone', {}, { ...meeting, with: [putin] }, false],
  ['a summit naming two people', { with: [putin, lukashenko] }, visit, false],
  ['a summit naming its host alone', { with: [tokayev] }, { ...visit, visitors: [tokayev] }, false],
  ['a summit in another country', { at: moscow }, visit, false],
  ['a summit with no place', { at: undefined }, visit, false],
  ['a visit the guest receives', {}, { ...visit, visitors: [xi], hosts: [putin] }, false],
  ['a call', {}, { ...meeting, type: 'call', with: [putin, xi] }, false],
  ['the visit told apart by the summit’s own article', {}, { ...visit, article: 's' }, false],
];

describe('gatheringOfItsGuest', () => {
  it.each(cases)('%s: %s', (_name, change, other, expected) => {
    const [s, o] = [buildMention({ ...summit, ...change }), buildMention(other)];
    expect(gatheringOfItsGuest(profileMention(s), profileMention(o))).toBe(expected);
  });
});
