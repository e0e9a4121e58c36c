import type { UniqueArticle } from '@sijill/contracts';
import { loadDefaultGazetteer } from '../gazetteer';
import { exampleArticle, mentionLines } from '@sijill/testing';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();

const article = (id: string, language: string, body: string): UniqueArticle =>
  exampleArticle(id, language, body);
const told = (input: UniqueArticle): string[] => mentionLines(extractMentions(input, gazetteer));

// Sentences written for these tests: an invitation asks for a visit (issue 16, "an invitation is
// not a visit"), however long the clause between the invitation and the visit it asks for.
describe('extractMentions: invitations', () => {
  it.each([
    [
      'ar',
      'وتمثل الدعوة الرسمية التي نقلها أمس وزير الخارجية الفرنسي لوران فابيوس من الرئيس فرنسوا هولاند إلى نظيره الإيراني حسن روحاني لزيارة فرنسا في شهر نوفمبر المقبل خطوة مهمة.',
    ],
    [
      'en',
      'The formal invitation that French Foreign Minister Laurent Fabius carried yesterday from President Francois Hollande to his Iranian counterpart Hassan Rouhani to visit France in November is a strong signal.',
    ],
  ])(
    'an invitation carried from one president to another is no announced visit (%s)',
    (language, body) => {
      const mentions = told(article(`${language}-invitation`, language, body));
      expect(mentions.filter((m) => m.startsWith('visit announced'))).toEqual([]);
    },
  );

  it('who sends and who receives the invitation are no parties to the carrier’s own trip', () => {
    const mentions = told(
      article(
        'ar-carrier',
        'ar',
        'وحمل لوران فابيوس، أول وزير خارجية فرنسي يتوجه إلى طهران منذ سنوات، دعوة من الرئيس فرنسوا هولاند إلى نظيره حسن روحاني لزيارة باريس.',
      ),
    );
    expect(mentions).toHaveLength(1);
    for (const m of mentions) expect(m).not.toContain('François Hollande');
  });
});
