import { readOneSentence } from '@sijill/testing';
import { cuesOf } from './read-sentence';
import { offsetDays } from './read-triggers';

/** The stated distance at the sentence's sequence cue (before or after). */
function offsetOf(text: string): number | undefined {
  const reading = readOneSentence(text, { language: 'ar', anchor: '2025-07-01' });
  const cue = [...cuesOf(reading, 'sequenceBefore'), ...cuesOf(reading, 'sequence')][0];
  if (cue === undefined) throw new Error('no sequence cue');
  return offsetDays(reading, cue);
}

// Sentences written for these tests: spelled-out counts of days and weeks, two to ten.
describe('offsetDays with spelled-out counts', () => {
  it.each([
    { count: 'يومين', days: 2 },
    { count: 'خمسة أيام', days: 5 },
    { count: 'ستة أيام', days: 6 },
    { count: 'سبعة أيام', days: 7 },
    { count: 'ثمانية أيام', days: 8 },
    { count: 'تسعة أيام', days: 9 },
    { count: 'عشرة أيام', days: 10 },
    { count: 'ثلاثة أسابيع', days: 21 },
    { count: 'أربعة أسابيع', days: 28 },
    { count: 'عشرة أسابيع', days: 70 },
  ])('"قبل $count من" is $days days before', ({ count, days }) => {
    expect(
      offsetOf(
        `استقبل الرئيس المصري نظيره الفرنسي في القاهرة اليوم، قبل ${count} من لقائه ملك الأردن في عمان.`,
      ),
    ).toBe(days);
  });

  it('"بعد ستة أيام من" counts back from the event before the cue', () => {
    expect(
      offsetOf('التقى الرئيس المصري ملك الأردن في عمان بعد ستة أيام من استقباله نظيره الفرنسي.'),
    ).toBe(-6);
  });

  it('a count with ب after the cue\'s noun ("بعد وصوله بستة أيام")', () => {
    expect(offsetOf('التقى الرئيس المصري ملك الأردن في عمان بعد وصوله بستة أيام.')).toBe(-6);
  });
});
