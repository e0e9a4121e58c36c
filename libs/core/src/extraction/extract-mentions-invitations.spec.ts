import type { UniqueArticle } from '@sijill/contracts';
import { loadDefaultGazetteer } from '../gazetteer';
import { normaliseArticle } from '../normalise';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();

function article(id: string, language: string, body: string): UniqueArticle {
  const normalised = normaliseArticle({ body, language });
  return {
    articleId: id,
    url: `https://example.test/${id}`,
    sourceName: 'Example Wire',
    publishedAt: '2015-07-31T08:00:00+03:00',
    language: normalised.language,
    languageDetected: normalised.languageDetected,
    text: normalised.text,
    sentences: normalised.sentences.map((s) => ({ start: s.start, end: s.end })),
    cuts: normalised.cuts.map((c) => ({ rule: c.rule, line: c.line, text: c.text })),
    source: { topic: 'articles.unique', partition: 0, offset: '0' },
  };
}

function told(input: UniqueArticle): string[] {
  return extractMentions(input, gazetteer).map(
    (m) =>
      `${m.type} ${m.lifecycle} ${m.location?.country ?? '-'}: ${m.participants
        .map((p) => p.name)
        .sort()
        .join(', ')}`,
  );
}

// Sentences written for these tests: an invitation asks for a visit (issue 16, "an invitation is
// not a visit"), however long the clause between the invitation and the visit it asks for.
describe('extractMentions: invitations', () => {
  it('an invitation carried from one president to another is no announced visit (ar)', () => {
    const mentions = told(
      article(
        'ar-invitation',
        'ar',
        'وتمثل الدعوة الرسمية التي نقلها أمس وزير الخارجية الفرنسي لوران فابيوس من الرئيس فرنسوا هولاند إلى نظيره الإيراني حسن روحاني لزيارة فرنسا في شهر نوفمبر المقبل خطوة مهمة.',
      ),
    );
    expect(mentions.filter((m) => m.startsWith('visit announced'))).toEqual([]);
  });

  it('an invitation carried from one president to another is no announced visit (en)', () => {
    const mentions = told(
      article(
        'en-invitation',
        'en',
        'The formal invitation that French Foreign Minister Laurent Fabius carried yesterday from President Francois Hollande to his Iranian counterpart Hassan Rouhani to visit France in November is a strong signal.',
      ),
    );
    expect(mentions.filter((m) => m.startsWith('visit announced'))).toEqual([]);
  });

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
