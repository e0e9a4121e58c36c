import type { UniqueArticle } from '@sijill/contracts';
import { capArticleForExtraction, MAX_SENTENCE_CHARS } from './cap-article-for-extraction';

function article(sentences: readonly string[]): UniqueArticle {
  const text = sentences.join(' ');
  let start = 0;
  const spans = sentences.map((s) => {
    const span = { start, end: start + s.length };
    start += s.length + 1;
    return span;
  });
  return {
    articleId: 'a1',
    language: 'en',
    languageDetected: false,
    text,
    sentences: spans,
    cuts: [],
    source: { topic: 't', partition: 0, offset: '0' },
  };
}

describe('capArticleForExtraction', () => {
  it('leaves an article within the cap as it is', () => {
    const short = article(['The ministers met in Doha.', 'They talked for an hour.']);
    expect(capArticleForExtraction(short, 1_000)).toEqual({
      article: short,
      readChars: short.text.length,
      droppedSentences: 0,
    });
  });

  it('reads only the sentences that end within the cap, and says how many it left out', () => {
    const long = article(['The ministers met in Doha.', 'They talked.', 'A third sentence.']);
    const capped = capArticleForExtraction(long, 40);
    expect(capped.readChars).toBe(40);
    expect(capped.article.text).toBe(long.text.slice(0, 40));
    expect(capped.article.sentences).toEqual(long.sentences.slice(0, 2));
    expect(capped.droppedSentences).toBe(1);
  });

  it('leaves out a run-on "sentence" longer than any real one', () => {
    const runOn = article(['The ministers met.', 'x'.repeat(MAX_SENTENCE_CHARS + 1)]);
    const capped = capArticleForExtraction(runOn, 1_000_000);
    expect(capped.article.sentences).toEqual(runOn.sentences.slice(0, 1));
    expect(capped.droppedSentences).toBe(1);
  });
});
