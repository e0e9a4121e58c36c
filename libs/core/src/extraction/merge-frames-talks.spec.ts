import type { EventFrame } from './event-frame';
import type { Actor } from './find-actors';
import { mergeFrames, talksApart, type SentenceOutput } from './merge-frames';

function actor(personId: string, country: string): Actor {
  return {
    personId,
    country,
    first: 0,
    last: 0,
    clause: 0,
    source: 'name',
    excluded: false,
    negated: false,
  };
}

function frame(
  type: EventFrame['type'],
  sentence: number,
  people: readonly Actor[],
  definite = false,
): EventFrame {
  return {
    type,
    sentences: [sentence],
    sentence,
    trigger: 0,
    announced: false,
    announcedCue: false,
    occurredTrigger: true,
    weak: false,
    anaphoric: definite && people.length === 0,
    definite,
    pairAnaphor: false,
    background: false,
    sideline: false,
    purpose: false,
    multilateral: false,
    leaders: false,
    actors: people.map((a) => ({ actor: a, sentence })),
    places: [{ country: 'TN', how: 'country', sentence, word: 0 }],
    agreements: [],
    strongTriggers: 1,
    placeFromReferent: false,
    mediated: false,
    partyCountries: [],
    namesOthers: false,
  };
}

const output = (f: EventFrame): SentenceOutput => ({
  sentence: f.sentence,
  frames: [f],
  orphanAgreements: [],
  orphanActors: [],
  orphanParties: [],
});

const ESSID = actor('habib-essid', 'TN');
const GUEST = actor('ursula-von-der-leyen', 'DE');

describe('talksApart', () => {
  it.each([
    {
      rule: "a host's talks thirteen sentences before a visit, sharing no one, are another encounter",
      talks: frame('meeting', 0, [ESSID]),
      visit: frame('visit', 13, [GUEST]),
      apart: true,
      events: 2,
    },
    {
      rule: 'talks in the next sentence but one are talks within the visit',
      talks: frame('meeting', 11, [ESSID]),
      visit: frame('visit', 13, [GUEST]),
      apart: false,
      events: 1,
    },
    {
      rule: 'talks far away that share the visitor are within the visit',
      talks: frame('meeting', 0, [ESSID, GUEST]),
      visit: frame('visit', 13, [GUEST]),
      apart: false,
      events: 1,
    },
    {
      rule: 'a definite noun naming no one refers back to the visit however far',
      talks: frame('meeting', 0, [], true),
      visit: frame('visit', 13, [GUEST]),
      apart: false,
      events: 1,
    },
    {
      rule: 'definite talks naming the host far from a visit refer back to it (المباحثات التي أجراها)',
      talks: frame('visit', 0, [GUEST]),
      visit: frame('meeting', 5, [ESSID], true),
      apart: false,
      events: 1,
    },
    {
      rule: 'an indefinite noun naming no one far from the visit is another encounter',
      talks: frame('meeting', 0, []),
      visit: frame('visit', 13, [GUEST]),
      apart: true,
      events: 2,
    },
  ])('$rule', ({ talks, visit, apart, events }) => {
    expect(talksApart(talks, visit, 2)).toBe(apart);
    expect(mergeFrames([output(talks), output(visit)], undefined, 2)).toHaveLength(events);
  });
});
