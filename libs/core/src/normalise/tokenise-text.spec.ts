import { tokenise } from './tokenise-text';

describe('tokenise', () => {
  it.each<[string, string[]]>([
    ['وصل الرئيس، إلى أستانا.', ['وصل', 'الرئيس', 'إلى', 'أستانا']],
    [
      'Kazakhstan’s 3.5 billion-dollar deal',
      ['Kazakhstan', 's', '3', '5', 'billion', 'dollar', 'deal'],
    ],
    ['Президент прибыл в Астану', ['Президент', 'прибыл', 'в', 'Астану']],
    ['Erdoğan (AFP) — «ok»', ['Erdoğan', 'AFP', 'ok']],
    ['مُحَمَّد', ['مُحَمَّد']],
    ['١٢٣ و 456', ['١٢٣', 'و', '456']],
    ['  — … ! ', []],
    ['', []],
  ])('splits %j into words', (text, expected) => {
    expect(tokenise(text)).toEqual(expected);
  });

  it('finds words in scripts written without spaces', () => {
    expect(tokenise('習近平主席がアスタナを訪問した').length).toBeGreaterThan(3);
  });
});
