import { exampleArticle } from '@sijill/testing';
import { loadDefaultGazetteer } from '../gazetteer';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();

/** Each mention as "type date city organisation: participants" (published 2015-08-04). */
function told(body: string): string[] {
  const article = exampleArticle('ar-preceded', 'ar', body, {
    publishedAt: '2015-08-04T09:00:00+03:00',
  });
  return extractMentions(article, gazetteer)
    .map(
      (m) =>
        `${m.type} ${m.date.start} ${m.location?.city ?? '-'} ${m.organisation?.acronym ?? '-'}: ${m.participants
          .map((p) => p.name)
          .sort()
          .join(', ')}`,
    )
    .sort();
}

// Sentences written for these tests: the joint meeting of a guest minister with the GCC's foreign
// ministers, and a trilateral meeting told as having preceded it.
describe('splitAtPreceding', () => {
  const joint =
    'وعقد وزير الخارجية الأمريكي جون كيري اجتماعا مع وزراء خارجية دول مجلس التعاون في الدوحة أمس الاثنين.';
  it.each([
    {
      rule: 'a new meeting that preceded the one referred to is its own, on its day and there',
      body: `${joint} وكان قد سبق الاجتماع المشترك بين كيري ووزراء خارجية دول مجلس التعاون اجتماع ثلاثي ضم كيري ووزير الخارجية السعودي عادل الجبير ووزير الخارجية الروسي سيرجي لافروف.`,
      expected: [
        'meeting 2015-08-03 Doha -: Adel al-Jubeir, John Kerry, Sergey Lavrov',
        'summit 2015-08-03 Doha GCC: John Kerry',
      ],
    },
    {
      rule: 'without a verb of preceding the sentence is one stretch',
      body: `${joint} وشارك في الاجتماع المشترك بين كيري ووزراء خارجية دول مجلس التعاون وزير الخارجية السعودي عادل الجبير.`,
      expected: ['summit 2015-08-03 Doha GCC: Adel al-Jubeir, John Kerry'],
    },
  ])('$rule', ({ body, expected }) => {
    expect(told(body)).toEqual(expected);
  });
});
