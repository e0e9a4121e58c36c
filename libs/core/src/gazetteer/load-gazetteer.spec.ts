import { GazetteerDataError } from './gazetteer-data.error';
import { GAZETTEER_LANGUAGES, type GazetteerData } from './gazetteer.schema';
import { DEFAULT_GAZETTEER_DATA, loadDefaultGazetteer } from './load-default-gazetteer';
import { loadGazetteer, widenPartialDate } from './load-gazetteer';
import { resolveRole } from './resolve-role';

const gazetteer = loadDefaultGazetteer();

const G20_COUNTRIES = [
  'AR',
  'AU',
  'BR',
  'CA',
  'CN',
  'DE',
  'FR',
  'GB',
  'ID',
  'IN',
  'IT',
  'JP',
  'KR',
  'MX',
  'RU',
  'SA',
  'TR',
  'US',
  'ZA',
];
const CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
const CAUCASUS = ['AM', 'AZ', 'GE'];
const MIDDLE_EAST = [
  'AE',
  'BH',
  'CY',
  'EG',
  'IL',
  'IQ',
  'IR',
  'JO',
  'KW',
  'LB',
  'OM',
  'PS',
  'QA',
  'SA',
  'SY',
  'TR',
  'YE',
];
const NORTH_AFRICA = ['DZ', 'EG', 'LY', 'MA', 'MR', 'SD', 'TN'];
const NAMED = ['RU', 'UA', 'IR', 'PK', 'AF', 'IN', 'CN', 'TR'];
const SCOPE = [
  ...new Set([
    ...G20_COUNTRIES,
    ...CENTRAL_ASIA,
    ...CAUCASUS,
    ...MIDDLE_EAST,
    ...NORTH_AFRICA,
    ...NAMED,
  ]),
];

// Countries whose head of state also runs the government (no separate office to find).
const PRESIDENTIAL = new Set(['AR', 'BR', 'CY', 'ID', 'MX', 'TM', 'US', 'ZA']);
const DATES = ['2019-06-01', '2021-03-01', '2025-06-01'] as const;
// Gaps the data does not cover, listed so that filling one makes this spec fail and shrink.
const KNOWN_GAPS = new Set([
  'head-of-government:AF:2019-06-01',
  'head-of-government:AF:2021-03-01',
  'head-of-government:SD:2019-06-01',
  'head-of-government:SY:2025-06-01',
  'head-of-government:KR:2025-06-01',
  'foreign-minister:AF:2019-06-01',
  'foreign-minister:SD:2019-06-01',
  'foreign-minister:SD:2025-06-01',
]);

const ORGANISATIONS_WITH_HEADS = [
  'un',
  'nato',
  'arab-league',
  'gcc',
  'oic',
  'sco',
  'csto',
  'cis',
  'eurasian-economic-commission',
  'ots',
  'eco',
  'asean',
  'au',
  'european-commission',
  'european-council',
  'opec',
  'iaea',
  'who',
  'imf',
  'world-bank',
  'osce',
  'council-of-europe',
];

