import { loadDefaultGazetteer } from '../gazetteer';
import { boundToTrigger, quotedSpans } from './bind-to-clause';
import { findActors } from './find-actors';
import { readOneSentence } from '@sijill/testing';

const gazetteer = loadDefaultGazetteer();
const DAY = '2015-07-30';

function read(text: string, language: string) {
  return readOneSentence(text, { language, anchor: DAY, gazetteer });
}

/** The English names of the actors of one sentence bound to its encounter triggers (all of them). */
function bound(text: string, language: string): string[] {
  const reading = read(text, language);
  const triggers = reading.hits.filter(
    (h) => h.meaning.kind === 'trigger' && h.meaning.trigger !== 'signing',
  );
  const positions = triggers.map((t) => t.first);
  const clauses = new Set(positions.map((p) => reading.words[p]?.clause ?? -1));
  const names = findActors(reading, gazetteer, new Map(), DAY)
    .filter((actor) => !actor.excluded && boundToTrigger(reading, actor, { positions, clauses }))
    .map((actor) => gazetteer.people.get(actor.personId)?.names.en?.[0] ?? actor.personId);
  return [...new Set(names)].sort();
}

describe('boundToTrigger', () => {
  it.each([
    {
      rule: "a pair named in the trigger's clause is the two people named before it",
      language: 'en',
      text: 'Turkish President Recep Tayyip Erdogan told Vladimir Putin on Wednesday that Ankara could help end the war, as the two leaders held talks in Astana.',
      expected: ['Recep Tayyip Erdoğan', 'Vladimir Putin'],
    },
    {
      rule: 'a reception: host, a date set off by commas, then the guest',
      language: 'ar',
      text: 'استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي في أبوظبي، مساء أمس السبت، وزير الخارجية السعودي عادل بن أحمد الجبير.',
      expected: ['Adel al-Jubeir', 'Mohamed bin Zayed Al Nahyan'],
    },
    {
      rule: 'a guest named after a place clause and a comma is still the object',
      language: 'ar',
      text: 'اجتمع وزير الخارجية عادل الجبير أمس في فرع وزارة الخارجية بجدة, مع وزير الخارجية المصري سامح شكري.',
      expected: ['Adel al-Jubeir', 'Sameh Shoukry'],
    },
    {
      rule: 'a relative clause after the meeting: a leader it discusses is no party',
      language: 'ar',
      text: 'هذا اللقاء الذي تجاوز الساعتين تناول فيه الرئيس فلاديمير بوتين العلاقة مع الولايات المتحدة، ومستقبل الرئيس السوري بشار الأسد.',
      expected: ['Vladimir Putin'],
    },
    {
      rule: 'a contrast (غير أن, however) between a name and a visit: the name is no party to it',
      language: 'ar',
      text: 'الأسوأ أن أوباما، عند تقديمه الاتفاق للكونغرس، لم يكشف الصفقات، غير أن جون كيري زار فيينا.',
      expected: ['John Kerry'],
    },
    {
      rule: 'a topic word (حول) before a name in another clause',
      language: 'ar',
      text: 'التقى الرئيس فلاديمير بوتين بمديري وكالات الأنباء، حول مقارنة بين الرئيس الأميركي باراك أوباما وغيره.',
      expected: ['Vladimir Putin'],
    },
    {
      rule: 'a participle of describing (واصفا) after talks: the leader described is no party',
      language: 'ar',
      text: 'وتحدث ناشطون عن مفاوضات مباشرة بين وفدين في إسطنبول أمس، واصفا الرئيس السوري بشار الأسد بأنه الخاسر الأكبر.',
      expected: [],
    },
    {
      rule: 'a name quoted in what the speaker says at a meeting is no party to it',
      language: 'ar',
      text: 'وقال بنيامين نتنياهو في بداية الاجتماع الأسبوعي لحكومته “لو اعتقد أحد أن التنازلات ستغير سياسة حاكم إيران علي خامنئي فقد جاءته إجابة حاسمة”.',
      expected: ['Benjamin Netanyahu'],
    },
    {
      rule: 'a name alone in quotation marks is still named, not quoted speech',
      language: 'ar',
      text: 'وعلى هامش زيارة الرئيس «فلاديمير بوتين» إلى الصين أعلن أن البلدين سيوقعان اتفاقا.',
      expected: ['Vladimir Putin'],
    },
    {
      rule: 'a complement (أن) between a commenter and "his meeting": neither is bound',
      language: 'ar',
      text: 'اعتبر وزير الخارجية الأمريكي، جون كيري، أن تصريحات المرشد الأعلى، آية الله علي خامنئي، التي أكد فيها أن إيران ستبقى في حالة حرب مع أمريكا، مقلقة، وهذا أحد أسباب لقائه المزمع مع القادة الخليجيين.',
      expected: [],
    },
    {
      rule: 'a relative clause after a name describes it: the name before it is the visitor',
      language: 'ar',
      text: 'وقال وزير الخارجية الفرنسي لوران فابيوس، الذي يزور طهران اليوم، إن الاتفاق تاريخي.',
      expected: ['Laurent Fabius'],
    },
    {
      rule: 'names listed after conveyed greetings, in clauses of their own, are not received',
      language: 'ar',
      text: 'وفي بداية الاستقبال نقل وزير الخارجية عادل الجبير تحيات خادم الحرمين الشريفين، وولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان، وتمنياتهم.',
      expected: ['Adel al-Jubeir'],
    },
    {
      rule: 'a clause opened by فيما stands between a name and a later trigger',
      language: 'ar',
      text: 'وصل الرئيس عبدالفتاح السيسي إلى الرياض، فيما أعرب الرئيس بشار الأسد عن قلقه.',
      expected: ['Abdel Fattah el-Sisi'],
    },
    {
      rule: 'a name in a clause opened by بعد is of what that clause tells, not a later visit',
      language: 'ar',
      text: 'وبعد فوز رئيس الوزراء الإسرائيلي بنيامين نتنياهو في الانتخابات، قام رئيس الوزراء الهندي ناريندرا مودي بتهنئته، ووجه مكتبه بأن يعد لزيارة إسرائيل العام القادم.',
      expected: ['Narendra Modi'],
    },
    {
      rule: 'a name in a بعد clause is the subject of a relative clause on it that tells a visit',
      language: 'ar',
      text: 'وبعد أن طالبت فيدريكا موغيريني، التي زارت طهران أول من أمس، بتعاون إقليمي، حرص الوزير على الرد عليها.',
      expected: ['Federica Mogherini'],
    },
    {
      rule: 'a speaker named after a fronted clause about his own trip is its traveller',
      language: 'ar',
      text: 'وقبيل رحلته إلى كازاخستان، قال فلاديمير بوتين إن عددا من الدول تسعى لإضعاف المنطقة.',
      expected: ['Vladimir Putin'],
    },
    {
      rule: 'على أن (provided that) opens no report: the host named before it stays',
      language: 'ar',
      text: 'ويقوم بوتين بزيارة دولة إلى دوشانبي؛ حيث سيلتقي نظيره إمام علي رحمن، وفق المستشار الدبلوماسي، على أن تبدأ القمة بعد ظهر اليوم ذاته.',
      expected: ['Emomali Rahmon', 'Vladimir Putin'],
    },
    {
      rule: 'English: subject and object of met; a name after "about" in another clause is not',
      language: 'en',
      text: 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday, talking about Bashar al-Assad.',
      expected: ['Vladimir Putin', 'Xi Jinping'],
    },
    {
      rule: 'English: a clause opened by while is another clause',
      language: 'en',
      text: 'Barack Obama arrived in Nairobi on Friday, while Benjamin Netanyahu stayed in Jerusalem.',
      expected: ['Barack Obama'],
    },
    {
      rule: 'English: a relative clause after the guest holds someone else',
      language: 'en',
      text: 'King Salman received Egyptian Foreign Minister Sameh Shoukry, who said that Abdel Fattah el-Sisi was grateful.',
      expected: ['Salman bin Abdulaziz Al Saud', 'Sameh Shoukry'],
    },
  ])('$rule', ({ text, language, expected }) => {
    expect(bound(text, language)).toEqual([...expected].sort());
  });
});

describe('quotedSpans', () => {
  it.each([
    { text: 'قال «هذا مهم جدا» أمس', expected: [{ first: 1, last: 3 }] },
    { text: 'He said “this is a deal” today', expected: [{ first: 2, last: 5 }] },
    { text: 'قال “لو اعتقد أحد', expected: [{ first: 1, last: 3 }] },
    { text: 'لا اقتباس هنا', expected: [] },
  ])('$text', ({ text, expected }) => {
    expect(quotedSpans(read(text, /[a-z]/u.test(text) ? 'en' : 'ar'))).toEqual(expected);
  });
});
