import { stripInlineCode } from './strip-inline-code';

describe('stripInlineCode', () => {
  it.each([
    [
      'a poll widget after the text',
      'نص المقال. #v ul { a: 0; } .b { c: 1; } f({ d: 2 }); سؤال',
      'نص المقال. #v ul  سؤال',
    ],
    ['a line without braces', 'قال الوزير إن الزيارة ناجحة.', 'قال الوزير إن الزيارة ناجحة.'],
    ['one or two braced phrases, kept', 'a {b} and {c} d', 'a {b} and {c} d'],
  ])('handles %s', (_case, line, expected) => {
    expect(stripInlineCode(line)).toBe(expected);
  });

  it('works line by line', () => {
    expect(stripInlineCode('x { a } { b } { c } y\nkept {1}')).toBe('x  y\nkept {1}');
  });
});
