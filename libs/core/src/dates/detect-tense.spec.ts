import { type Tense } from './date-expression';
import { detectTense } from './detect-tense';

// Each case names the word whose tense is read; `occurrence` picks among repeats.
const cases: readonly [string, string, Tense][] = [
  ['التقى الوزير الأربعاء نظيره', 'الأربعاء', 'past'],
  ['سيلتقي الوزير الأربعاء نظيره', 'الأربعاء', 'future'],
  ['وسيلتقيان الأربعاء', 'الأربعاء', 'future'],
  ['ومن المقرر أن يصل الوفد السبت', 'السبت', 'future'],
  ['يزور الرئيس موسكو الخميس', 'الخميس', 'future'],
  ['قال لافروف الخميس إن بوتين سيزور تركيا الجمعة', 'الخميس', 'past'],
  ['قال لافروف الخميس إن بوتين سيزور تركيا الجمعة', 'الجمعة', 'future'],
  ['وصل الرئيس إلى أنقرة، مساء الأربعاء، في زيارة رسمية', 'الأربعاء', 'past'],
  ['قال بوتين، اليوم، إن العقد المقبل سيشهد تحولات', 'اليوم', 'past'],
  ['The ministers met on Wednesday in Ankara.', 'Wednesday', 'past'],
  ['The ministers will meet on Wednesday in Ankara.', 'Wednesday', 'future'],
  ["They'll meet on Friday.", 'Friday', 'future'],
  ['The summit is to open on Monday.', 'Monday', 'future'],
  ['Putin said on Thursday he will visit Ankara.', 'Thursday', 'past'],
  ['The talks, which ended on Tuesday, will resume soon.', 'Tuesday', 'past'],
  ['Talks will resume on Monday. He met Putin yesterday.', 'Monday', 'future'],
  ['The meeting on Monday.', 'Monday', 'unknown'],
  ['The United Nations session on Monday.', 'Monday', 'unknown'],
  ['زيارة السياسة الخارجية السبت', 'السبت', 'unknown'],
];

describe('detectTense', () => {
  it.each(cases)('%s → "%s" is %s', (text, word, expected) => {
    const start = text.indexOf(word);

    expect(detectTense(text, start, start + word.length)).toBe(expected);
  });
});
