import { type DateRule } from './date-expression';
import { findDateExpressions } from './find-date-expressions';
import { DateLexiconSchema } from './date-lexicon.schema';
import { parseDateLexicons } from './load-date-lexicons';

// 2024-07-04 was a Thursday.
const THURSDAY = '2024-07-04T10:00:00+03:00';

const cases: [string, string, string, string, DateRule][] = [
  ['ru', 'Президент вчера прибыл в Астану', 'вчера', '2024-07-03', 'relative-day-word'],
  ['ru', 'Переговоры пройдут сегодня', 'сегодня', '2024-07-04', 'relative-day-word'],
  ['ru', 'Лидеры встретятся завтра', 'завтра', '2024-07-05', 'relative-day-word'],
  ['ru', 'Позавчера он прибыл', 'Позавчера', '2024-07-02', 'relative-day-word'],
  ['ru', 'Стороны провели переговоры в среду', 'в среду', '2024-07-03', 'relative-weekday'],
  ['ru', 'Он посетит Москву в пятницу', 'в пятницу', '2024-07-05', 'relative-weekday'],
  ['ru', 'Саммит прошел 3 июля 2024 года', '3 июля 2024', '2024-07-03', 'absolute-day-month-year'],
  ['fr', 'Le président est arrivé hier', 'hier', '2024-07-03', 'relative-day-word'],
  [
    'fr',
    "Il s'est entretenu aujourd'hui avec son homologue",
    "aujourd'hui",
    '2024-07-04',
    'relative-day-word',
  ],
  ['fr', 'Les dirigeants se rencontreront demain', 'demain', '2024-07-05', 'relative-day-word'],
  [
    'fr',
    'Le sommet a eu lieu le 3 juillet 2024',
    '3 juillet 2024',
    '2024-07-03',
    'absolute-day-month-year',
  ],
  ['fr', 'Ils se sont rencontrés mardi dernier', 'mardi dernier', '2024-07-02', 'relative-weekday'],
];

describe('findDateExpressions on languages read by data-only rules', () => {
  it.each(cases)('%s: %s', (language, text, raw, start, rule) => {
    const found = findDateExpressions(text, { anchor: THURSDAY, language });
    expect(found.map((e) => ({ raw: e.raw, start: e.value.start, rule: e.rule }))).toEqual([
      { raw, start, rule },
    ]);
  });

  it('reads Russian day words only in Russian text', () => {
    expect(findDateExpressions('Он сказал: вчера', { anchor: THURSDAY, language: 'en' })).toEqual(
      [],
    );
  });
});

describe('date lexicon files', () => {
  it('refuse a file that does not follow the schema, listing every problem', () => {
    expect(() =>
      parseDateLexicons({ xx: { language: 'x', monthVariants: { 13: ['a'] } } }),
    ).toThrow(/xx: language.*\n.*xx: version.*\n.*xx: monthVariants/su);
  });

  it('accept a minimal new language', () => {
    expect(DateLexiconSchema.parse({ language: 'tr', version: '0.1.0' }).relativeDays).toEqual({});
  });
});
