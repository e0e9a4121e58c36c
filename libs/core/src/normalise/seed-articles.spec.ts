// Checks on the shared seed articles, read at test time (their text is never copied here); skipped
// where ../shared/fixtures/seeds is absent, as in a user's clone: nothing is read at collection.
import { readFileSync } from 'node:fs';
import { sharedPath } from '@sijill/testing';

import { judgeTextPair } from '../near-duplicate/judge-text-pair';
import { DEFAULT_OVERLAP_PARAMS } from '../near-duplicate/overlap-params';
import { overlapKeysOfText, type TextOverlapKeys } from '../near-duplicate/select-anchors';
import { normaliseArticle } from './normalise-article';
import { segmentSentences } from './segment-sentences';

const ARTICLES_FILE = sharedPath('fixtures', 'seeds', 'articles.jsonl');
const describeSeeds = ARTICLES_FILE === undefined ? describe.skip : describe;

interface SeedArticle {
  readonly id: string;
  readonly language?: string;
  readonly body: string;
}

function loadSeeds(file: string): Map<string, SeedArticle> {
  const seeds = new Map<string, SeedArticle>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const article = JSON.parse(line) as SeedArticle;
    seeds.set(article.id.slice(0, 3), article);
  }
  return seeds;
}

/**
 * Chrome in each seed, by 1-based body line: what the issue names (ad markers, newsletter and
 * social lines, the weather widget, repeated titles and captions) plus loading lines, date stamps
 * and credits. `relatedFrom` is the related-articles marker; it and everything after must go.
 */
const CHROME_LINES: Readonly<Record<string, { lines: readonly number[]; relatedFrom?: number }>> = {
  '000': { lines: [1, 8, 29, 30] }, // ad markers, caption, source line
  '001': { lines: [] },
  '002': { lines: [1, 3, 5, 7, 11] }, // newsletter, form field, social, podcast, caption
  '003': { lines: [1, 3, 4, 5, 10, 12, 57], relatedFrom: 59 }, // loading, weather widget, date stamps, credit
  '004': { lines: [1, 3, 4, 5, 7, 9, 10], relatedFrom: 57 }, // repeated title and captions, TT
};

