import type { UniqueArticle } from '@sijill/contracts';
import { loadDefaultGazetteer } from '../gazetteer';
import { exampleArticle, mentionLines } from '@sijill/testing';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();

const article = (id: string, language: string, body: string): UniqueArticle =>
  exampleArticle(id, language, body);
const told = (input: UniqueArticle): string[] => mentionLines(extractMentions(input, gazetteer));

// Sentences written for these tests: OPEC, the IMF and the like meet as economic bodies; their
// meetings are diplomatic encounters only with a head of state or government or a foreign minister.
describe('extractMentions: meetings of bodies that are not diplomatic', () => {
  it.each([
    {
      language: 'ar',
      text: 'ويتوقع التجار أن يبقى الإنتاج مرتفعا، والاجتماع المقبل لأوبك مقرر في مطلع ديسمبر في مقر المنظمة في فيينا.',
    },
    {
      language: 'en',
      text: 'Traders expect output to stay high until the next OPEC meeting, due in early December at the organisation’s headquarters in Vienna.',
    },
  ])('an OPEC meeting with nobody named is no encounter ($language)', ({ language, text }) => {
    expect(told(article(`${language}-opec`, language, text))).toEqual([]);
  });

  it('an OPEC summit with heads of state named stays an encounter', () => {
    const mentions = told(
      article(
        'ar-opec-summit',
        'ar',
        'وافتتح خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز والرئيس الفنزويلي نيكولاس مادورو أمس في الرياض قمة أوبك الرابعة.',
      ),
    );
    expect(mentions.length).toBeGreaterThan(0);
  });
});
