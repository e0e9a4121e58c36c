import adMarkersAndSourceAr from './fixtures/ad-markers-and-source.ar.json';
import htmlPageAr from './fixtures/html-page.ar.json';
import htmlPageEn from './fixtures/html-page.en.json';
import inlineReadAlsoAr from './fixtures/inline-read-also.ar.json';
import newsletterCookieRepeatsAr from './fixtures/newsletter-cookie-repeats.ar.json';
import pageChromeFr from './fixtures/page-chrome.fr.json';
import relatedBoxBeforeArticleEn from './fixtures/related-box-before-article.en.json';
import subheadingsAndQuoteIntroAr from './fixtures/subheadings-and-quote-intro.ar.json';
import widgetsCaptionCookieEn from './fixtures/widgets-caption-cookie.en.json';
import widgetsCaptionRelatedAr from './fixtures/widgets-caption-related.ar.json';
import wireFooterRelatedEn from './fixtures/wire-footer-related.en.json';
import { defaultChromeLexicon } from './chrome-lexicon';
import { extractText } from './extract-text';
import { normaliseArticle } from './normalise-article';
import { removeChrome, type CutRule } from './remove-chrome';
import { segmentSentences } from './segment-sentences';

interface ChromeFixture {
  readonly case: string;
  readonly language: string;
  readonly description: string;
  readonly input: { readonly body: string; readonly title?: string; readonly contentType?: string };
  /** Article paragraphs: every sentence of each must survive. */
  readonly article: readonly string[];
  /** Page chrome: none of these may survive as a line. */
  readonly chrome: readonly string[];
}

const FIXTURES: readonly ChromeFixture[] = [
  adMarkersAndSourceAr,
  htmlPageAr,
  htmlPageEn,
  inlineReadAlsoAr,
  newsletterCookieRepeatsAr,
  pageChromeFr,
  relatedBoxBeforeArticleEn,
  subheadingsAndQuoteIntroAr,
  widgetsCaptionCookieEn,
  widgetsCaptionRelatedAr,
  wireFooterRelatedEn,
];

function sentencesOf(paragraph: string): string[] {
  return segmentSentences(paragraph).map(({ start, end }) => paragraph.slice(start, end));
}

describe('removeChrome on page fixtures', () => {
  describe.each(
    FIXTURES.map((fixture) => [`${fixture.case}.${fixture.language}`, fixture] as const),
  )('%s', (_name, fixture) => {
    const normalised = normaliseArticle(fixture.input);
    const keptLines = new Set(normalised.text.split('\n'));

    it.each(
      fixture.article
        .flatMap(sentencesOf)
        .map((sentence) => [sentence.slice(0, 60), sentence] as const),
    )('keeps the article sentence %s…', (_start, sentence) => {
      expect(normalised.text).toContain(sentence);
    });

    it.each(fixture.chrome.map((line) => [line] as const))('cuts the chrome line %j', (line) => {
      expect(keptLines.has(line)).toBe(false);
    });

    it('records a rule and a line number for every cut', () => {
      for (const cut of normalised.cuts) {
        expect(cut.line).toBeGreaterThan(0);
        expect(cut.text.length).toBeGreaterThan(0);
      }
    });
  });
});

