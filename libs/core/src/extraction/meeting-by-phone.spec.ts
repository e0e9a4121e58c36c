import { readOneSentence } from '@sijill/testing';
import { meetingByPhone, meetingByVideo } from './meeting-by-phone';
import { cuesOf } from './read-sentence';
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
      rule: 'the subject and a day set off by commas stand between the talks verb and "عبر الهاتف"',
      text: 'تباحث الرئيس عبد الفتاح السيسي، اليوم الأحد، عبر الهاتف مع الرئيس التركي رجب طيب أردوغان.',
      language: 'ar',
      expected: true,
    },
    {
      rule: 'a call verb of its own in another clause is not the means of the meeting',
      text: 'التقى الرئيس عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان، ثم اتصل بالملك عبدالله.',
      language: 'ar',
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

/** Whether the sentence's meetings were held by video. */
function byVideo(text: string, language: string): boolean {
  const reading = readOneSentence(text, { language, anchor: '2025-07-01' });
  const infos = reading.hits
    .map((hit) => readTrigger(reading, hit))
    .filter((t): t is TriggerInfo => t !== undefined);
  return meetingByVideo(
    reading,
    infos.filter((t) => t.kind === 'meeting'),
    cuesOf(reading, 'remote'),
  );
}

// Sentences written for these tests.
describe('meetingByVideo', () => {
  it.each([
    {
      rule: 'talks held via video link are a call',
      text: 'Chinese President Xi Jinping and Russian President Vladimir Putin held talks via video link on Tuesday.',
      language: 'en',
      expected: true,
    },
    {
      rule: 'a meeting by video conference after its day',
      text: 'عقد الرئيس عبد الفتاح السيسي ورئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس اليوم الاثنين اجتماعا عبر تقنية الفيديو كونفرانس.',
      language: 'ar',
      expected: true,
    },
    {
      rule: 'a Russian talks noun in the format of a videoconference',
      text: 'Владимир Путин и Си Цзиньпин провели в пятницу переговоры в формате видеоконференции.',
      language: 'ru',
      expected: true,
    },
    {
      rule: 'a meeting in person with no remote means stays a meeting',
      text: "Emmanuel Macron s'est entretenu mercredi avec Volodymyr Zelensky à l'Elysée.",
      language: 'fr',
      expected: false,
    },
  ])('$rule', ({ text, language, expected }) => {
    expect(byVideo(text, language)).toBe(expected);
  });
});
