import { loadDefaultGazetteer } from '../gazetteer';
import type { EventFrame, FrameDate } from './event-frame';
import type { ArticleFacts, DraftLocation, MentionDraft } from './finalise-event';
import { refuseDraft, refuseSettledDraft } from './refuse-draft';
import { definedOnly } from '@sijill/contracts';

const facts: ArticleFacts = {
  gazetteer: loadDefaultGazetteer(),
  publishedDay: '2015-07-31',
  newsDay: '2015-07-30',
};

function frame(background: boolean, definite = false): EventFrame {
  return {
    type: 'visit',
    sentences: [0],
    sentence: 0,
    trigger: 0,
    announced: false,
    announcedCue: false,
    occurredTrigger: true,
    weak: false,
    anaphoric: false,
    definite,
    pairAnaphor: false,
    background,
    sideline: false,
    purpose: false,
    multilateral: false,
    leaders: false,
    actors: [],
    places: [],
    agreements: [],
    strongTriggers: 1,
    placeFromReferent: false,
    mediated: false,
    partyCountries: [],
    namesOthers: false,
  };
}

interface Case {
  readonly rule: string;
  readonly type?: MentionDraft['type'];
  readonly lifecycle?: MentionDraft['lifecycle'];
  readonly date: FrameDate;
  readonly location?: DraftLocation;
  readonly sentences: readonly number[];
  readonly fallback?: boolean;
  readonly background?: boolean;
  readonly definite?: boolean;
  readonly participants?: MentionDraft['participants'];
  readonly organisation?: string;
  readonly expected: string | undefined;
}

const day = (start: string): FrameDate => ({ start, precision: 'day', rule: 'test' });
const CAPITAL: DraftLocation = { country: 'BD', placeId: 'dhaka', inferred: true };
const NAMED: DraftLocation = { country: 'QA', placeId: 'doha', inferred: false };

