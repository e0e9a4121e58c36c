import type { EventMention } from '@sijill/contracts';
import { compareMentions, mentionsCompatible } from './compare-mentions';
import {
  buildMention,
  type MentionSpec,
  ORGANISATIONS,
  PEOPLE,
  PLACES,
  realisticMentions,
} from '@sijill/testing';

const { putin, lavrov, tokayev, macron, lukashenko, erdogan, raisi, xi, aliyev } = PEOPLE;
const { astana, tashkent, moscow, kazan, almaty } = PLACES;
const { sco, eco, csto } = ORGANISATIONS;

const base = { article: 'x', date: '2023-11-09' } as const;
const putinVisit: MentionSpec = {
  ...base,
  id: 'v',
  type: 'visit',
  at: astana,
  visitors: [putin],
  hosts: [tokayev],
};
const m = (spec: Partial<MentionSpec>): EventMention =>
  buildMention({ ...putinVisit, id: 'other', article: 'y', ...spec });

type Relation = 'compatible' | 'unrelated' | 'conflicting';

const cases: readonly [string, Partial<MentionSpec>, Partial<MentionSpec>, Relation][] = [
  ['the same visit reported twice', {}, {}, 'compatible'],
  ['the same visit a day apart', {}, { date: '2023-11-10' }, 'compatible'],
  [
    'the same visit reported on days two apart (its arrival, its end)',
    {},
    { date: '2023-11-11' },
    'compatible',
  ],
  ['the same visit reported on days three apart', {}, { date: '2023-11-12' }, 'compatible'],
  ['the same visitor to the same host four days apart', {}, { date: '2023-11-13' }, 'unrelated'],
  [
    'the same people two days apart at an inferred capital (only a bridge joins them)',
    { inferredPlace: true },
    { inferredPlace: true, date: '2023-11-11' },
    'unrelated',
  ],
  ['the same people and place a year apart', {}, { date: '2024-11-09' }, 'conflicting'],
  ['a month date holding the day', {}, { date: '2023-11' }, 'compatible'],
  ['a month date not holding the day', {}, { date: '2023-12' }, 'conflicting'],
  ['a year date holding the day', {}, { date: '2023' }, 'compatible'],
  ['different visitors to the same host', {}, { visitors: [macron] }, 'conflicting'],
  [
    'different visitors the next day',
    {},
    { visitors: [lukashenko], date: '2023-11-10' },
    'conflicting',
  ],
  [
    'a visit without sides naming the visitor',
    {},
    { visitors: [], hosts: [], with: [putin, tokayev] },
    'compatible',
  ],
  ['a visit naming only the host', {}, { visitors: [], hosts: [tokayev] }, 'unrelated'],
  [
    'different visitors read from an explicit place',
    { visitors: [], hosts: [], with: [putin, tokayev] },
    { visitors: [], hosts: [], with: [macron, tokayev] },
    'conflicting',
  ],
  [
    'different visitors read from an inferred place',
    { visitors: [], hosts: [], with: [putin, tokayev], inferredPlace: true },
    { visitors: [], hosts: [], with: [macron, tokayev], inferredPlace: true },
    'unrelated',
  ],
  ['two explicit countries', {}, { at: tashkent }, 'conflicting'],
  [
    'an inferred country against an explicit one',
    {},
    { at: moscow, inferredPlace: true },
    'unrelated',
  ],
  ['an inferred country that agrees', {}, { inferredPlace: true }, 'compatible'],
  [
    'a meeting with the host during the visit',
    {},
    { type: 'meeting', visitors: [], hosts: [], with: [tokayev, putin] },
    'compatible',
  ],
  [
    'a meeting with the host and the visitor’s minister',
    {},
    { type: 'meeting', visitors: [], hosts: [], with: [tokayev, putin, lavrov] },
    'compatible',
  ],
  [
    'a meeting with a third party in the host country',
    {},
    { type: 'meeting', visitors: [], hosts: [], with: [putin, aliyev] },
    'unrelated',
  ],
  [
    'a meeting elsewhere',
    {},
    { type: 'meeting', at: moscow, visitors: [], hosts: [], with: [tokayev, putin] },
    'conflicting',
  ],
  [
    'a call and a visit',
    {},
    { type: 'call', at: undefined, visitors: [], hosts: [], with: [putin, tokayev] },
    'conflicting',
  ],
  [
    'a summit of others and a visit',
    {},
    { type: 'summit', organisation: csto, visitors: [], hosts: [], with: [putin, lukashenko] },
    'conflicting',
  ],
  [
    'a summit told through the visitor alone, where the visit is',
    {},
    { type: 'summit', organisation: csto, visitors: [], hosts: [], with: [putin] },
    'compatible',
  ],
  [
    'a summit told apart from the visit by one article (a summit the state visit coincides with)',
    { article: 'same' },
    { article: 'same', type: 'summit', organisation: csto, visitors: [], hosts: [], with: [putin] },
    'conflicting',
  ],
  [
    'a summit told through the host alone',
    {},
    { type: 'summit', organisation: csto, visitors: [], hosts: [], with: [tokayev] },
    'conflicting',
  ],
  [
    'a summit told through the visitor alone, in another country',
    {},
    { type: 'summit', at: moscow, organisation: csto, visitors: [], hosts: [], with: [putin] },
    'conflicting',
  ],
  [
    'a summit naming no one, where the visit is (only a guest’s report ties them)',
    {},
    { type: 'summit', organisation: csto, visitors: [], hosts: [], with: [] },
    'unrelated',
  ],
  [
    'a summit told through the visitor two stated days into the visit',
    {},
    {
      type: 'summit',
      organisation: csto,
      visitors: [],
      hosts: [],
      with: [putin],
      date: '2023-11-11',
    },
    'compatible',
  ],
  [
    'a meeting with the host two stated days into the visit',
    {},
    { type: 'meeting', visitors: [], hosts: [], with: [tokayev, putin], date: '2023-11-11' },
    'compatible',
  ],
  [
    'a meeting with the host four days after the visit',
    {},
    { type: 'meeting', visitors: [], hosts: [], with: [tokayev, putin], date: '2023-11-13' },
    'unrelated',
  ],
  [
    'a meeting with a third party, no place named, on the day of the visit',
    {},
    { type: 'meeting', at: undefined, visitors: [], hosts: [], with: [putin, aliyev] },
    'compatible',
  ],
  [
    'a meeting with a third party, no place named, the day after the visit',
    {},
    {
      type: 'meeting',
      at: undefined,
      visitors: [],
      hosts: [],
      with: [putin, aliyev],
      date: '2023-11-10',
    },
    'unrelated',
  ],
  [
    'a meeting with a third party, no place named, beside a visit to an inferred capital',
    { inferredPlace: true },
    { type: 'meeting', at: undefined, visitors: [], hosts: [], with: [putin, aliyev] },
    'unrelated',
  ],
  [
    'a meeting with a third party, no place named, dated from the news day',
    {},
    {
      type: 'meeting',
      at: undefined,
      visitors: [],
      hosts: [],
      with: [putin, aliyev],
      rule: 'fallback-news-day',
    },
    'unrelated',
  ],
  [
    'a statement and a visit',
    {},
    { type: 'statement', visitors: [], hosts: [], with: [putin] },
    'conflicting',
  ],
];

