import { compileExtractionLexicon } from './compile-lexicon';
import { ExtractionLexiconError } from './extraction-lexicon.error';
import { findPhrases } from './find-phrases';
import {
  DEFAULT_EXTRACTION_LEXICON_SOURCES,
  lexiconFor,
  loadDefaultExtractionLexicons,
} from './load-default-lexicons';
import { tokeniseWords } from './tokenise-words';

const minimal = {
  language: 'xx',
  version: '1.0.0',
  triggers: [{ kind: 'visit', lifecycle: 'occurred', subject: 'visitor', forms: ['arrived in'] }],
  cues: { negation: ['not'] },
};

function meanings(text: string, language: string): string[] {
  const lexicon = lexiconFor(loadDefaultExtractionLexicons(), language, text);
  if (lexicon === undefined) throw new Error('no lexicon');
  return findPhrases(tokeniseWords(text, 0, lexicon.prefixes), lexicon).map((hit) => {
    const m = hit.meaning;
    const what = m.kind === 'trigger' ? m.trigger : m.kind === 'cue' ? m.cue : m.kind;
    return `${hit.phrase.text}:${what}`;
  });
}

describe('compileExtractionLexicon', () => {
  it.each(Object.entries(DEFAULT_EXTRACTION_LEXICON_SOURCES))(
    'compiles the shipped %s lexicon',
    (language, source) => {
      const lexicon = compileExtractionLexicon(source);
      expect(lexicon.language).toBe(language);
      expect(lexicon.byFirstWord.size).toBeGreaterThan(10);
    },
  );

  it('accepts a minimal lexicon and indexes its phrases by first word', () => {
    const lexicon = compileExtractionLexicon(minimal);
    expect([...lexicon.byFirstWord.keys()].sort()).toEqual(['arrived', 'not']);
    expect(lexicon.prefixes).toEqual([]);
  });

  it('lists every problem of an invalid lexicon at once', () => {
    const invalid = {
      ...minimal,
      version: 'one',
      triggers: [{ kind: 'parade', lifecycle: 'occurred', forms: [] }],
    };
    let thrown: unknown;
    try {
      compileExtractionLexicon(invalid);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ExtractionLexiconError);
    const problems = (thrown as ExtractionLexiconError).problems.join('\n');
    expect(problems).toMatch(/version/u);
    expect(problems).toMatch(/triggers\.0\.kind/u);
    expect(problems).toMatch(/triggers\.0\.forms/u);
    expect((thrown as ExtractionLexiconError).code).toBe('EXTRACTION_LEXICON_INVALID');
  });
});

describe('findPhrases', () => {
  it.each([
    ['ar', 'والتقى الرئيسان', ['التقى:meeting', 'الرئيسان:pairAnaphor', 'الرئيسان:dual-title']],
    ['ar', 'للمجلس الأعلى', ['المجلس الأعلى:meeting']],
    ['ar', 'ومن المقرر أن يزور', ['من المقرر:announced', 'أن:complementisers', 'يزور:visit']],
    ['ar', 'جولة من المحادثات', ['جولة من المحادثات:meeting']],
    ['ar', 'اتصالاً هاتفياً', ['اتصالا هاتفيا:call']],
    ['en', 'did not meet', ['did not:negation', 'meet:meeting']],
    [
      'en',
      'on the sidelines of the summit',
      ['on the sidelines of:sideline', 'the:definite', 'summit:summit'],
    ],
    [
      'fr',
      'se sont entretenus en marge du sommet',
      ['se sont entretenus:meeting', 'en marge:sideline', 'sommet:summit'],
    ],
    [
      'ru',
      'провели телефонный разговор на полях саммита',
      ['телефонный разговор:call', 'на полях:sideline', 'саммита:summit'],
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(meanings(text, language)).toEqual(expect.arrayContaining(expected));
  });
});
