import { loadDefaultGazetteer } from '../gazetteer';
import { lexiconFor, loadDefaultExtractionLexicons } from './load-default-lexicons';
import { readSentence } from './read-sentence';
import { notSurnameWords, surnameAlias } from './surname-alias';

const gazetteer = loadDefaultGazetteer();
const lexicons = loadDefaultExtractionLexicons();
const DAY = '2015-08-02';
const titleWords = new Set([
  ...gazetteer.lexicon.personCues,
  ...gazetteer.lexicon.titlesByFirstWord.keys(),
]);

/** Each person matched in one sentence as `English name: surname alias or -`. */
function aliases(text: string, language: 'ar' | 'en'): string[] {
  const lexicon = lexiconFor(lexicons, language, text);
  if (lexicon === undefined) throw new Error('no lexicon');
  const reading = readSentence(0, text, 0, { gazetteer, lexicon, language, anchor: DAY });
  return reading.entities
    .filter((e) => e.match.kind === 'person')
    .map((e) => {
      const name = gazetteer.people.get(e.match.id)?.name ?? e.match.id;
      const common = notSurnameWords(lexicon);
      return `${name}: ${surnameAlias(e, reading.words, titleWords, common) ?? '-'}`;
    });
}

describe('surnameAlias', () => {
  it.each([
    {
      rule: 'a given name and a surname give the surname',
      text: 'قال وزير الخارجية الأمريكي جون كيري إن مصر دفعت ثمنا باهظا.',
      language: 'ar' as const,
      expected: ['John Kerry: كيري'],
    },
    {
      rule: 'a surname with the article keeps it (folded, as words are)',
      text: 'عقد مؤتمرا صحفيا مع وزير خارجية قطر خالد العطية في الدوحة.',
      language: 'ar' as const,
      expected: ['Khalid bin Mohammad Al Attiyah: العطيه'],
    },
    {
      rule: 'an English name gives its folded surname',
      text: 'Sergey Lavrov arrived in Doha.',
      language: 'en' as const,
      expected: ['Sergey Lavrov: lavrov'],
    },
    {
      rule: "a name built on a father's name (بن) gives none",
      text: 'وصل الأمير محمد بن سلمان إلى القاهرة.',
      language: 'ar' as const,
      expected: ['Mohammed bin Salman: -'],
    },
    {
      rule: 'a compound given name (عبد العزيز) is no surname',
      text: 'استقبل الملك سلمان بن عبد العزيز الضيف.',
      language: 'ar' as const,
      expected: ['Salman bin Abdulaziz Al Saud: -'],
    },
    {
      rule: 'a title and a given name (الملك سلمان) give none',
      text: 'استقبل الملك سلمان الضيف.',
      language: 'ar' as const,
      expected: ['Salman bin Abdulaziz Al Saud: -'],
    },
    {
      rule: 'a title of three words (خادم الحرمين الشريفين) gives none',
      text: 'استقبل خادم الحرمين الشريفين الضيف.',
      language: 'ar' as const,
      expected: ['Salman bin Abdulaziz Al Saud: -'],
    },
    {
      rule: 'a surname that is a common word (سلام, peace) gives none',
      text: 'تلقى رئيس الوزراء اللبناني تمام سلام اتصالا هاتفيا.',
      language: 'ar' as const,
      expected: ['Tammam Salam: -'],
    },
  ])('$rule', ({ text, language, expected }) => {
    expect(aliases(text, language)).toEqual(expected);
  });
});
