import { segmentSentences } from './segment-sentences';

function sentencesOf(text: string): string[] {
  return segmentSentences(text).map(({ start, end }) => text.slice(start, end));
}

describe('segmentSentences', () => {
  it.each<[string, string, string[]]>([
    [
      'Arabic full stops and question marks',
      'وصل بوتين إلى أستانا. هل يلتقي توكاييف؟ نعم!',
      ['وصل بوتين إلى أستانا.', 'هل يلتقي توكاييف؟', 'نعم!'],
    ],
    [
      'Arabic commas and semicolons join clauses',
      'وصل بوتين، وقال إن الزيارة مهمة؛ ثم غادر.',
      ['وصل بوتين، وقال إن الزيارة مهمة؛ ثم غادر.'],
    ],
    [
      'line breaks',
      'السطر الأول بلا نقطة\nالسطر الثاني.',
      ['السطر الأول بلا نقطة', 'السطر الثاني.'],
    ],
    [
      'closing quotes stay with their sentence',
      'قال بوتين: "إنها شراكة". ثم غادر.',
      ['قال بوتين: "إنها شراكة".', 'ثم غادر.'],
    ],
    [
      'English abbreviations',
      'Mr. Putin met U.S. envoy Steve Witkoff in Moscow. They spoke for hours.',
      ['Mr. Putin met U.S. envoy Steve Witkoff in Moscow.', 'They spoke for hours.'],
    ],
    [
      'initials',
      'J. D. Vance arrived on Monday. He left.',
      ['J. D. Vance arrived on Monday.', 'He left.'],
    ],
    [
      'Arabic initials',
      'قال د. محمد إن الاتفاق تاريخي. وأضاف أنه مهم.',
      ['قال د. محمد إن الاتفاق تاريخي.', 'وأضاف أنه مهم.'],
    ],
    [
      'decimals and lower-case continuations',
      'Growth was 3.5 percent in Jan. and rose. Next year too.',
      ['Growth was 3.5 percent in Jan. and rose.', 'Next year too.'],
    ],
    [
      'guillemets',
      'وقال: «لا تنافس». وأضاف: «بل تعاون».',
      ['وقال: «لا تنافس».', 'وأضاف: «بل تعاون».'],
    ],
    ['blank lines and spaces', '  \n\n  One.  \n', ['One.']],
  ])('splits %s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('returns offsets into the text it was given', () => {
    const text = 'الأولى. الثانية؟\nالثالثة';
    for (const { start, end } of segmentSentences(text)) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
    }
  });
});
