import { hashContent } from './hash-content';

describe('hashContent', () => {
  it.each([
    ['re-wrapped lines', 'التقى الوزيران\nفي الرياض', 'التقى  الوزيران في الرياض'],
    [
      'alef and teh marbuta variants',
      'أكد وزير الخارجية أهمية الزيارة',
      'اكد وزير الخارجيه اهميه الزياره',
    ],
    ['diacritics and tatweel', 'وَصَلَ الرئـــيس', 'وصل الرئيس'],
    ['Arabic-Indic digits', 'في ٣ يوليو ٢٠٢٤', 'في 3 يوليو 2024'],
    ['a zero-width joiner', 'Tokayev\u200d met Xi', 'Tokayev met Xi'],
  ])('hashes texts that differ only by %s alike', (_case, a, b) => {
    expect(hashContent(a)).toBe(hashContent(b));
  });

  it('tells different texts apart', () => {
    expect(hashContent('Putin met Xi')).not.toBe(hashContent('Putin met Modi'));
  });
});
