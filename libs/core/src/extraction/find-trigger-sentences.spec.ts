import { findPhrases } from './find-phrases';
import { findTriggerSentences } from './find-trigger-sentences';
import { tokeniseWords } from './tokenise-words';
import { loadDefaultExtractionLexicons, lexiconFor } from './load-default-lexicons';

const lexicons = loadDefaultExtractionLexicons();

function sentencesOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

describe('findTriggerSentences', () => {
  it.each([
    [
      'an Arabic visit verb with a conjunction',
      'ar',
      'ارتفعت الأسعار.\nووصل الرئيس إلى موسكو.',
      [1],
    ],
    ['an English meeting verb', 'en', 'Prices rose.\nThe president met his counterpart.', [1]],
    ['no trigger at all', 'ar', 'ارتفعت الأسعار في السوق.\nوهطلت الأمطار.', []],
    ['no trigger in English', 'en', 'Prices rose in the market.\nIt rained.', []],
  ])('finds the sentences holding a trigger: %s', (_, language, text, expected) => {
    const lexicon = lexiconFor(lexicons, language, text);
    if (lexicon === undefined) throw new Error(`no lexicon for ${language}`);
    expect(findTriggerSentences(text, sentencesOf(text), lexicon)).toEqual(expected);
  });
});

describe('findTriggerSentences agrees with reading the sentences', () => {
  const text = [
    'استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض اليوم الرئيس الفرنسي.',
    'وجرى خلال الاستقبال بحث العلاقات الثنائية.',
    'وارتفع مؤشر السوق ثلاثة في المئة.',
    'ومن المقرر أن يزور ولي العهد باريس الشهر المقبل.',
    'وقعت الدولتان اتفاقية للتعاون.',
    'وهطلت أمطار غزيرة على جدة.',
  ].join('\n');

  it('lists exactly the sentences in which findPhrases finds a trigger', () => {
    const lexicon = lexiconFor(lexicons, 'ar', text);
    if (lexicon === undefined) throw new Error('no Arabic lexicon');
    const spans = sentencesOf(text);
    const read = spans.flatMap((span, index) =>
      findPhrases(
        tokeniseWords(text.slice(span.start, span.end), span.start, lexicon.prefixes),
        lexicon,
      ).some((hit) => hit.meaning.kind === 'trigger')
        ? [index]
        : [],
    );
    expect(read.length).toBeGreaterThan(0);
    expect(findTriggerSentences(text, spans, lexicon)).toEqual(read);
  });
});
