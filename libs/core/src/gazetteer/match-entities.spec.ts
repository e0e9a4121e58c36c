import { loadDefaultGazetteer } from './load-default-gazetteer';
import {
  matchEntities,
  type EntityMatch,
  type GazetteerMatch,
  type RoleMatch,
} from './match-entities';
import { definedOnly } from '@sijill/contracts';

const gazetteer = loadDefaultGazetteer();

interface EntityCase {
  readonly text: string;
  readonly date?: string;
  readonly kind: EntityMatch['kind'];
  readonly id: string;
  /** The matched words as they should be cut from the text (proclitics left out). */
  readonly surface?: string;
  readonly fuzzy?: boolean;
}

function entities(matches: readonly GazetteerMatch[]): EntityMatch[] {
  return matches.filter((match): match is EntityMatch => match.kind !== 'role');
}

function roles(matches: readonly GazetteerMatch[]): RoleMatch[] {
  return matches.filter((match): match is RoleMatch => match.kind === 'role');
}

describe('matchEntities: names', () => {
  // [case, text, kind, id, surface]
  const cases: readonly [string, EntityCase][] = [
    // Proclitics: و ف ب ل ك ال and their chains.
    [
      'conjunction و on a surname',
      { text: 'وبوتين', kind: 'person', id: 'vladimir-putin', surface: 'بوتين' },
    ],
    [
      'preposition ل on a surname',
      { text: 'لبوتين', kind: 'person', id: 'vladimir-putin', surface: 'بوتين' },
    ],
    [
      'conjunction ف on a surname',
      { text: 'فأردوغان', kind: 'person', id: 'recep-tayyip-erdogan', surface: 'أردوغان' },
    ],
    [
      'preposition ل on a country',
      { text: 'لكازاخستان', kind: 'country', id: 'KZ', surface: 'كازاخستان' },
    ],
    [
      'chain و + ب on a country',
      { text: 'وبكازاخستان', kind: 'country', id: 'KZ', surface: 'كازاخستان' },
    ],
    [
      'chain ب + ال on a country',
      { text: 'بالسعودية', kind: 'country', id: 'SA', surface: 'السعودية' },
    ],
    [
      'chain ف + ال on a country',
      { text: 'فالإمارات', kind: 'country', id: 'AE', surface: 'الإمارات' },
    ],
    ['preposition ك on a country', { text: 'كروسيا', kind: 'country', id: 'RU', surface: 'روسيا' }],
    ['chain و + لل on a country', { text: 'وللصين', kind: 'country', id: 'CN', surface: 'صين' }],
    [
      'chain و + بال on a city',
      { text: 'وبالقاهرة', kind: 'place', id: 'cairo', surface: 'القاهرة' },
    ],
    [
      'لل on an organisation',
      { text: 'للأمم المتحدة', kind: 'organisation', id: 'un', surface: 'أمم المتحدة' },
    ],
    // Guards: a name's own first letter is not taken for a proclitic.
    [
      'name starting with ب',
      { text: 'بوتين', kind: 'person', id: 'vladimir-putin', surface: 'بوتين' },
    ],
    [
      'name starting with ل',
      { text: 'لافروف', kind: 'person', id: 'sergey-lavrov', surface: 'لافروف' },
    ],
    ['country starting with ك', { text: 'كندا', kind: 'country', id: 'CA', surface: 'كندا' }],
    [
      'name starting with ف',
      { text: 'فيدان', kind: 'person', id: 'hakan-fidan', surface: 'فيدان' },
    ],
    ['city starting with ب', { text: 'باكو', kind: 'place', id: 'baku', surface: 'باكو' }],
    [
      'name starting with أل (not the article)',
      { text: 'إلهام علييف', kind: 'person', id: 'ilham-aliyev' },
    ],
    // Spelling variants through the consonant skeleton.
    [
      'توقايف for توكاييف',
      { text: 'توقايف', kind: 'person', id: 'kassym-jomart-tokayev', fuzzy: true },
    ],
    [
      'توكاييف exact',
      { text: 'توكاييف', kind: 'person', id: 'kassym-jomart-tokayev', fuzzy: false },
    ],
    ['إردوغان with hamza below', { text: 'إردوغان', kind: 'person', id: 'recep-tayyip-erdogan' }],
    ['اردوغان without hamza', { text: 'اردوغان', kind: 'person', id: 'recep-tayyip-erdogan' }],
    ['قرغيزستان for قيرغيزستان', { text: 'قرغيزستان', kind: 'country', id: 'KG' }],
    ['قيرغيزستان (ICU spelling)', { text: 'قيرغيزستان', kind: 'country', id: 'KG' }],
    ['شانغهاي organisation', { text: 'منظمة شانغهاي للتعاون', kind: 'organisation', id: 'sco' }],
    [
      'شنغهاي after قمة is the organisation',
      { text: 'قمة شنغهاي', kind: 'organisation', id: 'sco', surface: 'شنغهاي' },
    ],
    ['Egyptian جوتيريش for غوتيريش', { text: 'جوتيريش', kind: 'person', id: 'antonio-guterres' }],
    ['نتانياهو for نتنياهو', { text: 'نتانياهو', kind: 'person', id: 'benjamin-netanyahu' }],
    ['زيلنسكي', { text: 'زيلنسكي', kind: 'person', id: 'volodymyr-zelensky' }],
    ['diacritics and tatweel', { text: 'بُوتِيـــن', kind: 'person', id: 'vladimir-putin' }],
    [
      'عبدالفتاح written joined',
      { text: 'عبدالفتاح السيسي', kind: 'person', id: 'abdel-fattah-el-sisi' },
    ],
    ['آستانا', { text: 'آستانا', kind: 'place', id: 'astana' }],
    ['old name نور سلطان', { text: 'نور سلطان', kind: 'place', id: 'astana' }],
    [
      'full three-word name',
      {
        text: 'قاسم جومارت توكاييف',
        kind: 'person',
        id: 'kassym-jomart-tokayev',
        surface: 'قاسم جومارت توكاييف',
      },
    ],
    [
      'رجب طيب أردوغان',
      {
        text: 'رجب طيب أردوغان',
        kind: 'person',
        id: 'recep-tayyip-erdogan',
        surface: 'رجب طيب أردوغان',
      },
    ],
    ['Persian spelling', { text: 'مسعود پزشکیان', kind: 'person', id: 'masoud-pezeshkian' }],
    // Adjectival forms → country.
    ['الكازاخستانية', { text: 'الكازاخستانية', kind: 'country', id: 'KZ' }],
    ['الروسي', { text: 'الروسي', kind: 'country', id: 'RU' }],
    ['الإيراني', { text: 'الإيراني', kind: 'country', id: 'IR' }],
    ['التركية', { text: 'التركية', kind: 'country', id: 'TR' }],
    ['الألمانية (hamza name)', { text: 'الألمانية', kind: 'country', id: 'DE' }],
    ['الأمريكيين (plural)', { text: 'الأمريكيين', kind: 'country', id: 'US' }],
    ['القرغيزي (listed form)', { text: 'القرغيزي', kind: 'country', id: 'KG' }],
    [
      'الكوري الجنوبي (two words)',
      { text: 'الكوري الجنوبي', kind: 'country', id: 'KR', surface: 'الكوري الجنوبي' },
    ],
    [
      'والأوزبكية with a proclitic',
      { text: 'والأوزبكية', kind: 'country', id: 'UZ', surface: 'الأوزبكية' },
    ],
    // English: possessives, demonyms, titles, acronyms, accents.
    ["Iran's", { text: "Iran's", kind: 'country', id: 'IR', surface: 'Iran' }],
    ['Kazakh', { text: 'Kazakh', kind: 'country', id: 'KZ' }],
    [
      'Erdoğan',
      { text: 'President Erdoğan', kind: 'person', id: 'recep-tayyip-erdogan', surface: 'Erdoğan' },
    ],
    ['Erdogan', { text: 'Erdogan', kind: 'person', id: 'recep-tayyip-erdogan' }],
    ['SCO', { text: 'the SCO summit', kind: 'organisation', id: 'sco', surface: 'SCO' }],
    ['ШОС', { text: 'саммит ШОС', kind: 'organisation', id: 'sco', surface: 'ШОС' }],
    ['C5+1', { text: 'the C5+1 format', kind: 'organisation', id: 'c5-plus-1', surface: 'C5+1' }],
    [
      'a hashtag joins a name with underscores',
      {
        text: 'اجتماع مثمر لـ #مجلس_التعاون مع الوزير',
        kind: 'organisation',
        id: 'gcc',
        surface: 'مجلس_التعاون',
      },
    ],
    ['Türkiye', { text: 'Türkiye', kind: 'country', id: 'TR' }],
    ['Russian country name', { text: 'Казахстан', kind: 'country', id: 'KZ' }],
  ];

  it.each(cases)('%s', (_, { text, date, kind, id, surface, fuzzy }) => {
    const found = entities(matchEntities(gazetteer, text, definedOnly({ date }))).find(
      (match) => match.kind === kind && match.id === id,
    );
    expect(found).toBeDefined();
    if (surface !== undefined) expect(found?.text).toBe(surface);
    if (fuzzy !== undefined) expect(found?.fuzzy).toBe(fuzzy);
    if (found !== undefined) expect(text.slice(found.start, found.end)).toBe(found.text);
  });
});

