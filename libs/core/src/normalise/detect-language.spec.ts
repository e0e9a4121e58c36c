import { canonicaliseLanguageTag, detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    [
      'ar',
      'وصل الرئيس الروسي فلاديمير بوتين إلى العاصمة الكازاخستانية أستانا صباح اليوم الخميس لإجراء محادثات.',
    ],
    [
      'en',
      'Russian President Vladimir Putin arrived in Astana on Thursday for talks with his Kazakh counterpart.',
    ],
    [
      'fr',
      'Le président russe est arrivé jeudi à Astana pour des entretiens avec son homologue kazakh.',
    ],
    [
      'ru',
      'Президент России Владимир Путин прибыл в Астану в четверг для переговоров с казахстанским коллегой.',
    ],
    ['fa', 'رئیس جمهور روسیه روز پنجشنبه وارد آستانه شد و با همتای قزاق خود دیدار و گفتگو کرد.'],
    [
      'tr',
      'Rusya Devlet Başkanı Vladimir Putin perşembe günü Kazak mevkidaşıyla görüşmek üzere Astana’ya geldi.',
    ],
  ])('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(['', 'Astana', '2024 - 10:45', '°C,'])(
    'answers und for %j, which is too short to tell',
    (text) => {
      expect(detectLanguage(text)).toBe('und');
    },
  );

  it('chooses only among the languages it is given', () => {
    const text =
      'Le président russe est arrivé jeudi à Astana pour des entretiens avec son homologue.';
    expect(detectLanguage(text, ['en', 'ar'])).not.toBe('fr');
  });
});

describe('canonicaliseLanguageTag', () => {
  it.each<[string | undefined, string | undefined]>([
    ['AR', 'ar'],
    ['en-us', 'en-US'],
    ['ar-SY', 'ar-SY'],
    [' fa ', 'fa'],
    ['und', undefined],
    ['', undefined],
    ['not a tag!', undefined],
    [undefined, undefined],
  ])('canonicalises %j to %j', (tag, expected) => {
    expect(canonicaliseLanguageTag(tag)).toBe(expected);
  });
});