const ENDS_SENTENCE = /[.!?\u061F\u2026]["'”’»)]*$/u;

describeSeeds('seed articles', () => {
  let seeds: Map<string, SeedArticle> | undefined;
  const seed = (key: string): SeedArticle => {
    seeds ??= loadSeeds(ARTICLES_FILE ?? '');
    const article = seeds.get(key);
    if (article === undefined) throw new Error(`Seed ${key} is missing`);
    return article;
  };

  describe.each(Object.entries(CHROME_LINES))('seed %s', (key, expected) => {
    let rawLines: string[] = [];
    let normalised = normaliseArticle({ body: '-' });
    let keptLines = new Set<string>();
    let cutLines = new Set<number>();
    let chrome = new Set<number>();

    beforeAll(() => {
      const article = seed(key);
      rawLines = article.body.split(/\r\n|\n/u);
      normalised = normaliseArticle({ body: article.body });
      keptLines = new Set(normalised.text.split('\n'));
      cutLines = new Set(normalised.cuts.map((cut) => cut.line));
      chrome = new Set([
        ...expected.lines,
        ...(expected.relatedFrom === undefined
          ? []
          : rawLines
              .map((_, index) => index + 1)
              .filter((line) => line >= (expected.relatedFrom ?? 0))),
      ]);
    });

    it('cuts every chrome line', () => {
      for (const line of chrome) {
        const text = rawLines[line - 1]?.trim() ?? '';
        if (text === '') continue;
        expect({ line, cut: cutLines.has(line) }).toEqual({ line, cut: true });
        expect({ line, kept: keptLines.has(text) }).toEqual({ line, kept: false });
      }
    });

    it('keeps every sentence of the article body', () => {
      rawLines.forEach((raw, index) => {
        const text = raw.trim();
        if (chrome.has(index + 1) || !ENDS_SENTENCE.test(text)) return;
        for (const { start, end } of segmentSentences(text))
          expect(normalised.text).toContain(text.slice(start, end));
      });
    });

    it('detects Arabic', () => {
      expect(normalised.language).toBe('ar');
      expect(normalised.languageDetected).toBe(true);
    });
  });

  it('ends seed 004 before its related-articles section', () => {
    const rawLines = seed('004').body.split(/\r\n|\n/u);
    const normalised = normaliseArticle({ body: seed('004').body });
    const lastArticleLine = rawLines
      .slice(0, 56)
      .filter((line) => line.trim() !== '')
      .at(-1)
      ?.trim();
    expect(normalised.text.split('\n').at(-1)).toBe(lastArticleLine);
    expect(normalised.cuts.find((cut) => cut.rule === 'related-marker')?.line).toBe(57);
  });

  describe('near-duplicates', () => {
    const params = DEFAULT_OVERLAP_PARAMS;
    const signatureOf = (input: {
      body: string;
      title?: string;
      contentType?: string;
    }): TextOverlapKeys => overlapKeysOfText(normaliseArticle(input).matchingText, params);
    /** One article judged against the other alone in the window, as the index judges it. */
    const isNearDuplicate = (
      a: TextOverlapKeys,
      b: TextOverlapKeys,
      judging: typeof params,
    ): boolean => judgeTextPair(a, b, judging).kind === 'near-duplicate';
    const keys = Object.keys(CHROME_LINES).sort();

    it('does not take seeds 000 and 001 (same events, different writing) for duplicates', () => {
      expect(isNearDuplicate(signatureOf(seed('000')), signatureOf(seed('001')), params)).toBe(
        false,
      );
    });

    it.each(keys.flatMap((a, index) => keys.slice(index + 1).map((b) => [a, b] as const)))(
      'does not take seeds %s and %s for duplicates',
      (a, b) => {
        expect(isNearDuplicate(signatureOf(seed(a)), signatureOf(seed(b)), params)).toBe(false);
      },
    );

    const hamzaless = (text: string): string =>
      text.replace(/[أإآ]/gu, 'ا').replace(/ى(?=\s|$)/gmu, 'ي');
    const articleLines = (key: string): string[] =>
      normaliseArticle({ body: seed(key).body }).text.split('\n');
    const copies: readonly (readonly [
      string,
      string,
      () => { body: string; title?: string; contentType?: string },
    ])[] = [
      [
        '003',
        'as an HTML page',
        () => ({
          body: `<html><head><title>t</title></head><body><nav><a>Home</a></nav><article>${articleLines(
            '003',
          )
            .map((line) => `<p>${line}</p>`)
            .join('')}</article><aside><h2>Related</h2></aside></body></html>`,
          contentType: 'text/html',
        }),
      ],
      [
        '000',
        'with hamza-less alefs and ي for final ى',
        () => ({ body: hamzaless(seed('000').body) }),
      ],
      [
        '004',
        'trimmed of its last paragraph, with other chrome',
        () => ({
          body: [
            '[ad_1]',
            'شارك الخبر',
            ...articleLines('004').slice(0, -1),
            'تابعونا على تلغرام',
            'أخبار ذات صلة',
            'عنوان خبر آخر',
          ].join('\n'),
        }),
      ],
      [
        '002',
        'under another headline with a dateline added',
        () => {
          const [first, ...rest] = articleLines('002');
          return {
            body: [
              'عنوان مختلف تماما للخبر نفسه في صحيفة أخرى',
              `أستانا (أ ف ب) - ${first ?? ''}`,
              ...rest,
            ].join('\n\n'),
          };
        },
      ],
      [
        '001',
        'with a paragraph added',
        () => ({
          body: `${seed('001').body}\nوفي سياق متصل، قال مسؤولون إن الجانبين سيواصلان المشاورات خلال الأسابيع المقبلة.`,
        }),
      ],
    ];

    it.each(copies)('catches a wire copy of seed %s %s', (key, _how, build) => {
      expect(isNearDuplicate(signatureOf(seed(key)), signatureOf(build()), params)).toBe(true);
    });
  });
});
