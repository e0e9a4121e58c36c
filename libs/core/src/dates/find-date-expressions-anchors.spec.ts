import { findDateExpressions } from './find-date-expressions';

// The same text read against one anchor, then another (as an article is when its dateline moves
// its anchor), reads each time what a first reading against that anchor reads.
describe('findDateExpressions, one text against two anchors', () => {
  it.each([
    ['Arabic relative days', 'ar', 'وصل الرئيس أمس الخميس ويغادر غداً، بعد زيارة في 3 يوليو'],
    [
      'English weekdays and months',
      'en',
      'The minister arrived on Thursday and leaves in May 2015.',
    ],
    [
      'a Hijri date and yesterday',
      'ar',
      'زار الرياض أمس، بعد لقاء في 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م',
    ],
  ])('%s', (_name, language, text) => {
    const first = { language, anchor: '2015-07-30T09:00:00Z' };
    const second = { language, anchor: '2015-07-27T09:00:00Z' };

    const againstFirst = findDateExpressions(text, first);
    const againstSecond = findDateExpressions(text, second);
    findDateExpressions('another text', first);

    expect(findDateExpressions(text, second)).toEqual(againstSecond);
    expect(findDateExpressions(text, first)).toEqual(againstFirst);
    expect(againstSecond).not.toEqual(againstFirst);
  });
});