const CASES: readonly Case[] = [
  {
    rule: 'a visit of a past month with only its capital inferred is recalled without place',
    date: { start: '2015-06', precision: 'month', rule: 'test' },
    location: CAPITAL,
    sentences: [7],
    expected: 'recalled-without-place',
  },
  {
    rule: 'a pluperfect visit with a named city is kept',
    date: day('2015-07-27'),
    location: NAMED,
    sentences: [7],
    background: true,
    expected: undefined,
  },
  {
    rule: 'an announced visit of a coming month to a capital inferred is kept',
    lifecycle: 'announced',
    date: { start: '2015-11', precision: 'month', rule: 'test' },
    location: CAPITAL,
    sentences: [3],
    expected: undefined,
  },
  {
    rule: 'a call recalled without place is kept: a call has none',
    type: 'call',
    date: { start: '2015-07', precision: 'month', rule: 'test' },
    sentences: [5],
    expected: undefined,
  },
  {
    rule: 'an encounter dated three years back in one sentence past the lead is history',
    date: day('2012-09-05'),
    location: NAMED,
    sentences: [9],
    expected: 'history',
  },
  {
    rule: 'the same told in the lead and over several sentences is history too',
    date: day('2012-09-05'),
    location: NAMED,
    sentences: [0, 1, 4],
    expected: 'history',
  },
  {
    rule: 'an encounter eight days before the article appeared is history',
    date: day('2015-07-23'),
    location: NAMED,
    sentences: [0],
    expected: 'history',
  },
  {
    rule: 'an encounter seven days before it is still news',
    date: day('2015-07-24'),
    location: NAMED,
    sentences: [0],
    expected: undefined,
  },
  {
    rule: 'a past month that ended more than a week before is history',
    date: { start: '2015-05', precision: 'month', rule: 'test' },
    location: NAMED,
    sentences: [2],
    expected: 'history',
  },
  {
    rule: 'the current month is not',
    date: { start: '2015-07', precision: 'month', rule: 'test' },
    location: NAMED,
    sentences: [2],
    expected: undefined,
  },
  {
    rule: 'an encounter that took place known only to a year is no news of a day',
    date: { start: '2015', precision: 'year', rule: 'test' },
    location: NAMED,
    sentences: [0],
    expected: 'year-only',
  },
  {
    rule: 'an announced encounter known only to a year is kept',
    lifecycle: 'announced',
    date: { start: '2016', precision: 'year', rule: 'test' },
    location: NAMED,
    sentences: [0],
    expected: undefined,
  },
  {
    rule: 'an encounter told as done two days after the article appeared is misread',
    date: day('2015-08-02'),
    location: NAMED,
    sentences: [0],
    expected: 'done-after-publication',
  },
  {
    rule: 'one a day after it is kept (time zones, a crawl before the edition)',
    date: day('2015-08-01'),
    location: NAMED,
    sentences: [0],
    expected: undefined,
  },
  {
    rule: 'an encounter of last week past the lead is still news',
    date: day('2015-07-24'),
    location: NAMED,
    sentences: [9],
    expected: undefined,
  },
  {
    rule: 'an encounter announced for a day three years before the article is no news',
    lifecycle: 'announced',
    date: day('2012-09-05'),
    location: NAMED,
    sentences: [30, 31, 78],
    expected: 'announced-long-ago',
  },
  {
    rule: 'an encounter announced for next week is',
    lifecycle: 'announced',
    date: day('2015-08-06'),
    location: NAMED,
    sentences: [30],
    expected: undefined,
  },
  {
    rule: 'an undated encounter in one sentence past the lead is not dated from the news day',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [12],
    fallback: true,
    expected: 'undated-in-passing',
  },
  {
    rule: 'an undated encounter closing the article in a remark and its sequel is not either',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [6, 7],
    fallback: true,
    expected: 'undated-in-passing',
  },
  {
    rule: 'an undated encounter the article tells over several sentences is kept',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [10, 11, 19],
    fallback: true,
    expected: undefined,
  },
  {
    rule: 'a summit with no one named in it is no entry',
    type: 'summit',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [0],
    participants: [],
    expected: 'no-party',
  },
  {
    rule: "a body's summit announced for its days and place is news without names",
    type: 'summit',
    lifecycle: 'announced',
    organisation: 'brics',
    date: day('2015-08-22'),
    location: NAMED,
    sentences: [0],
    participants: [],
    expected: undefined,
  },
  {
    rule: 'nor is a visit to a country with no one named',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [0, 1],
    participants: [],
    expected: 'no-party',
  },
  {
    rule: 'an encounter still to come that the text does not date is not on the news day',
    type: 'summit',
    organisation: 'un',
    lifecycle: 'announced',
    date: day('2015-07-31'),
    location: NAMED,
    sentences: [0, 1],
    fallback: true,
    expected: 'announced-without-date',
  },
  {
    rule: 'an encounter announced for a day of its own is kept',
    lifecycle: 'announced',
    date: day('2015-08-02'),
    location: NAMED,
    sentences: [0],
    expected: undefined,
  },
  {
    rule: 'a defence minister received by a head of state is an encounter',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [0],
    participants: [{ personId: 'ash-carter' }, { personId: 'salman-bin-abdulaziz' }],
    expected: undefined,
  },
  {
    rule: 'a defence minister received by a deputy crown prince is below the reported offices',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [0],
    participants: [{ personId: 'ash-carter' }, { personId: 'mohammed-bin-salman' }],
    expected: 'below-reported-offices',
  },
  {
    rule: 'a minister of state beside a head of government is an encounter',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [0],
    participants: [{ personId: 'anwar-gargash' }, { personId: 'khaled-bahah' }],
    expected: undefined,
  },
  {
    rule: 'an undated encounter told only as background is recalled, even in the lead',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [2, 3],
    fallback: true,
    background: true,
    expected: 'undated-background',
  },
  {
    rule: 'a background encounter with a date of its own is left to the other rules',
    date: day('2015-07-29'),
    location: NAMED,
    sentences: [2],
    background: true,
    expected: undefined,
  },
  {
    rule: "background-dated-ahead: a call the news followed (غداة) dated by a later clause's October",
    type: 'call',
    lifecycle: 'announced',
    date: { start: '2015-10', precision: 'month', rule: 'test' },
    sentences: [8],
    background: true,
    expected: 'background-dated-ahead',
  },
  {
    rule: 'an encounter dated after the article and told as nothing past is left to the other rules',
    type: 'call',
    lifecycle: 'announced',
    date: day('2015-08-03'),
    sentences: [0],
    expected: undefined,
  },
  {
    rule: 'undated-definite: "the negotiations" with no date of their own, even in the lead',
    type: 'meeting',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [0],
    fallback: true,
    definite: true,
    expected: 'undated-definite',
  },
  {
    rule: 'an undated definite summit ("the fourth summit of the agency") is not judged by it',
    type: 'summit',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [0],
    fallback: true,
    definite: true,
    expected: undefined,
  },
  {
    rule: 'a definite encounter with a date of its own is left to the other rules',
    type: 'meeting',
    date: day('2015-07-29'),
    location: NAMED,
    sentences: [0],
    definite: true,
    expected: undefined,
  },
  {
    rule: 'an undated encounter in the lead is the news of the day',
    date: day('2015-07-30'),
    location: NAMED,
    sentences: [1],
    fallback: true,
    expected: undefined,
  },
];

describe('refuseDraft', () => {
  it.each(CASES)('$rule', (c) => {
    const draft: MentionDraft = {
      type: c.type ?? 'visit',
      lifecycle: c.lifecycle ?? 'occurred',
      date: c.date,
      ...definedOnly({ location: c.location }),
      participants: c.participants ?? [{ personId: 'guest' }, { personId: 'host' }],
      ...definedOnly({ organisation: c.organisation }),
      agreements: [],
      sentences: c.sentences,
      event: frame(c.background ?? false, c.definite ?? false),
      dateFromFallback: c.fallback ?? false,
    };
    expect(refuseDraft(draft, facts) ?? refuseSettledDraft(draft, facts)).toBe(c.expected);
  });
});

