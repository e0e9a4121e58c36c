import { loadDefaultGazetteer, type OfficeTitle } from '../gazetteer';
import { findOpenWorldPeople, openWorldKey } from './find-open-world-people';
import { lexiconFor, loadDefaultExtractionLexicons } from './load-default-lexicons';
import { readSentence } from './read-sentence';

const gazetteer = loadDefaultGazetteer();
const lexicons = loadDefaultExtractionLexicons();
const DAY = '2015-07-30';

/** Each official found in one sentence as `title@country: name as written`. */
function found(text: string, language: string, titleBefore?: OfficeTitle): string[] {
  const lexicon = lexiconFor(lexicons, language, text);
  if (lexicon === undefined) throw new Error('no lexicon');
  const reading = readSentence(0, text, 0, { gazetteer, lexicon, language, anchor: DAY });
  return findOpenWorldPeople(reading, gazetteer, () => titleBefore).map(
    (p) => `${p.title}@${p.country}: ${p.name}`,
  );
}

describe('findOpenWorldPeople', () => {
  it.each([
    {
      // The gazetteer lists no Gambian foreign minister: the name is taken as written.
      rule: 'a title, a nationality adjective and a name',
      language: 'ar',
      text: 'استقبل الملك وزير الخارجية الغامبي نيانغ سانيانغ في جدة.',
      expected: ['foreign-minister@GM: نيانغ سانيانغ'],
    },
    {
      rule: 'a title, fillers and a country name; the name ends at the conjunction',
      language: 'ar',
      text: 'استقبل الملك في مكتبه اليوم، وزير الشؤون الخارجية بجمهورية لاتفيا إدغارس رينكيفيتشس والوفد المرافق له.',
      expected: ['foreign-minister@LV: إدغارس رينكيفيتشس'],
    },
    {
      rule: 'an honorific between the title and the name is skipped',
      language: 'ar',
      text: 'التقى وزير خارجية غامبيا السيد نيانغ سانيانغ أمس.',
      expected: ['foreign-minister@GM: نيانغ سانيانغ'],
    },
    {
      rule: 'the name ends at a time word',
      language: 'ar',
      text: 'التقى الرئيس التنزاني جاكايا كيكويتي أمس نظيره.',
      expected: ['president@TZ: جاكايا كيكويتي'],
    },
    {
      rule: 'English: nationality before the title, a capitalised name',
      language: 'en',
      text: 'Tanzanian President Samia Suluhu Hassan met the delegation in Dodoma.',
      expected: ['president@TZ: Samia Suluhu Hassan'],
    },
    {
      rule: 'a counterpart named with nationality and name holds the office of the person before',
      language: 'ar',
      text: 'التقى جون كيري مع نظيره البوليفي ديفيد تشوكيهوانكا أمس في واشنطن.',
      titleBefore: 'foreign-minister' as const,
      expected: ['foreign-minister@BO: ديفيد تشوكيهوانكا'],
    },
    {
      rule: 'a person the gazetteer names is left to the gazetteer',
      language: 'ar',
      text: 'التقى وزير الخارجية الأردني ناصر جودة أمس.',
      expected: [],
    },
    {
      rule: 'a given name that is also a nationality (الأمير تركي بن عبدالله) is no seat',
      language: 'ar',
      text: 'استقبل صاحب السمو الملكي الأمير تركي بن عبدالله أمير منطقة الرياض الضيوف.',
      expected: [],
    },
    {
      rule: 'a former holder is not an official',
      language: 'ar',
      text: 'قال الرئيس الغابوني السابق عمر بونغو إن الزيارة مهمة.',
      expected: [],
    },
    {
      rule: 'an honorific phrase is no name',
      language: 'ar',
      text: 'وجه الرئيس المصري الدعوة لصاحب السمو الملكي الأمير محمد بن سلمان.',
      expected: [],
    },
    {
      rule: 'a single word after a title is no name',
      language: 'ar',
      text: 'وصل الرئيس الغابوني بونغو إلى الرياض.',
      expected: [],
    },
    {
      rule: 'a deputy of the office is not its holder',
      language: 'ar',
      text: 'واصل الوفد الذي يترأسه نائب وزير الخارجية التركي فريدون سينرلي جولته.',
      expected: [],
    },
    {
      rule: 'an adjective after a filler qualifies the body, not the office',
      language: 'ar',
      text: 'قام رئيس الاتحاد السعودي ابراهيم الدوسري بزيارة للسفير.',
      expected: [],
    },
    {
      rule: 'a verb after the title is no name',
      language: 'ar',
      text: 'وفي ختام اللقاء طلب الرئيس الغابوني نقل تحياته إلى أخيه.',
      expected: [],
    },
    {
      rule: 'the name ends at a preposition once it has a given name and a surname',
      language: 'ar',
      text: 'رد وزير الخارجية اليمني رياض ياسين على محاولات بعض الأطراف.',
      expected: ['foreign-minister@YE: رياض ياسين'],
    },
    {
      rule: 'and at a word that opens with a preposition and an article (لإذاعة، للصحفيين)',
      language: 'ar',
      text: 'وقال وزير الخارجية النمساوي سباستيان كورتس لإذاعة محلية أمس إنه يعتزم زيارة إيران.',
      expected: ['foreign-minister@AT: سباستيان كورتس'],
    },
    {
      rule: 'a name of three words that ends in علي keeps it',
      language: 'ar',
      text: 'التقى وزير الخارجية التونسي أحمد ولد علي أمس.',
      expected: ['foreign-minister@TN: أحمد ولد علي'],
    },
    {
      rule: 'a title without a nationality names nobody',
      language: 'ar',
      text: 'قال وزير الخارجية عادل الجبير إن المملكة ترحب.',
      expected: [],
    },
  ])('$rule', ({ text, language, expected, ...rest }) => {
    const titleBefore = 'titleBefore' in rest ? rest.titleBefore : undefined;
    expect(found(text, language, titleBefore)).toEqual(expected);
  });

  it('keys a person by folded name and country, the same however the name is spelt', () => {
    expect(openWorldKey('GA', 'علي بونغو أونديمبا')).toBe(openWorldKey('GA', 'علي بونغو اونديمبا'));
    expect(openWorldKey('GA', 'علي بونغو')).not.toBe(openWorldKey('CM', 'علي بونغو'));
  });
});
