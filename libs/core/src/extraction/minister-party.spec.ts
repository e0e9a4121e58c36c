import { loadDefaultGazetteer } from '../gazetteer';
import type { Actor } from './find-actors';
import { ministerAside, setMinistersAside } from './minister-party';

const gazetteer = loadDefaultGazetteer();
const DAY = '2015-07-22';

const actor = (personId: string, source: Actor['source'] = 'name'): Actor => ({
  personId,
  first: 0,
  last: 1,
  clause: 0,
  source,
  excluded: false,
  negated: false,
});

describe('setMinistersAside', () => {
  it.each([
    {
      rule: 'a minister named beside a head of state stays a party',
      sentence: 2,
      people: ['ash-carter', 'salman-bin-abdulaziz'],
      expected: [undefined, undefined],
    },
    {
      rule: "a minister alone in a later sentence (his own trip, told beside another's encounter) is set aside",
      sentence: 1,
      people: ['ash-carter'],
      expected: ['minister-alone'],
    },
    {
      rule: "a minister alone in the article's first sentence is its own story",
      sentence: 0,
      people: ['ash-carter'],
      expected: [undefined],
    },
    {
      rule: 'a foreign minister alone is no minister of another portfolio',
      sentence: 3,
      people: ['john-kerry'],
      expected: [undefined],
    },
  ])('$rule', ({ sentence, people, expected }) => {
    const actors = setMinistersAside(
      people.map((p) => actor(p)),
      gazetteer,
      DAY,
      sentence,
    );
    expect(actors.map((a) => a.refusedBy)).toEqual(expected);
  });
});

describe('ministerAside', () => {
  it.each([
    {
      rule: 'a minister named in full in the opening sentence takes part',
      person: 'ash-carter',
      source: 'name' as const,
      sentence: 0,
      expected: false,
    },
    {
      rule: 'a minister called by a surname alias takes no part',
      person: 'anwar-gargash',
      source: 'alias' as const,
      sentence: 0,
      expected: true,
    },
    {
      rule: 'a minister from a sentence merged in takes no part',
      person: 'ash-carter',
      source: 'name' as const,
      sentence: 1,
      expected: true,
    },
    {
      rule: 'a head of state by alias in a merged sentence is not concerned',
      person: 'salman-bin-abdulaziz',
      source: 'alias' as const,
      sentence: 1,
      expected: false,
    },
  ])('$rule', ({ person, source, sentence, expected }) => {
    expect(
      ministerAside({ actor: actor(person, source), sentence }, { sentence: 0 }, gazetteer, DAY),
    ).toBe(expected);
  });
});
