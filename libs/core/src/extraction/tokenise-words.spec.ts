import { expandProclitics, phraseWords, tokeniseWords } from './tokenise-words';

const arabic = expandProclitics([['و', 'ف'], ['ب', 'ل', 'ك', 'س'], ['ال']]);

describe('expandProclitics', () => {
  it('combines the layers, writes ل + ال as لل, and never puts the article after the future sin', () => {
    expect(arabic).toEqual(expect.arrayContaining(['و', 'وال', 'بال', 'لل', 'ولل', 'فس']));
    expect(arabic).not.toContain('سال');
    expect(arabic).not.toContain('لال');
  });
});

describe('tokeniseWords', () => {
  it('keeps offsets into the article and reads words without their proclitics', () => {
    const words = tokeniseWords('وصل والقمة، للمجلس', 10, arabic);
    expect(words.map((w) => [w.raw, w.start, w.end])).toEqual([
      ['وصل', 10, 13],
      ['والقمة', 14, 20],
      ['للمجلس', 22, 28],
    ]);
    const stems = (index: number): string[] => words[index]?.readings.map((r) => r.stem) ?? [];
    expect(stems(1)).toEqual(expect.arrayContaining(['والقمه', 'القمه', 'قمه']));
    expect(stems(2)).toEqual(expect.arrayContaining(['مجلس', 'المجلس']));
  });

  it.each([
    ['punctuation', 'met Putin, then left', [0, 0, 1, 1]],
    ['a clause opener', 'وصل بوتين فيما غادر', [0, 0, 1, 1]],
    ['a dash', 'ASTANA — Putin arrived', [0, 1, 1]],
    ['the complementiser of a contrast (غير أن)', 'لم يكشف غير أنها زارت', [0, 0, 0, 1, 1]],
    ['the complementiser of a contrast (إلا أن)', 'قال ذلك إلا أن الوزير زار', [0, 0, 0, 1, 1, 1]],
    ['no contrast: غير before a noun', 'زيارة غير معلنة أن', [0, 0, 0, 0]],
  ])('starts a clause at %s', (_, text, clauses) => {
    expect(tokeniseWords(text, 0, []).map((w) => w.clause)).toEqual(clauses);
  });

  it('splits lexicon phrases as it splits texts', () => {
    expect(phraseWords("s'est rendu")).toEqual(['s', 'est', 'rendu']);
    expect(phraseWords('اتصالاً هاتفياً')).toEqual(['اتصالا', 'هاتفيا']);
  });
});