describe('matchEntities: role phrases resolved on a date', () => {
  // [phrase, date, role id, holder]
  const cases: readonly [string, string, string, string | undefined][] = [
    ['الرئيس الكازاخستاني', '2024-05-01', 'president@KZ', 'kassym-jomart-tokayev'],
    ['الرئيس الكازاخستاني', '2018-05-01', 'president@KZ', 'nursultan-nazarbayev'],
    ["Iran's president", '2023-06-01', 'president@IR', 'ebrahim-raisi'],
    ["Iran's president", '2025-03-01', 'president@IR', 'masoud-pezeshkian'],
    ["Iran's president", '2024-06-10', 'president@IR', 'mohammad-mokhber'],
    ['الرئيس الإيراني', '2020-01-01', 'president@IR', 'hassan-rouhani'],
    ['رئيس وزراء باكستان', '2023-01-01', 'prime-minister@PK', 'shehbaz-sharif'],
    ['رئيس وزراء باكستان', '2023-10-01', 'prime-minister@PK', 'anwaar-ul-haq-kakar'],
    ['رئيس الوزراء الباكستاني', '2021-01-01', 'prime-minister@PK', 'imran-khan'],
    ['وزير الخارجية الروسي', '2024-01-01', 'foreign-minister@RU', 'sergey-lavrov'],
    ['ووزير خارجية روسيا', '2024-01-01', 'foreign-minister@RU', 'sergey-lavrov'],
    ['the Turkish foreign minister', '2022-01-01', 'foreign-minister@TR', 'mevlut-cavusoglu'],
    ['the Turkish foreign minister', '2024-01-01', 'foreign-minister@TR', 'hakan-fidan'],
    ['UN Secretary-General', '2024-01-01', 'secretary-general@un', 'antonio-guterres'],
    ['الأمين العام لحلف الناتو', '2023-01-01', 'secretary-general@nato', 'jens-stoltenberg'],
    ['الأمين العام لحلف الناتو', '2025-01-01', 'secretary-general@nato', 'mark-rutte'],
    [
      'Secretary-General of the Arab League',
      '2024-01-01',
      'secretary-general@arab-league',
      'ahmed-aboul-gheit',
    ],
    ['المستشار الألماني', '2024-01-01', 'chancellor@DE', 'olaf-scholz'],
    ['المستشار الألماني', '2025-06-01', 'chancellor@DE', 'friedrich-merz'],
    ['ولي العهد السعودي', '2024-01-01', 'crown-prince@SA', 'mohammed-bin-salman'],
    ['President of Kazakhstan', '2022-01-01', 'president@KZ', 'kassym-jomart-tokayev'],
    ['رئيس جمهورية أوزبكستان', '2022-01-01', 'president@UZ', 'shavkat-mirziyoyev'],
    ['وزيرة الخارجية الألمانية', '2023-01-01', 'foreign-minister@DE', 'annalena-baerbock'],
    ['أمير الكويت', '2022-01-01', 'emir@KW', 'nawaf-al-ahmad'],
    ['أمير دولة الكويت', '2024-06-01', 'emir@KW', 'mishal-al-ahmad'],
    ['the US Secretary of State', '2023-01-01', 'foreign-minister@US', 'antony-blinken'],
    ['المرشد الإيراني', '2024-01-01', 'supreme-leader@IR', 'ali-khamenei'],
    ['EU foreign policy chief', '2023-01-01', 'high-representative@eu', 'josep-borrell'],
    [
      'رئيسة المفوضية الأوروبية',
      '2024-01-01',
      'president@european-commission',
      'ursula-von-der-leyen',
    ],
    ['الرئيس السوري', '2023-01-01', 'president@SY', 'bashar-al-assad'],
    ['الرئيس السوري', '2025-03-01', 'president@SY', 'ahmed-al-sharaa'],
    ['Russian President', '2019-06-01', 'president@RU', 'vladimir-putin'],
    ['Saudi Crown Prince', '2024-01-01', 'crown-prince@SA', 'mohammed-bin-salman'],
    ['King of Jordan', '2024-01-01', 'king@JO', 'abdullah-ii'],
    ['سلطان عمان', '2019-06-01', 'sultan@OM', 'qaboos-bin-said'],
    ['رئيس الوزراء البريطاني', '2022-10-01', 'prime-minister@GB', 'liz-truss'],
    ['IAEA chief', '2024-01-01', 'chief@iaea', 'rafael-grossi'],
  ];

  it.each(cases)('%s on %s → %s held by %s', (phrase, date, id, holder) => {
    const found = roles(matchEntities(gazetteer, phrase, { date })).find((role) => role.id === id);
    expect(found).toBeDefined();
    expect(found?.holderId).toBe(holder);
  });

  it('marks a former holder and resolves nobody', () => {
    const [role] = roles(
      matchEntities(gazetteer, 'قال الرئيس الإيراني السابق إن', { date: '2024-01-01' }),
    );
    expect(role).toMatchObject({ id: 'president@IR', former: true });
    expect(role?.holderId).toBeUndefined();
    const [english] = roles(
      matchEntities(gazetteer, 'the former Iranian president', { date: '2024-01-01' }),
    );
    expect(english).toMatchObject({ id: 'president@IR', former: true });
  });

  it('leaves the holder out without a date', () => {
    const [role] = roles(matchEntities(gazetteer, 'الرئيس الكازاخستاني'));
    expect(role).toMatchObject({ id: 'president@KZ', former: false });
    expect(role?.holderId).toBeUndefined();
  });

  it('keeps character offsets on the role phrase without proclitics', () => {
    const text = 'التقى ووزير الخارجية الروسي نظيره';
    const [role] = roles(matchEntities(gazetteer, text, { date: '2024-01-01' }));
    expect(role?.text).toBe('وزير الخارجية الروسي');
    expect(text.slice(role?.start, role?.end)).toBe('وزير الخارجية الروسي');
  });
});

