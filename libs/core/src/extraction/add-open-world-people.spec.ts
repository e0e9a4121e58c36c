import { loadDefaultGazetteer } from '../gazetteer';
import { addOpenWorldPeople } from './add-open-world-people';
import { lexiconFor, loadDefaultExtractionLexicons } from './load-default-lexicons';
import { readSentence } from './read-sentence';
import { officeHolderId } from './unnamed-office-holder';

const gazetteer = loadDefaultGazetteer();
const lexicons = loadDefaultExtractionLexicons();
const DAY = '2015-07-30';

/** The people a sentence names after `addOpenWorldPeople`, as `name (country, role): names`. */
function people(text: string): string[] {
  const lexicon = lexiconFor(lexicons, 'ar', text);
  if (lexicon === undefined) throw new Error('no lexicon');
  const reading = readSentence(0, text, 0, { gazetteer, lexicon, language: 'ar', anchor: DAY });
  const placed = addOpenWorldPeople([reading], gazetteer, 'ar', () => DAY);
  return (placed.readings[0]?.entities ?? [])
    .filter((e) => e.match.kind === 'person')
    .map((e) => {
      const person = placed.gazetteer.people.get(e.match.id);
      const office = person?.offices[0];
      return `${person?.name ?? e.match.id} (${office?.country ?? '-'}, ${office?.role ?? '-'}): ${(person?.names.ar ?? []).join(' / ')}`;
    });
}

describe('addOpenWorldPeople', () => {
  it.each([
    {
      rule: 'an official the gazetteer does not hold is a person of the article, with office and country; the surname is a short form',
      text: 'استقبل الملك وزير الخارجية الغامبي نيانغ سانيانغ في جدة.',
      expected: ['نيانغ سانيانغ (GM, foreign-minister): نيانغ سانيانغ / سانيانغ'],
    },
    {
      rule: 'words after a title whose holder the gazetteer knows, and which are not that holder’s name, add nobody',
      text: 'وفي ختام اللقاء طلب الرئيس المصري عادل محمود الحضور.',
      expected: [],
    },
    {
      rule: 'people the gazetteer matched stay as they are',
      text: 'التقى وزير الخارجية الأردني ناصر جودة أمس.',
      expected: ['Nasser Judeh (JO, foreign-minister): ناصر جودة'],
    },
  ])('$rule', ({ text, expected }) => {
    expect(people(text)).toEqual(expected);
  });

  it('answers for an office nobody is known to hold with its role and country, without a name', () => {
    const id = officeHolderId('prime-minister', 'BD');
    if (id === undefined) throw new Error('no id for a prime minister');
    const placed = addOpenWorldPeople([], gazetteer, 'ar', () => DAY);
    const person = placed.gazetteer.people.get(id);
    expect(person?.name).toBe('Prime Minister of Bangladesh');
    expect(person?.offices[0]).toMatchObject({ role: 'head-of-government', country: 'BD' });
    expect(gazetteer.people.get(id)).toBeUndefined();
  });

  it('gives no office id for a title the timeline does not report', () => {
    expect(officeHolderId('pope', 'VA')).toBeUndefined();
  });
});