describe('removeChrome rules', () => {
  const lexicon = defaultChromeLexicon();
  const ruleFor = (body: string, target: string, title?: string): CutRule | undefined =>
    removeChrome(extractText(body).lines, lexicon, title).cuts.find((cut) => cut.text === target)
      ?.rule;
  const ARTICLE = [
    'وصل الرئيس الروسي إلى العاصمة الكازاخستانية في زيارة رسمية تستمر يومين.',
    'وبحث الجانبان التعاون في مجالات الطاقة والنقل والتجارة.',
  ];
  const page = (...lines: string[]): string => [ARTICLE[0], ...lines, ARTICLE[1]].join('\n');

  it.each<[string, string, CutRule]>([
    ['an ad shortcode', '[ad_7]', 'chrome-phrase'],
    ['a loading line', 'Loading…', 'chrome-phrase'],
    ['an Arabic loading line', 'جار التحميل...', 'chrome-phrase'],
    ['a newsletter prompt', 'اشترك في نشرتنا البريدية لتصلك آخر الأخبار', 'chrome-phrase'],
    ['a social prompt', 'تابعونا على منصة إكس', 'chrome-phrase'],
    ['an English social prompt', 'Follow us on Telegram', 'chrome-phrase'],
    ['a row of share buttons', 'Facebook Twitter WhatsApp Email', 'chrome-phrase'],
    ['a temperature', '24°C', 'chrome-phrase'],
    [
      'a cookie banner',
      'Nous utilisons des cookies pour améliorer votre expérience.',
      'chrome-phrase',
    ],
    ['a caption with an agency credit', 'الرئيسان خلال المؤتمر الصحفي (أ.ف.ب)', 'caption'],
    [
      'a caption with a photographer credit',
      'The leaders meet in Astana on July 3, 2024. REUTERS/Pavel Mikheyev',
      'caption',
    ],
    ['a reporting credit', 'Reporting by Jane Doe; Editing by John Roe', 'credit'],
    ['a short agency line', 'أستانا - رويترز:', 'credit'],
    ['an inline read-also link', 'اقرأ أيضاً: بوتين يصل إلى بكين', 'related-inline'],
    ['a date stamp', '9 نوفمبر 2023 / 10:45 AM', 'short-fragment'],
    ['a kicker', 'بعيدا عن الحرب', 'short-fragment'],
  ])('cuts %s', (_name, line, rule) => {
    expect(ruleFor(page(line), line)).toBe(rule);
  });

  it.each<[string, string]>([
    ['a short sentence', 'ورفض التعليق.'],
    ['a sentence about the weather', 'وبلغت درجة الحرارة في العاصمة 45 درجة مئوية أمس.'],
    ['a sentence naming an agency', 'وقالت وكالة رويترز إن الاجتماع استمر ثلاث ساعات.'],
    [
      'a sentence that starts like a related marker',
      'Related talks are expected in Geneva next week.',
    ],
    ['a sentence with a social network in it', 'وكتب الرئيس على منصة إكس أن المحادثات كانت بناءة.'],
    ['a quote introduction', 'وقال بوتين:'],
    ['a sentence with "share" in it', 'شارك الرئيس في القمة إلى جانب قادة آسيا الوسطى.'],
  ])('keeps %s', (_name, line) => {
    expect(ruleFor(page(line), line)).toBeUndefined();
  });

  it('cuts every line from a standalone related marker to the end', () => {
    const { cuts, kept } = removeChrome(
      extractText(page('مقالات ذات صلة', 'قصة أخرى عن موضوع آخر تماما.')).lines,
      lexicon,
    );
    expect(kept.map((line) => line.text)).toEqual([ARTICLE[0]]);
    expect(cuts.map((cut) => cut.rule)).toEqual([
      'related-marker',
      'related-section',
      'related-section',
    ]);
  });

  it('cuts only the marker when no article text comes before it', () => {
    const { kept } = removeChrome(extractText(['Read more', ...ARTICLE].join('\n')).lines, lexicon);
    expect(kept.map((line) => line.text)).toEqual(ARTICLE);
  });

  it('cuts every copy of a repeated heading but keeps the first copy of a repeated sentence', () => {
    const heading = 'بوتين يزور آسيا الوسطى في مسعى لتثبيت النفوذ';
    const { kept, cuts } = removeChrome(
      extractText([heading, ARTICLE[0], heading, ARTICLE[1], ARTICLE[0]].join('\n')).lines,
      lexicon,
    );
    expect(kept.map((line) => line.text)).toEqual(ARTICLE);
    expect(cuts.map((cut) => [cut.rule, cut.line])).toEqual([
      ['repeated-line', 1],
      ['repeated-line', 3],
      ['repeated-line', 5],
    ]);
  });

  it('cuts lines repeating the given title, and takes an untitled first line as the headline', () => {
    const title = 'Putin arrives in Astana for talks with Tokayev';
    expect(ruleFor([title, ...ARTICLE].join('\n'), title, title)).toBe('title-repeat');
    const untitled = removeChrome(extractText([title, ...ARTICLE].join('\n')).lines, lexicon);
    expect(untitled.headline).toBe(title);
    expect(untitled.cuts.map((cut) => cut.rule)).toEqual(['headline']);
  });

  it('never edits a kept line', () => {
    const body = ['  ' + ARTICLE[0] + '  ', '\u200f' + ARTICLE[1]].join('\n');
    expect(removeChrome(extractText(body).lines, lexicon).kept.map((line) => line.text)).toEqual([
      ARTICLE[0],
      '\u200f' + ARTICLE[1],
    ]);
  });
});
