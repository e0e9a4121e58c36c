import { exampleArticle } from '@sijill/testing';
import { loadDefaultGazetteer } from '../gazetteer';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();

/** Each mention as "type lifecycle date: participants" (published Sunday 2015-08-02). */
function told(body: string): string[] {
  const article = exampleArticle('ar-statement', 'ar', body, {
    publishedAt: '2015-08-02T09:00:00+03:00',
  });
  return extractMentions(article, gazetteer).map(
    (m) =>
      `${m.type} ${m.lifecycle} ${m.date.start}${m.date.end === undefined ? '' : `..${m.date.end}`}: ${m.participants
        .map((p) => p.name)
        .sort()
        .join(', ')}`,
  );
}

// Sentences written for these tests: a ministry announces a working visit with its days, then
// goes on ("وأضافت أن") with the other meetings planned for it.
describe('dateFromStatement', () => {
  const statement =
    'وقالت الخارجية الروسية أمس إن وزير الخارجية الروسي سيرغي لافروف سيعقد اجتماعا ثلاثيا مع نظيريه الأميركي جون كيري والسعودي عادل الجبير يومي الثاني والثالث من أغسطس.';
  const goesOn = 'وأضافت أن لافروف سيعقد اجتماعات أيضا مع أمير قطر الشيخ تميم بن حمد آل ثاني.';
  it.each([
    {
      rule: 'a future meeting in a sentence going on with the statement takes the statement’s days',
      body: `${statement} ${goesOn}`,
      expected: 'meeting announced 2015-08-02..2015-08-03: Sergey Lavrov, Tamim bin Hamad Al Thani',
    },
    {
      rule: 'a future meeting after an unrelated sentence takes no day and is left out',
      body: `${statement} وتشهد المنطقة موجة حر شديدة. ${goesOn}`,
      expected: undefined,
    },
    {
      rule: 'a sentence not going on with a statement borrows nothing',
      body: `${statement} ومن المتوقع أن يلتقي لافروف أمير قطر الشيخ تميم بن حمد آل ثاني.`,
      expected: undefined,
    },
  ])('$rule', ({ body, expected }) => {
    const lines = told(body).filter((line) => line.includes('Tamim'));
    expect(lines).toEqual(expected === undefined ? [] : [expected]);
  });
});
