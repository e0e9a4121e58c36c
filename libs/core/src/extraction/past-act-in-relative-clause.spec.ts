import { readOneSentence } from '@sijill/testing';
import { pastActInRelativeClause } from './past-act-in-relative-clause';
import { announcedCues, isTrigger, readTrigger } from './read-triggers';

/** For the sentence's first past-verb trigger: whether some cue of what is to come governs it. */
function toCome(text: string): { governed: boolean; announced: boolean } {
  const reading = readOneSentence(text, { anchor: '2015-07-30' });
  const triggers = reading.hits.filter((h) => isTrigger(h));
  const past = triggers.map((h) => readTrigger(reading, h)).find((t) => t?.occurred === true);
  if (past === undefined) throw new Error(`no past trigger in ${text}`);
  return {
    governed: announcedCues(reading).some(
      (c) => c.last < past.hit.first && !pastActInRelativeClause(reading, c, past.hit, true),
    ),
    announced: past.announced,
  };
}

// Sentences written for these tests.
describe('pastActInRelativeClause', () => {
  it.each([
    {
      rule: 'a past verb in a relative clause after the cue tells its own time',
      text: 'وسيعقد اجتماع طارئ اليوم في لندن برئاسة الوزيرة ماي، التي استقبلت أمس نظيرها الفرنسي.',
      expected: { governed: false, announced: false },
    },
    {
      rule: 'a past verb with no relative clause between stays under the cue',
      text: 'وسيعقد الوزير اجتماعا اليوم بعد أن استقبل نظيره الفرنسي.',
      expected: { governed: true, announced: true },
    },
  ])('$rule', ({ text, expected }) => {
    expect(toCome(text)).toEqual(expected);
  });
});