const summit: Partial<MentionSpec> = {
  type: 'summit',
  at: astana,
  organisation: sco,
  visitors: [],
  hosts: [],
  with: [putin, xi],
};
const summitCases: readonly [string, Partial<MentionSpec>, Partial<MentionSpec>, Relation][] = [
  ['one summit, different leaders named', summit, { ...summit, with: [tokayev] }, 'compatible'],
  [
    'one summit, no organisation on one side',
    summit,
    { ...summit, organisation: undefined, with: [putin] },
    'compatible',
  ],
  [
    'a summit without organisation or shared leader',
    summit,
    { ...summit, organisation: undefined, with: [tokayev] },
    'unrelated',
  ],
  ['two organisations on one day', summit, { ...summit, organisation: eco }, 'conflicting'],
  [
    'a summit and a meeting on its sidelines',
    summit,
    { type: 'meeting', at: astana, with: [putin, xi] },
    'conflicting',
  ],
  [
    'a summit told through its one guest and the guest’s meeting there',
    { ...summit, with: [putin] },
    { type: 'meeting', at: astana, with: [putin, xi] },
    'compatible',
  ],
  [
    'a summit told through its one guest and a meeting elsewhere in its country',
    { ...summit, with: [putin] },
    { type: 'meeting', at: almaty, with: [putin, xi] },
    'conflicting',
  ],
  [
    'a summit naming no one and a meeting at it',
    { ...summit, with: [] },
    { type: 'meeting', at: astana, with: [putin, xi] },
    'unrelated',
  ],
  [
    'an organisation’s officer meeting the summit’s host where it is held',
    { ...summit, with: [tokayev, putin] },
    { type: 'meeting', at: astana, visitors: [], hosts: [], with: [PEOPLE.zhangMing, tokayev] },
    'compatible',
  ],
  [
    'an organisation’s officer meeting a guest of the summit',
    { ...summit, with: [tokayev, putin] },
    { type: 'meeting', at: astana, visitors: [], hosts: [], with: [PEOPLE.zhangMing, putin] },
    'conflicting',
  ],
  [
    'an organisation’s officer meeting the host with no place named',
    { ...summit, with: [tokayev, putin] },
    { type: 'meeting', at: undefined, visitors: [], hosts: [], with: [PEOPLE.zhangMing, tokayev] },
    'conflicting',
  ],
  [
    'two calls with different counterparts',
    { type: 'call', at: undefined, visitors: [], hosts: [], with: [putin, erdogan] },
    { type: 'call', at: undefined, visitors: [], hosts: [], with: [putin, tokayev] },
    'conflicting',
  ],
  [
    'one call reported from each end',
    { type: 'call', at: undefined, visitors: [], hosts: [], with: [putin, erdogan] },
    { type: 'call', at: undefined, visitors: [], hosts: [], with: [erdogan, putin] },
    'compatible',
  ],
  [
    'two sideline meetings with different counterparts',
    { type: 'meeting', at: tashkent, visitors: [], hosts: [], with: [erdogan, raisi] },
    { type: 'meeting', at: tashkent, visitors: [], hosts: [], with: [erdogan, aliyev] },
    'conflicting',
  ],
  [
    'a meeting and the same one with a minister more',
    { type: 'meeting', at: moscow, visitors: [], hosts: [], with: [putin, tokayev] },
    { type: 'meeting', at: moscow, visitors: [], hosts: [], with: [putin, tokayev, lavrov] },
    'compatible',
  ],
];

