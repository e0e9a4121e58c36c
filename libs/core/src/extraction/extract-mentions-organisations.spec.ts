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

// Sentences written for these tests: an organisation's foreign ministers meeting a guest minister
// is the organisation's gathering, whichever words an outlet uses for it.
describe('extractMentions: a meeting of an organisation’s foreign ministers', () => {
  const organisations = (text: string): (string | undefined)[] =>
    extractMentions(article('ar-gcc-ministers', 'ar', text), gazetteer).map(
      (m) => `${m.type} ${m.organisation?.acronym ?? '-'} ${m.location?.city ?? '-'}`,
    );

  it.each([
    'بدأت في الدوحة اليوم أعمال الاجتماع المشترك بين وزراء خارجية دول مجلس التعاون لدول الخليج العربية ووزير الخارجية الأمريكي جون كيري.',
    'انطلقت اليوم في الدوحة أعمال الاجتماع التشاوري لوزراء خارجية دول مجلس التعاون الخليجي مع نظيرهم الأمريكي جون كيري.',
  ])('is the GCC’s gathering in Doha: %s', (text) => {
    expect(organisations(text)).toEqual(['summit GCC Doha']);
  });

  it('a meeting of two foreign ministers with no organisation stays a meeting', () => {
    expect(
      organisations(
        'التقى وزير الخارجية الأمريكي جون كيري اليوم في الدوحة وزير الخارجية القطري خالد العطية.',
      ).map((line) => line?.split(' ')[0]),
    ).not.toContain('summit');
  });
});
