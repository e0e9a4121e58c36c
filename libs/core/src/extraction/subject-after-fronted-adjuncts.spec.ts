import { readOneSentence } from '@sijill/testing';
import { readTrigger, type TriggerInfo } from './read-triggers';
import { subjectAfterFrontedAdjuncts } from './subject-after-fronted-adjuncts';

/** The word (as text) where the subject of the sentence's first visit trigger opens, if fronted. */
function subjectWord(text: string): string | undefined {
  const reading = readOneSentence(text, { language: 'ar', anchor: '2025-07-01' });
  const trigger = reading.hits
    .map((hit) => readTrigger(reading, hit))
    .find((t): t is TriggerInfo => t !== undefined && t.kind === 'visit');
  if (trigger === undefined) throw new Error('no visit trigger');
  const at = subjectAfterFrontedAdjuncts(reading, trigger);
  return at === undefined ? undefined : reading.words[at]?.raw;
}

// Sentences written for these tests.
describe('subjectAfterFrontedAdjuncts', () => {
  it.each([
    {
      rule: 'place then time fronted: the subject opens at its title',
      text: 'وصل إلى الرياض مساء اليوم الرئيس التونسي الباجي قائد السبسي في زيارة رسمية.',
      expected: 'الرئيس',
    },
    {
      rule: 'time then place fronted, with a weekday',
      text: 'وصل صباح أمس الخميس إلى الدوحة وزير الخارجية الأمريكي جون كيري.',
      expected: 'وزير',
    },
    {
      rule: 'a place noun before the city is part of the fronted place',
      text: 'وصل إلى مدينة جدة اليوم ولي العهد الأردني.',
      expected: 'ولي',
    },
    {
      rule: 'a weekday in brackets after the date does not end the clause',
      text: 'وصل إلى الجزائر اليوم (الأحد) رئيس الوزراء الفرنسي في زيارة عمل.',
      expected: 'رئيس',
    },
    {
      rule: 'the subject right after the verb: nothing fronted',
      text: 'وصل الرئيس المصري عبد الفتاح السيسي إلى الرياض اليوم.',
      expected: undefined,
    },
    {
      rule: 'the fronted stretch must stay in the verb clause',
      text: 'وصل إلى الرياض مساء اليوم، وقال الوزير إن المحادثات بناءة.',
      expected: undefined,
    },
  ])('$rule', ({ text, expected }) => {
    expect(subjectWord(text)).toBe(expected);
  });
});
