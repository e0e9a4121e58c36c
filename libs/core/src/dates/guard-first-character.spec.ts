import { DATE_RULES } from './date-rules';
import { guardFirstCharacter } from './guard-first-character';

const matchesOf = (pattern: RegExp, text: string): string[] => {
  const scanner = new RegExp(pattern.source, pattern.flags);
  const found: string[] = [];
  for (let match = scanner.exec(text); match; match = scanner.exec(text)) {
    if (match[0] === '') {
      scanner.lastIndex += 1;
      continue;
    }
    found.push(`${match.index}:${JSON.stringify(match.indices)}:${JSON.stringify(match.groups)}`);
  }
  return found;
};

describe('guardFirstCharacter', () => {
  it.each([
    ['a literal after a lookbehind', /(?<![\p{L}])بعد\s+غد/gu, '(?=[\\u{628}])'],
    ['an optional word before digits', /(?:من\s+)?[0-9]{1,2}/gu, '(?=[\\u{645}\\u{30}-\\u{39}])'],
    ['alternatives and a property class', /(?:[\p{N}]|ab)c/gu, '(?=[\\p{N}\\u{61}])'],
    ['a capturing group after a lookahead', /(?=x)(?<day>x|y)/gu, '(?=[\\u{78}\\u{79}])'],
  ])('puts a lookahead before %s', (_name, pattern, lookahead) => {
    expect(guardFirstCharacter(pattern).source).toBe(`${lookahead}(?:${pattern.source})`);
  });

  it.each([
    ['a pattern that may match nothing', /a*/gu],
    ['any character first', /.b/gu],
    ['a negated class first', /[^a]b/gu],
    ['a back-reference first', /(a)?\1b/gu],
    ['a pattern without the u flag', /ab/g],
    ['a case-insensitive pattern', /ab/giu],
  ])('leaves %s as it is', (_name, pattern) => {
    const guarded = guardFirstCharacter(pattern);

    expect(guarded.source).toBe(pattern.source);
    expect(guarded.flags).toBe(pattern.flags);
  });

  it('finds the same matches, groups and indices as every date rule', () => {
    const texts = [
      'وقال يوم الخميس 30 يوليو 2015 إن القمة بين 3 و 5 أغسطس، وبعد غد وأمس الأول',
      'في 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م خلال شهر رمضان منذ العام الماضي',
      'On Thursday, 3 July 2024 and from 5 to 7 May, last week, in early June 2022.',
      'Le 3 juillet dernier; в прошлом месяце, 5 мая 2024 года; اليوم، غدا الجمعة',
    ];
    for (const rule of DATE_RULES)
      for (const text of texts)
        expect(matchesOf(guardFirstCharacter(rule.pattern), text)).toEqual(
          matchesOf(rule.pattern, text),
        );
  });
});
