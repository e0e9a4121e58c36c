import { loadDefaultGazetteer } from '../gazetteer';
import { acceptNameMatch } from './accept-name-match';
import { lexiconFor, loadDefaultExtractionLexicons } from './load-default-lexicons';
import { readSentence } from './read-sentence';

const gazetteer = loadDefaultGazetteer();
const lexicons = loadDefaultExtractionLexicons();
const DAY = '2015-07-30';

/** Each person matched in one sentence as `English name: accepted?`. */
function verdicts(text: string): string[] {
  const lexicon = lexiconFor(lexicons, 'ar', text);
  if (lexicon === undefined) throw new Error('no lexicon');
  const reading = readSentence(0, text, 0, { gazetteer, lexicon, language: 'ar', anchor: DAY });
  return reading.entities
    .filter((e) => e.match.kind === 'person')
    .map((e) => {
      const name = gazetteer.people.get(e.match.id)?.name ?? e.match.id;
      return `${name}: ${acceptNameMatch(gazetteer, e, DAY) ? 'yes' : 'no'}`;
    });
}

describe('acceptNameMatch', () => {
  it.each([
    {
      rule: 'a full name as the gazetteer spells it, whoever holds office',
      text: 'وكان الرئيس الأسبق حسني مبارك قد زار الرياض.',
      expected: ['Hosni Mubarak: yes'],
    },
    {
      rule: 'one word of someone in office that day',
      text: 'وصل بوتين إلى طهران.',
      expected: ['Vladimir Putin: yes'],
    },
    {
      rule: 'one word of someone out of office that day',
      text: 'قال ساركوزي إن الحزب جاهز.',
      expected: ['Nicolas Sarkozy: no'],
    },
    {
      rule: 'a respelt given name read as someone out of office (عبد الكريم is not Abdul Kalam)',
      text: 'غادر اللاعب عبد الكريم إلى النمسا مع الفريق.',
      expected: ['A. P. J. Abdul Kalam: no'],
    },
  ])('$rule', ({ text, expected }) => {
    expect(verdicts(text)).toEqual(expected);
  });
});