describe('loadGazetteer: the shipped data', () => {
  it('holds every ISO 3166-1 country, each named by ICU in every gazetteer language', () => {
    expect(gazetteer.countries.size).toBeGreaterThanOrEqual(249);
    for (const country of gazetteer.countries.values()) {
      for (const language of GAZETTEER_LANGUAGES)
        expect(country.names[language]?.length ?? 0).toBeGreaterThan(0);
    }
    expect(gazetteer.countries.get('KZ')?.names.ar).toContain('كازاخستان');
    expect(gazetteer.countries.get('KZ')?.names.fa).toContain('قزاقستان');
    expect(gazetteer.countries.get('TR')?.names.ru).toContain('Турция');
  });

  it('derives Arabic adjectives for most countries and English demonyms for the sovereign ones', () => {
    const withArabic = [...gazetteer.countries.values()].filter(
      (c) => (c.adjectives.ar?.length ?? 0) > 0,
    );
    const withEnglish = [...gazetteer.countries.values()].filter(
      (c) => (c.adjectives.en?.length ?? 0) > 0,
    );
    expect(withArabic.length).toBeGreaterThanOrEqual(180);
    expect(withEnglish.length).toBeGreaterThanOrEqual(190);
    expect(gazetteer.countries.get('KZ')?.adjectives.ar).toEqual(
      expect.arrayContaining(['كازاخستاني', 'كازاخستانية', 'كازاخي']),
    );
    expect(gazetteer.countries.get('DE')?.adjectives.ar).toContain('ألماني');
    expect(gazetteer.countries.get('AT')?.adjectives.ar).toContain('نمساوي');
  });

  it('holds at least 300 places, each in a known country, with at least one capital per scoped country', () => {
    expect(gazetteer.places.size).toBeGreaterThanOrEqual(300);
    for (const place of gazetteer.places.values())
      expect(gazetteer.countries.has(place.country)).toBe(true);
    const capitals = new Set(
      [...gazetteer.places.values()].filter((p) => p.capital).map((p) => p.country),
    );
    for (const code of SCOPE) expect([code, capitals.has(code)]).toEqual([code, true]);
  });

  it('holds at least 40 organisations and formats, the named ones included', () => {
    expect(gazetteer.organisations.size).toBeGreaterThanOrEqual(40);
    const named = [
      'sco',
      'csto',
      'eco',
      'cis',
      'brics',
      'eu',
      'un',
      'arab-league',
      'gcc',
      'oic',
      'asean',
      'au',
      'nato',
    ];
    const formats = [
      'g7',
      'g20',
      'eaeu',
      'ots',
      'russia-central-asia',
      'china-central-asia',
      'c5-plus-1',
    ];
    for (const id of [...named, ...formats])
      expect([id, gazetteer.organisations.has(id)]).toEqual([id, true]);
    expect(gazetteer.organisations.get('sco')?.acronyms).toMatchObject({
      en: ['SCO'],
      ru: ['ШОС'],
      fr: ['OCS'],
    });
  });

  it('names every person in Arabic and English', () => {
    expect(gazetteer.people.size).toBeGreaterThanOrEqual(300);
    for (const person of gazetteer.people.values()) {
      expect(person.names.ar?.length ?? 0).toBeGreaterThan(0);
      expect(person.names.en?.[0]).toBe(person.name);
    }
  });

  it.each(DATES)(
    'covers heads of state, of government and foreign ministers of the scoped countries on %s',
    (date) => {
      const missing: string[] = [];
      for (const country of SCOPE) {
        for (const role of ['head-of-state', 'head-of-government', 'foreign-minister'] as const) {
          if (role === 'head-of-government' && PRESIDENTIAL.has(country)) continue;
          const key = `${role}:${country}:${date}`;
          const holder = resolveRole(gazetteer, { role, country }, date);
          if (holder === undefined && !KNOWN_GAPS.has(key)) missing.push(key);
          if (holder !== undefined && KNOWN_GAPS.has(key))
            missing.push(`${key} is no longer a gap`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it.each(DATES)('covers the heads of the main organisations on %s', (date) => {
    const missing = ORGANISATIONS_WITH_HEADS.filter(
      (organisation) =>
        resolveRole(gazetteer, { role: 'head-of-organisation', organisation }, date) === undefined,
    );
    expect(missing).toEqual([]);
  });

  it('reports its data versions', () => {
    expect(gazetteer.versions).toEqual({
      people: expect.stringMatching(/^\d+\.\d+\.\d+$/u),
      places: expect.stringMatching(/^\d+\.\d+\.\d+$/u),
      organisations: expect.stringMatching(/^\d+\.\d+\.\d+$/u),
      countries: expect.stringMatching(/^\d+\.\d+\.\d+$/u),
      lexicon: expect.stringMatching(/^\d+\.\d+\.\d+$/u),
    });
    expect(gazetteer.version).toMatch(
      /^people@[\d.]+\+places@[\d.]+\+organisations@[\d.]+\+countries@[\d.]+\+lexicon@[\d.]+$/u,
    );
  });
});

describe('loadGazetteer: validation', () => {
  const person = {
    id: 'test-person',
    name: 'Test Person',
    names: { ar: ['شخص تجريبي'], en: ['Test Person'] },
    offices: [{ role: 'head-of-state', title: 'president', country: 'KZ', from: '2020-01-01' }],
  };
  const withPeople = (people: unknown[]): GazetteerData => ({
    ...DEFAULT_GAZETTEER_DATA,
    people: { version: '1.0.0', people },
  });

  function problemsOf(data: GazetteerData): readonly string[] {
    try {
      loadGazetteer(data);
    } catch (error) {
      if (error instanceof GazetteerDataError) return error.problems;
      throw error;
    }
    return [];
  }

  // [case, people, expected problem]
  const cases: readonly [string, unknown[], RegExp][] = [
    [
      'unknown country',
      [{ ...person, offices: [{ ...person.offices[0], country: 'XX' }] }],
      /unknown country XX/u,
    ],
    [
      'unknown organisation',
      [
        {
          ...person,
          offices: [
            {
              role: 'head-of-organisation',
              title: 'secretary-general',
              organisation: 'nope',
              from: '2020',
            },
          ],
        },
      ],
      /unknown organisation nope/u,
    ],
    ['duplicate id', [person, person], /duplicate id test-person/u],
    ['no Arabic name', [{ ...person, names: { en: ['Test Person'] } }], /Arabic and one English/u],
    ['bad date', [{ ...person, offices: [{ ...person.offices[0], from: '2020-13-01' }] }], /YYYY/u],
    [
      'end before start',
      [{ ...person, offices: [{ ...person.offices[0], to: '2019-01-01' }] }],
      /must not be before/u,
    ],
    [
      'both country and organisation',
      [{ ...person, offices: [{ ...person.offices[0], organisation: 'un' }] }],
      /exactly one country or organisation/u,
    ],
    [
      'unknown title',
      [{ ...person, offices: [{ ...person.offices[0], title: 'tsar' }] }],
      /offices/u,
    ],
    ['bad Wikidata id', [{ ...person, wikidata: '7747' }], /Wikidata/u],
    [
      'end before start at month precision',
      [{ ...person, offices: [{ ...person.offices[0], from: '2020-05', to: '2020-04' }] }],
      /must not be before/u,
    ],
    [
      'two people in one office on the same day',
      [
        { ...person, offices: [{ ...person.offices[0], to: '2022-06-30' }] },
        { ...person, id: 'successor', offices: [{ ...person.offices[0], from: '2022-06-01' }] },
      ],
      /overlapping terms of KZ head-of-state president: test-person .* and successor/u,
    ],
    [
      'a second open term in one office',
      [person, { ...person, id: 'rival' }],
      /overlapping terms of KZ head-of-state president/u,
    ],
    [
      'two acting holders at once',
      [
        { ...person, offices: [{ ...person.offices[0], acting: true }] },
        { ...person, id: 'rival', offices: [{ ...person.offices[0], acting: true }] },
      ],
      /overlapping terms/u,
    ],
    ['unknown field', [{ ...person, nickname: 'x' }], /nickname|Unrecognized/u],
  ];

  it.each(cases)('rejects %s', (_, people, problem) => {
    const problems = problemsOf(withPeople(people));
    expect(problems.some((p) => problem.test(p))).toBe(true);
  });

  // [case, people]
  const accepted: readonly [string, unknown[]][] = [
    [
      'a handover day held by both',
      [
        { ...person, offices: [{ ...person.offices[0], to: '2022-06-01' }] },
        { ...person, id: 'successor', offices: [{ ...person.offices[0], from: '2022-06-01' }] },
      ],
    ],
    [
      'a handover inside a month given without its day',
      [
        { ...person, offices: [{ ...person.offices[0], to: '2022-06' }] },
        { ...person, id: 'successor', offices: [{ ...person.offices[0], from: '2022-06' }] },
      ],
    ],
    [
      'an office marked shared (co-presidents)',
      [
        { ...person, offices: [{ ...person.offices[0], shared: true }] },
        { ...person, id: 'co-president', offices: [{ ...person.offices[0], shared: true }] },
      ],
    ],
    [
      'an acting holder standing in for a suspended one',
      [
        person,
        {
          ...person,
          id: 'acting',
          offices: [{ ...person.offices[0], from: '2023-01-01', to: '2023-03-01', acting: true }],
        },
      ],
    ],
    [
      'one person in several offices of one country at once',
      [
        {
          ...person,
          offices: [
            person.offices[0],
            { role: 'head-of-government', title: 'president', country: 'KZ', from: '2020-01-01' },
          ],
        },
      ],
    ],
  ];

  it.each(accepted)('accepts %s', (_, people) => {
    expect(problemsOf(withPeople(people))).toEqual([]);
  });

  it('merges people split over several parts and rejects a duplicate id across parts', () => {
    const parts = (
      first: unknown[],
      second: unknown[],
      secondVersion = '1.0.0',
    ): GazetteerData => ({
      ...DEFAULT_GAZETTEER_DATA,
      people: [
        { version: '1.0.0', part: 'first', people: first },
        { version: secondVersion, part: 'second', people: second },
      ],
    });
    const successor = { ...person, id: 'successor', offices: [] };
    expect(loadGazetteer(parts([person], [successor])).people.size).toBe(2);
    expect(problemsOf(parts([person], [person]))).toContainEqual(
      'people/second.json: duplicate id test-person (also in people/first.json)',
    );
    expect(problemsOf(parts([person], [successor], '1.1.0'))).toContainEqual(
      'people: parts disagree on the version (1.0.0, 1.1.0)',
    );
    expect(problemsOf({ ...DEFAULT_GAZETTEER_DATA, people: [] })).toContainEqual(
      'people: no people file',
    );
  });

  it('accepts valid additions and lists every problem of a bad file at once', () => {
    expect(problemsOf(withPeople([person]))).toEqual([]);
    const problems = problemsOf({
      ...DEFAULT_GAZETTEER_DATA,
      places: { version: 'one', places: [{ id: 'X' }] },
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(() => loadGazetteer({ ...DEFAULT_GAZETTEER_DATA, lexicon: null })).toThrow(
      GazetteerDataError,
    );
  });

  it.each([
    ['2020', 'start', '2020-01-01'],
    ['2020', 'end', '2020-12-31'],
    ['2024-02', 'end', '2024-02-29'],
    ['2023-02', 'end', '2023-02-28'],
    ['2024-05', 'start', '2024-05-01'],
    ['2024-05-19', 'end', '2024-05-19'],
  ] as const)('widens %s to its %s: %s', (value, edge, expected) => {
    expect(widenPartialDate(value, edge)).toBe(expected);
  });
});
