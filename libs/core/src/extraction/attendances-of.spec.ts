import { readOneSentence } from '@sijill/testing';
import { attendancesOf } from './attendances-of';

/** The attendance cues of a sentence, as written. */
function attendances(text: string): string[] {
  const reading = readOneSentence(text, { anchor: '2022-05-12' });
  return attendancesOf(reading).map((c) =>
    reading.words
      .slice(c.first, c.last + 1)
      .map((w) => w.raw)
      .join(' '),
  );
}

// Sentences written for these tests.
describe('attendancesOf', () => {
  it.each([
    {
      rule: 'who attended the reception is an attendee',
      text: 'وحضر الاستقبال وزير الخارجية.',
      expected: ['وحضر الاستقبال'],
    },
    {
      rule: 'an attended event told with a pronoun is an attendance',
      text: 'وحضره عدد من الوزراء.',
      expected: ['وحضره'],
    },
    {
      rule: 'the Gulf honorific حضرة صاحب السمو attends nothing',
      text: 'وصل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني إلى طهران اليوم.',
      expected: [],
    },
    {
      rule: 'the honorific before a king attends nothing',
      text: 'برئاسة حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة.',
      expected: [],
    },
  ])('$rule', ({ text, expected }) => {
    expect(attendances(text)).toEqual(expected);
  });
});
