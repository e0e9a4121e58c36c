import { loadDefaultGazetteer } from '../gazetteer';
import { toParticipant } from './person-facts';

const gazetteer = loadDefaultGazetteer();

describe('toParticipant: the role is the office held on the day', () => {
  it.each([
    {
      rule: 'a later secretary of state, named in 2015, has no office yet',
      personId: 'mike-pompeo',
      day: '2015-08-02',
      role: undefined,
      country: 'US',
    },
    {
      rule: 'the same person during his term is foreign minister',
      personId: 'mike-pompeo',
      day: '2019-03-01',
      role: 'foreign-minister',
      country: 'US',
    },
    {
      rule: 'Mohammed bin Salman in 2015 is deputy crown prince',
      personId: 'mohammed-bin-salman',
      day: '2015-07-30',
      role: 'deputy-crown-prince',
      country: 'SA',
    },
    {
      rule: 'and crown prince from June 2017',
      personId: 'mohammed-bin-salman',
      day: '2018-03-01',
      role: 'crown-prince',
      country: 'SA',
    },
    {
      rule: 'Mohamed bin Zayed in 2015 is crown prince, not yet president',
      personId: 'mohamed-bin-zayed',
      day: '2015-07-30',
      role: 'crown-prince',
      country: 'AE',
    },
    {
      rule: 'a former president keeps his country and no title',
      personId: 'apj-abdul-kalam',
      day: '2015-07-30',
      role: undefined,
      country: 'IN',
    },
  ])('$rule', ({ personId, day, role, country }) => {
    const participant = toParticipant(gazetteer, personId, day, undefined);
    expect(participant?.role).toBe(role);
    expect(participant?.country).toBe(country);
  });
});
