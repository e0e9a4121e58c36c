import { type EventMention, type UniqueArticle, definedOnly } from '@sijill/contracts';
import { loadDefaultGazetteer } from '../gazetteer';
import { toUniqueArticle } from '@sijill/testing';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();
// 2024-07-04 was a Thursday.
const THURSDAY_MOSCOW = '2024-07-04T10:00:00+03:00';
const THURSDAY_PARIS = '2024-07-04T10:00:00+02:00';

function article(id: string, language: string, publishedAt: string, body: string): UniqueArticle {
  return toUniqueArticle({ id, url: `https://example.test/${id}`, publishedAt, language, body });
}

interface Expected {
  readonly type: EventMention['type'];
  readonly lifecycle: EventMention['lifecycle'];
  readonly start: string;
  readonly rule: string;
  readonly city?: string;
  /** `name` or `name/side`. */
  readonly participants: readonly string[];
  readonly agreements?: number;
}

// Short articles written for these tests, in Russian and French: the lexicons
// (extraction/lexicon/ru.json, fr.json) and the date rules (dates/lexicon/ru.json, fr.json).
const CASES: readonly [string, UniqueArticle, readonly Expected[]][] = [
  [
    'a meeting in the Kremlin yesterday (ru: встретились, вчера)',
    article(
      'ru-1',
      'ru',
      THURSDAY_MOSCOW,
      'Владимир Путин и Касым-Жомарт Токаев встретились вчера в Кремле.',
    ),
    [
      {
        type: 'visit',
        lifecycle: 'occurred',
        start: '2024-07-03',
        rule: 'relative-day-word',
        city: 'Moscow',
        participants: ['Kassym-Jomart Tokayev/visitor', 'Vladimir Putin/host'],
      },
    ],
  ],
  [
    'a phone call on a weekday (ru: телефонный разговор, в среду)',
    article(
      'ru-2',
      'ru',
      THURSDAY_MOSCOW,
      'Владимир Путин и Реджеп Тайип Эрдоган провели телефонный разговор в среду.',
    ),
    [
      {
        type: 'call',
        lifecycle: 'occurred',
        start: '2024-07-03',
        rule: 'relative-weekday',
        participants: ['Recep Tayyip Erdoğan', 'Vladimir Putin'],
      },
    ],
  ],
  [
    'a summit on a spelled date (ru: саммит, 3 июля 2024 года)',
    article(
      'ru-3',
      'ru',
      THURSDAY_MOSCOW,
      'Владимир Путин, Си Цзиньпин и Касым-Жомарт Токаев приняли участие в саммите 3 июля 2024 года.',
    ),
    [
      {
        type: 'summit',
        lifecycle: 'occurred',
        start: '2024-07-03',
        rule: 'absolute-day-month-year',
        participants: ['Kassym-Jomart Tokayev', 'Vladimir Putin', 'Xi Jinping'],
      },
    ],
  ],
  [
    'talks held yesterday (ru: провели переговоры, вчера)',
    article(
      'ru-4',
      'ru',
      THURSDAY_MOSCOW,
      'Вчера Си Цзиньпин и Владимир Путин провели переговоры в Кремле.',
    ),
    [
      {
        type: 'visit',
        lifecycle: 'occurred',
        start: '2024-07-03',
        rule: 'relative-day-word',
        city: 'Moscow',
        participants: ['Vladimir Putin/host', 'Xi Jinping/visitor'],
      },
    ],
  ],
  [
    'a meeting yesterday (fr: a rencontré, hier)',
    article(
      'fr-1',
      'fr',
      THURSDAY_PARIS,
      'Emmanuel Macron a rencontré hier à Paris le président turc Recep Tayyip Erdogan.',
    ),
    [
      {
        type: 'visit',
        lifecycle: 'occurred',
        start: '2024-07-03',
        rule: 'relative-day-word',
        city: 'Paris',
        participants: ['Emmanuel Macron/host', 'Recep Tayyip Erdoğan/visitor'],
      },
    ],
  ],
  [
    "a call today (fr: s'est entretenu par téléphone, aujourd'hui)",
    article(
      'fr-2',
      'fr',
      THURSDAY_PARIS,
      "Emmanuel Macron s'est entretenu par téléphone avec Vladimir Poutine aujourd'hui.",
    ),
    [
      {
        type: 'call',
        lifecycle: 'occurred',
        start: '2024-07-04',
        rule: 'relative-day-word',
        participants: ['Emmanuel Macron', 'Vladimir Putin'],
      },
    ],
  ],
  [
    'a visit with a signing on a spelled date (fr: le 3 juillet 2024, ont signé)',
    article(
      'fr-3',
      'fr',
      THURSDAY_PARIS,
      "Emmanuel Macron s'est rendu à Berlin le 3 juillet 2024 et a rencontré Olaf Scholz. Les deux dirigeants ont signé un accord sur l'énergie.",
    ),
    [
      {
        type: 'visit',
        lifecycle: 'occurred',
        start: '2024-07-03',
        rule: 'absolute-day-month-year',
        city: 'Berlin',
        participants: ['Emmanuel Macron/visitor', 'Olaf Scholz/host'],
        agreements: 1,
      },
    ],
  ],
  [
    'a summit tomorrow (fr: sommet, demain)',
    article(
      'fr-4',
      'fr',
      THURSDAY_PARIS,
      'Emmanuel Macron, Olaf Scholz et Giorgia Meloni participeront demain au sommet de Bruxelles.',
    ),
    [
      {
        type: 'summit',
        lifecycle: 'announced',
        start: '2024-07-05',
        rule: 'relative-day-word',
        city: 'Brussels',
        participants: ['Emmanuel Macron', 'Giorgia Meloni', 'Olaf Scholz'],
      },
    ],
  ],
];

function summarise(mention: EventMention): Expected {
  return {
    type: mention.type,
    lifecycle: mention.lifecycle,
    start: mention.date.start,
    rule: mention.date.rule,
    ...definedOnly({ city: mention.location?.city }),
    participants: mention.participants
      .map((p) => (p.side === undefined ? p.name : `${p.name}/${p.side}`))
      .sort(),
    ...(mention.agreements.length === 0 ? {} : { agreements: mention.agreements.length }),
  };
}

describe('extractMentions on Russian and French articles', () => {
  it.each(CASES)('%s', (_name, input, expected) => {
    expect(extractMentions(input, gazetteer).map(summarise)).toEqual(expected);
  });
});
