import { readOneSentence } from '@sijill/testing';
import { meetingByPhone } from './meeting-by-phone';
import { readTrigger, type TriggerInfo } from './read-triggers';

/** Whether the sentence's meeting verbs are told as a call. */
function byPhone(text: string, language: string): boolean {
  const reading = readOneSentence(text, { language, anchor: '2025-07-01' });
  const infos = reading.hits
    .map((hit) => readTrigger(reading, hit))
    .filter((t): t is TriggerInfo => t !== undefined);
  return meetingByPhone(
    reading,
    infos.filter((t) => t.kind === 'meeting'),
    infos.filter((t) => t.kind === 'call'),
  );
}

// Sentences written for these tests.
describe('meetingByPhone', () => {
  it.each([
    {
      rule: 'a weekday between the meeting verb and "par téléphone" keeps them one call',
      text: "Emmanuel Macron s'est entretenu mardi par téléphone avec Vladimir Poutine.",
      language: 'fr',
      expected: true,
    },
    {
      rule: 'a meeting with no call form is a meeting',
      text: "Emmanuel Macron s'est entretenu mardi avec Xi Jinping à l'Elysée.",
      language: 'fr',
      expected: false,
    },
    {
      rule: 'a call told in another clause stays apart from the meeting',
      text: 'Le président a rencontré son homologue à Paris, puis il a eu un appel téléphonique avec le roi.',
      language: 'fr',
      expected: false,
    },
  ])('$rule', ({ text, language, expected }) => {
    expect(byPhone(text, language)).toBe(expected);
  });
});