describe('matchEntities: a sentence', () => {
  it('finds role, people, adjectives and the place, in order and without overlap', () => {
    const text =
      'استقبل الرئيس الكازاخستاني قاسم جومارت توكاييف في أستانا نظيره الأوزبكي شوكت ميرضيائيف.';
    const matches = matchEntities(gazetteer, text, { date: '2024-05-01' });
    expect(matches.map((m) => `${m.kind}:${m.id}`)).toEqual([
      'role:president@KZ',
      'country:KZ',
      'person:kassym-jomart-tokayev',
      'place:astana',
      'country:UZ',
      'person:shavkat-mirziyoyev',
    ]);
    const people = entities(matches).filter((m) => m.kind === 'person');
    expect(people.map((m) => m.text)).toEqual(['قاسم جومارت توكاييف', 'شوكت ميرضيائيف']);
  });

  it('ranks namesakes by who was in office on the date', () => {
    const [sharif] = entities(
      matchEntities(gazetteer, 'قال رئيس الوزراء شهباز شريف', { date: '2024-06-01' }),
    );
    expect(sharif).toMatchObject({ kind: 'person', id: 'shehbaz-sharif' });
    const text = 'الرئيس التركماني بردي محمدوف';
    const [, son] = entities(matchEntities(gazetteer, text, { date: '2023-01-01' }));
    expect(son).toMatchObject({
      id: 'serdar-berdimuhamedow',
      alternatives: ['gurbanguly-berdimuhamedow'],
    });
    const [, father] = entities(matchEntities(gazetteer, text, { date: '2020-01-01' }));
    expect(father).toMatchObject({
      id: 'gurbanguly-berdimuhamedow',
      alternatives: ['serdar-berdimuhamedow'],
    });
  });
});
