import fc from 'fast-check';

import { foldForMatching } from './fold-for-matching';
import { normaliseArticle } from './normalise-article';
import { segmentSentences } from './segment-sentences';
import { tokenise } from './tokenise-text';
import { definedOnly } from '@sijill/contracts';

// Article paragraphs (Arabic, English, French) and context-free chrome lines, all written for these tests.
const PARAGRAPHS = [
  'أستانا (رويترز) - وصل الرئيس الروسي فلاديمير بوتين إلى أستانا صباح الأربعاء في زيارة رسمية تستمر يومين.',
  'وقال بوتين للصحفيين: "كازاخستان شريكنا الاستراتيجي وحليفنا الموثوق". وأضاف أن آفاق التعاون واسعة.',
  'ووقع الجانبان بروتوكولا بشأن توريد النفط، إضافة إلى اتفاق لزيادة عبور الغاز الروسي إلى أوزبكستان.',
  'وبلغ حجم التبادل التجاري بين البلدين 28 مليار دولار العام الماضي، وفق بيانات رسمية.',
  'ASTANA (Reuters) - Russian President Vladimir Putin arrived in Astana on Wednesday for a two-day state visit.',
  'Mr. Putin and Kazakh President Kassym-Jomart Tokayev signed a declaration on their strategic partnership.',
  'The U.S. and the EU have stepped up engagement in Central Asia since 2022. Moscow says it is not worried.',
  "Le président français est arrivé mercredi à Astana pour une visite d'État de deux jours.",
];
const CHROME = [
  '[ad_1]',
  '[ad_2]',
  'Advertisement',
  'جاري التحميل...',
  'Loading…',
  'partly-cloudy',
  '°C,',
  '21°',
  'اشترك في نشرتنا البريدية لتصلك أهم الأخبار',
  'Sign up for our newsletter to get the latest news in your inbox.',
  'تابعونا على تلغرام',
  'Follow us on Facebook and X',
  'شارك الخبر',
  'Share this article',
  'Facebook Twitter Email',
  'We use cookies to personalise content. By continuing to browse, you agree to our cookie policy.',
  'الرئيس الروسي خلال مراسم الاستقبال (أ.ف.ب)',
  'Putin and Tokayev in Astana, November 27, 2024. Sputnik/Gavriil Grigorov/Pool via REUTERS',
  'Reporting by Jane Doe; Editing by John Roe',
  'الشارقة 24 – أ.ف.ب:',
  '28 نوفمبر 2024 / 7:29 AM',
  'TT',
  'اقرأ أيضاً: الكرملين يعلن موعد القمة المقبلة',
  'Publicité',
];
const RELATED_SECTION = [
  'مقالات ذات صلة',
  'قصة أخرى عن زيارة مختلفة تماما في عاصمة أخرى.',
  'عنوان قصة ثالثة',
];

const pageArbitrary = fc
  .record({
    paragraphs: fc.shuffledSubarray(PARAGRAPHS, { minLength: 2 }),
    chrome: fc.array(fc.constantFrom(...CHROME), { maxLength: 12 }),
    positions: fc.array(fc.nat(), { maxLength: 12 }),
    related: fc.boolean(),
    html: fc.boolean(),
  })
  .map(({ paragraphs, chrome, positions, related, html }) => {
    const lines = [...paragraphs];
    chrome.forEach((line, index) =>
      lines.splice((positions[index] ?? 0) % (lines.length + 1), 0, line),
    );
    if (related) lines.push(...RELATED_SECTION);
    const body = html
      ? `<div>${lines.map((line) => `<p>${line.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</p>`).join('')}</div>`
      : lines.join('\n');
    return { body, paragraphs, chrome, html };
  });

function sentencesOf(paragraph: string): string[] {
  return segmentSentences(paragraph).map(({ start, end }) => paragraph.slice(start, end));
}

describe('normaliseArticle', () => {
  it('keeps every article sentence and cuts every chrome line, wherever chrome is placed', () => {
    fc.assert(
      fc.property(pageArbitrary, ({ body, paragraphs, chrome }) => {
        const normalised = normaliseArticle({ body, language: 'und' });
        for (const sentence of paragraphs.flatMap(sentencesOf))
          expect(normalised.text).toContain(sentence);
        const kept = new Set(normalised.text.split('\n'));
        for (const line of [...chrome, ...RELATED_SECTION]) expect(kept.has(line)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('builds the matching form, the sentences and the token count from the display text', () => {
    fc.assert(
      fc.property(pageArbitrary, ({ body }) => {
        const normalised = normaliseArticle({ body, language: 'ar' });
        expect(normalised.matchingText).toBe(foldForMatching(normalised.text));
        expect(normalised.tokenCount).toBe(tokenise(normalised.matchingText).length);
        for (const { start, end } of normalised.sentences) {
          const sentence = normalised.text.slice(start, end);
          expect(sentence).toBe(sentence.trim());
          expect(sentence).not.toContain('\n');
        }
      }),
      { numRuns: 100 },
    );
  });

  it.each<[string | undefined, string, boolean]>([
    ['AR', 'ar', false],
    ['en-gb', 'en-GB', false],
    [undefined, 'ar', true],
    ['und', 'ar', true],
    ['', 'ar', true],
  ])('takes language %j as %s (detected: %s)', (language, expected, detected) => {
    const normalised = normaliseArticle({
      body: PARAGRAPHS.slice(0, 3).join('\n'),
      ...definedOnly({ language }),
    });
    expect(normalised.language).toBe(expected);
    expect(normalised.languageDetected).toBe(detected);
  });

  it('detects English and French', () => {
    expect(normaliseArticle({ body: PARAGRAPHS.slice(4, 7).join('\n') }).language).toBe('en');
    expect(
      normaliseArticle({
        body: `${PARAGRAPHS[7] ?? ''}\nIl doit rencontrer son homologue jeudi au palais présidentiel.`,
      }).language,
    ).toBe('fr');
  });

  it('answers und when there is too little text to tell', () => {
    const normalised = normaliseArticle({ body: '[ad_1]\nTT' });
    expect(normalised.text).toBe('');
    expect(normalised.language).toBe('und');
    expect(normalised.tokenCount).toBe(0);
  });

  it('reads HTML, keeps its title and records the format', () => {
    const body = `<html><head><title>Putin in Astana</title></head><body><article>${PARAGRAPHS.slice(
      4,
      7,
    )
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('')}</article></body></html>`;
    const normalised = normaliseArticle({ body });
    expect(normalised.format).toBe('html');
    expect(normalised.title).toBe('Putin in Astana');
    expect(normalised.text.split('\n')).toEqual(PARAGRAPHS.slice(4, 7));
  });

  it('prefers the given title and cuts its repetition from the body', () => {
    const title = 'بوتين يصل إلى أستانا في زيارة رسمية';
    const normalised = normaliseArticle({
      title,
      body: [title, ...PARAGRAPHS.slice(0, 2)].join('\n'),
    });
    expect(normalised.title).toBe(title);
    expect(normalised.cuts).toEqual([{ rule: 'title-repeat', line: 1, text: title }]);
  });
});