interface LonePartyCase {
  readonly rule: string;
  readonly type?: MentionDraft['type'];
  /** Sentence and first and last word of each report of the party; the trigger is word 10 of s0. */
  readonly at: readonly (readonly [number, number, number])[];
  readonly others?: number;
  readonly partyCountries?: readonly string[];
  readonly expected: string | undefined;
}

const LONE_PARTY_CASES: readonly LonePartyCase[] = [
  { rule: 'named right after the verb', at: [[0, 11, 16]], expected: undefined },
  { rule: 'named two words before the noun', at: [[0, 7, 8]], expected: undefined },
  { rule: 'named six words away', at: [[0, 16, 18]], expected: undefined },
  {
    rule: 'named seven words away, inside an embassy past the visit of a team',
    at: [[0, 17, 20]],
    expected: 'lone-party-away-from-trigger',
  },
  {
    rule: 'named only in another sentence',
    at: [[1, 10, 12]],
    expected: 'lone-party-away-from-trigger',
  },
  {
    rule: 'named near the trigger once and elsewhere again',
    at: [
      [1, 2, 3],
      [0, 12, 13],
    ],
    expected: undefined,
  },
  { rule: 'a call has two ends by nature', type: 'call', at: [[1, 10, 12]], expected: undefined },
  {
    rule: 'talks with the delegation of another country are not judged by it',
    at: [[1, 10, 12]],
    partyCountries: ['IR'],
    expected: undefined,
  },
  {
    rule: "the party's own delegation is no other party",
    at: [[1, 10, 12]],
    partyCountries: ['SA'],
    expected: 'lone-party-away-from-trigger',
  },
  {
    rule: 'a summit gathers parties of its own and is not judged by it',
    type: 'summit',
    at: [[1, 10, 12]],
    expected: undefined,
  },
  {
    rule: 'an encounter of two parties is not judged by this rule',
    at: [[1, 10, 12]],
    others: 1,
    expected: undefined,
  },
];

describe('refuseDraft: an encounter of one party', () => {
  it.each(LONE_PARTY_CASES)('$rule', (c) => {
    const event: EventFrame = {
      ...frame(false),
      trigger: 10,
      partyCountries: [...(c.partyCountries ?? [])],
      actors: c.at.map(([sentence, first, last]) => ({
        sentence,
        actor: {
          personId: 'p1',
          first,
          last,
          clause: 0,
          source: 'name',
          excluded: false,
          negated: false,
        },
      })),
    };
    const others = Array.from({ length: c.others ?? 0 }, (_, i) => ({ personId: `o${i}` }));
    const draft: MentionDraft = {
      type: c.type ?? 'visit',
      lifecycle: 'occurred',
      date: day('2015-07-30'),
      location: NAMED,
      participants: [{ personId: 'p1', country: 'SA' }, ...others],
      agreements: [],
      sentences: [0],
      event,
      dateFromFallback: false,
    };
    expect(refuseDraft(draft, facts)).toBe(c.expected);
  });
});

describe('refuseDraft: a text whose weekdays place it days before the crawl', () => {
  const staleFacts: ArticleFacts = {
    ...facts,
    publishedDay: '2015-07-24',
    staleSince: '2015-07-18',
  };
  const relative: FrameDate = {
    start: '2015-07-18',
    precision: 'day',
    rule: 'relative-today-weekday',
    anchor: '2015-07-24T15:54:44+03:00',
    anchorSource: 'published-at',
  };

  it.each<[string, ArticleFacts, FrameDate, boolean, string | undefined]>([
    [
      '"اليوم السبت" in a stale text dates nothing',
      staleFacts,
      relative,
      false,
      'stale-by-weekdays',
    ],
    [
      'an undated encounter of a stale text has no news day',
      staleFacts,
      day('2015-07-24'),
      true,
      'stale-by-weekdays',
    ],
    ['a date written in full keeps its day', staleFacts, day('2015-07-20'), false, undefined],
    [
      '"اليوم السبت" in a fresh text is kept',
      { ...facts, publishedDay: '2015-07-18' },
      relative,
      false,
      undefined,
    ],
  ])('%s', (_name, articleFacts, date, fallback, expected) => {
    const draft: MentionDraft = {
      type: 'visit',
      lifecycle: 'occurred',
      date,
      location: NAMED,
      participants: [{ personId: 'guest' }, { personId: 'host' }],
      agreements: [],
      sentences: [0],
      event: frame(false),
      dateFromFallback: fallback,
    };
    expect(refuseDraft(draft, articleFacts)).toBe(expected);
  });
});
