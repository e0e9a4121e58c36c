import { exampleArticle } from '@sijill/testing';
import { loadDefaultGazetteer } from '../gazetteer';
import { extractMentions } from './extract-mentions';
import { signedAtHeld } from './signed-at-held';

const gazetteer = loadDefaultGazetteer();

describe('signedAtHeld', () => {
  it.each([
    { lifecycle: 'occurred', titles: ['memorandum on water'], expected: ['memorandum on water'] },
    { lifecycle: 'announced', titles: ['memorandum on water'], expected: [] },
  ] as const)('a $lifecycle encounter lists $expected', ({ lifecycle, titles, expected }) => {
    expect(signedAtHeld(lifecycle, titles)).toEqual(expected);
  });

  // Sentences written for this test: a coming visit, and deals signed at an earlier meeting.
  it('a visit still to come lists no deal signed before it', () => {
    const body =
      'يزور رئيس الوزراء الإيطالي ماتيو رينزي القاهرة الشهر المقبل للقاء الرئيس عبد الفتاح السيسي، وكان الجانبان قد وقعا اتفاقية للتعاون الثقافي.';
    const mentions = extractMentions(exampleArticle('coming-visit', 'ar', body), gazetteer);
    expect(mentions.map((m) => [m.lifecycle, m.agreements.length])).toEqual([['announced', 0]]);
  });
});