const guessed = { rule: 'fallback-news-day' } as const;
const encounterCases: readonly [string, Partial<MentionSpec>, Partial<MentionSpec>, Relation][] = [
  [
    'a date guessed from the news day, two days off',
    { ...guessed },
    { date: '2023-11-11' },
    'compatible',
  ],
  [
    'a date guessed from the news day, four days off',
    { ...guessed },
    { date: '2023-11-13' },
    'unrelated',
  ],
  [
    'two stated dates two days apart, one guessed from the news day',
    { ...guessed },
    { date: '2023-11-14' },
    'unrelated',
  ],
  [
    'two talks of the same leaders on stated days two apart',
    { type: 'meeting', visitors: [], hosts: [], with: [putin, tokayev] },
    { type: 'meeting', visitors: [], hosts: [], with: [putin, tokayev], date: '2023-11-11' },
    'conflicting',
  ],
  [
    'two members of one delegation received by one host on one day',
    {},
    { visitors: [lavrov] },
    'compatible',
  ],
  [
    'two members of one delegation received by one host a day apart',
    {},
    { visitors: [lavrov], date: '2023-11-10' },
    'unrelated',
  ],
  [
    'two members of one delegation, no host named by one report',
    {},
    { visitors: [lavrov], hosts: [] },
    'unrelated',
  ],
  ['the same visit with its place inferred', {}, { inferredPlace: true, at: astana }, 'compatible'],
  ['the same visitor in another city on the same day', {}, { at: almaty }, 'conflicting'],
  [
    'the same visitor in another city the next day',
    {},
    { at: almaty, date: '2023-11-10' },
    'compatible',
  ],
  [
    'the same two leaders meeting in two cities a day apart',
    { type: 'meeting', at: moscow, visitors: [], hosts: [], with: [putin, tokayev] },
    {
      type: 'meeting',
      at: kazan,
      visitors: [],
      hosts: [],
      with: [putin, tokayev],
      date: '2023-11-10',
    },
    'conflicting',
  ],
  [
    'a visit to another host country stated by the host',
    { at: undefined, hosts: [tokayev] },
    { at: undefined, hosts: [PEOPLE.mirziyoyev] },
    'conflicting',
  ],
  [
    'the visitor of one report is the host of the other',
    { at: undefined, visitors: [putin], hosts: [tokayev] },
    { at: undefined, visitors: [tokayev], hosts: [putin] },
    'conflicting',
  ],
  ['a report naming the visitor only', {}, { hosts: [] }, 'compatible'],
  [
    'a meeting between two visitors at their host’s',
    { visitors: [putin, lavrov], hosts: [tokayev] },
    { type: 'meeting', visitors: [], hosts: [], with: [lavrov, putin] },
    'compatible',
  ],
  [
    'a three-way summit one report calls a meeting',
    { type: 'summit', visitors: [], hosts: [], with: [putin, tokayev, xi] },
    { type: 'meeting', visitors: [], hosts: [], with: [xi, putin, tokayev] },
    'compatible',
  ],
  [
    'a meeting of two of a summit’s three leaders',
    { type: 'summit', visitors: [], hosts: [], with: [putin, tokayev, xi] },
    { type: 'meeting', visitors: [], hosts: [], with: [xi, putin] },
    'conflicting',
  ],
  [
    'an organisation’s summit and a meeting of the same leaders',
    { type: 'summit', organisation: sco, visitors: [], hosts: [], with: [putin, tokayev, xi] },
    { type: 'meeting', visitors: [], hosts: [], with: [xi, putin, tokayev] },
    'conflicting',
  ],
];

