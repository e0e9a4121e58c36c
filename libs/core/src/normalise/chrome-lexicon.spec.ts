import arabicSource from './chrome-lexicon/ar.json';
import commonSource from './chrome-lexicon/common.json';
import englishSource from './chrome-lexicon/en.json';
import persianSource from './chrome-lexicon/fa.json';
import frenchSource from './chrome-lexicon/fr.json';
import russianSource from './chrome-lexicon/ru.json';
import turkishSource from './chrome-lexicon/tr.json';
import { ChromeLexicon, defaultChromeLexicon } from './chrome-lexicon';
import { chromeLexiconSourceSchema } from './chrome-lexicon.schema';
import { foldForMatching } from './fold-for-matching';
import { describeLine } from './remove-chrome';
import { tokenise } from './tokenise-text';

const SOURCES = [
  ['common', commonSource],
  ['ar', arabicSource],
  ['en', englishSource],
  ['fr', frenchSource],
  ['ru', russianSource],
  ['fa', persianSource],
  ['tr', turkishSource],
] as const;

describe('chrome lexicon data', () => {
  it.each(SOURCES)('%s validates against the schema', (_name, source) => {
    expect(() => chromeLexiconSourceSchema.parse(source)).not.toThrow();
  });

  it.each(SOURCES)('%s has no phrase that folds to nothing', (_name, source) => {
    const parsed = chromeLexiconSourceSchema.parse(source);
    const phrases = [
      ...parsed.rules.flatMap((rule) =>
        rule.match === 'pattern' ? [] : [...rule.phrases, ...(rule.with ?? [])],
      ),
      ...parsed.relatedMarkers,
      ...parsed.creditSources,
      ...parsed.captionWords,
    ];
    expect(phrases.filter((phrase) => tokenise(foldForMatching(phrase)).length === 0)).toEqual([]);
  });

  it.each(SOURCES)('%s bounds every "contains" rule by a word count', (_name, source) => {
    const parsed = chromeLexiconSourceSchema.parse(source);
    expect(
      parsed.rules.filter((rule) => rule.match === 'contains' && rule.maxWords === undefined),
    ).toEqual([]);
  });

  it('rejects a malformed source', () => {
    expect(() => ChromeLexicon.compile([{ language: 'xx', rules: [{ match: 'line' }] }])).toThrow();
  });
});

describe('ChromeLexicon', () => {
  const lexicon = defaultChromeLexicon();

  it.each([
    ['مقالات ذات صلة', 'standalone'],
    ['Related articles:', 'standalone'],
    ['À lire aussi', 'standalone'],
    ['اقرأ أيضا: عنوان قصة أخرى', 'inline'],
    ['Read more: another story', 'inline'],
    ['Читайте также', 'standalone'],
    ['مطالب مرتبط', 'standalone'],
    ['İlgili Haberler', 'standalone'],
    ['وصل الرئيس إلى أستانا.', undefined],
  ])('classifies %j as a %s related marker', (line, expected) => {
    expect(lexicon.relatedMarker(describeLine(line))).toBe(expected);
  });

  it('matches phrases whatever their spelling variant', () => {
    expect(lexicon.match(describeLine('إقرأ ايضاً'))).toBeUndefined();
    expect(lexicon.relatedMarker(describeLine('إقرأ ايضاً'))).toBe('standalone');
    expect(lexicon.match(describeLine('جارٍ التحميل…'))?.category).toBe('loading');
  });
});