// The same two leaders at two different encounters: no chain of reports may ever join them.
const hardNegatives: readonly [string, Partial<MentionSpec>, Partial<MentionSpec>][] = [
  ['the same two leaders a year apart', {}, { date: '2024-11-09' }],
  ['the same two leaders nine days apart', {}, { date: '2023-11-18' }],
  ['the same two leaders in two cities on one day', {}, { at: almaty }],
  [
    'the same two leaders meeting three days apart',
    { type: 'meeting', visitors: [], hosts: [], with: [putin, tokayev] },
    { type: 'meeting', visitors: [], hosts: [], with: [tokayev, putin], date: '2023-11-12' },
  ],
  [
    'the same two leaders, each visiting the other',
    { visitors: [putin], hosts: [tokayev] },
    { at: moscow, visitors: [tokayev], hosts: [putin] },
  ],
  [
    'the same two leaders talking in Moscow and Kazan',
    { type: 'meeting', at: moscow, visitors: [], hosts: [], with: [putin, tokayev] },
    { type: 'meeting', at: kazan, visitors: [], hosts: [], with: [tokayev, putin] },
  ],
  [
    'the same two leaders on a call and at a meeting',
    { type: 'call', at: undefined, visitors: [], hosts: [], with: [putin, tokayev] },
    { type: 'meeting', visitors: [], hosts: [], with: [putin, tokayev] },
  ],
];

function relationOf(a: EventMention, b: EventMention): Relation {
  const verdict = compareMentions(a, b);
  return verdict.compatible ? 'compatible' : verdict.conflicting ? 'conflicting' : 'unrelated';
}

describe('compareMentions', () => {
  it.each([...cases, ...summitCases, ...encounterCases])(
    '%s: %s',
    (_name, left, right, expected) => {
      const [a, b] = [
        m({ id: 'a', article: 'ya', ...left }),
        m({ id: 'b', article: 'yb', ...right }),
      ];
      expect(relationOf(a, b)).toBe(expected);
      expect(relationOf(b, a)).toBe(expected);
    },
  );

  it.each(hardNegatives)('never joins %s', (_name, left, right) => {
    const [a, b] = [m({ id: 'a', ...left }), m({ id: 'b', ...right })];
    expect(relationOf(a, b)).toBe('conflicting');
    expect(relationOf(b, a)).toBe('conflicting');
  });

  it('is symmetric and never both compatible and conflicting over a realistic set', () => {
    const { mentions } = realisticMentions();
    for (const a of mentions) {
      for (const b of mentions) {
        const [ab, ba] = [compareMentions(a, b), compareMentions(b, a)];
        expect(ab).toEqual(ba);
        expect(ab.compatible && ab.conflicting).toBe(false);
      }
    }
  });

  it('never links a mention whose date cannot be read', () => {
    const unreadable = m({ date: '2023-02-30' });
    expect(mentionsCompatible(unreadable, m({ date: '2023-02-28' }))).toBe(false);
  });
});
