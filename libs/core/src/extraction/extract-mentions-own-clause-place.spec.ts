import { exampleArticle, mentionLines } from '@sijill/testing';
import { loadDefaultGazetteer } from '../gazetteer';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();
const told = (language: string, body: string): string[] =>
  mentionLines(
    extractMentions(
      exampleArticle('own-clause', language, body, { publishedAt: '2015-07-21T09:00:00+03:00' }),
      gazetteer,
    ),
  );

// Sentences written for these tests (issues 10 and 17): the place of an encounter comes from the
// clause that reports it; a next stop, what someone says, an invitation's destination, a sentence
// telling no one's encounter and a topic are no place of it.
describe('extractMentions: the place comes from the encounter’s own clause', () => {
  it.each([
    [
      'describedByRelative: a relative clause after the trigger, over an aside in brackets, places it',
      'ar',
      'سيزور الرئيس الأمريكي باراك أوباما كينيا. وهناك تكتم كبير حول تفاصيل هذه الزيارة، والمؤكد أن الرئيس أوباما سيشارك في «قمة إقليمية للتنمية» التي ستفتتح في 24 يوليو (تموز) الحالي في نيروبي.',
      'summit announced KE: Barack Obama',
    ],
    [
      'describedByRelative: the next sentence’s next stop is another encounter’s',
      'ar',
      'سيزور الرئيس الأمريكي باراك أوباما كينيا. وهناك تكتم كبير حول تفاصيل هذه الزيارة، والمؤكد أن الرئيس أوباما سيشارك في «قمة إقليمية للتنمية» التي ستفتتح في 24 يوليو (تموز) الحالي في نيروبي. وسيتوجه بعد ذلك إلى العاصمة الإثيوبية أديس أبابا.',
      'summit announced KE: Barack Obama',
    ],
    [
      'leavingFor: the clause after the leaving words is the next stop',
      'ar',
      'ومن المقرر أن يعقد وزير الخارجية الأمريكي جون كيري اليوم في الدوحة اجتماعا مع نظيره الروسي سيرغي لافروف، قبل أن يغادر مساء إلى سنغافورة.',
      'meeting announced QA: John Kerry, Sergey Lavrov',
    ],
    [
      'leavingFor: en, before leaving for',
      'en',
      'US Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Doha on Monday before leaving for Singapore.',
      'meeting occurred QA: John Kerry, Sergey Lavrov',
    ],
    [
      'leavingFor: no place but the next stop leaves the encounter placeless',
      'ar',
      'والتقى وزير الخارجية الأمريكي جون كيري اليوم نظيره الروسي سيرغي لافروف قبل أن يغادر إلى سنغافورة.',
      'meeting occurred -: John Kerry, Sergey Lavrov',
    ],
    [
      'quotedApart: a place in what was discussed, quoted, is no place of the talks',
      'ar',
      'وقال المسؤول إن الرئيس الفلسطيني محمود عباس بحث اليوم مع وزير الخارجية الروسي سيرغي لافروف "الاعتداءات على المقدسات الإسلامية والمسيحية في القدس".',
      'meeting occurred -: Mahmoud Abbas, Sergey Lavrov',
    ],
    [
      'invitedTo: the destination of the visit he is invited to is not where they met',
      'ar',
      'اجتمع وزير الخارجية الروسي سيرغي لافروف مع الرئيس الفلسطيني محمود عباس اليوم ووجه له الدعوة لزيارة موسكو.',
      'meeting occurred -: Mahmoud Abbas, Sergey Lavrov',
    ],
    [
      'placesJoin: a sentence with no one’s encounter adds no place to the one told before',
      'ar',
      'والتقى وزير الخارجية الأمريكي جون كيري اليوم نظيره الروسي سيرغي لافروف. وتلتقي المساعي الروسية مع التوجهات الأميركية، وهي مؤسسة بحثية في نيويورك.',
      'meeting occurred -: John Kerry, Sergey Lavrov',
    ],
    [
      'topicNoun: the political solution in Yemen is what they discussed, not where',
      'ar',
      'والتقى وزير الخارجية السعودي عادل الجبير اليوم نظيره المصري سامح شكري وبحثا الحل السياسي في اليمن.',
      'meeting occurred -: Adel al-Jubeir, Sameh Shoukry',
    ],
    [
      'a country adjective in a topic phrase is no place',
      'ar',
      'والتقى وزير الخارجية السعودي عادل الجبير اليوم نظيره المصري سامح شكري وبحثا الأزمة السورية.',
      'meeting occurred -: Adel al-Jubeir, Sameh Shoukry',
    ],
    [
      'qualifiesTopic: a country right after a topic noun is what is discussed',
      'ar',
      'والتقى وزير الخارجية السعودي عادل الجبير اليوم نظيره المصري سامح شكري. وبالإضافة إلى الأزمة السورية، تناولت المحادثات الحرب على الإرهاب.',
      'meeting occurred -: Adel al-Jubeir, Sameh Shoukry',
    ],
    [
      'a country adjective in a topic phrase is no place (en)',
      'en',
      'Saudi Foreign Minister Adel al-Jubeir met Egyptian Foreign Minister Sameh Shoukry on Monday to discuss the Syrian crisis.',
      'meeting occurred -: Adel al-Jubeir, Sameh Shoukry',
    ],
  ])('%s', (_name, language, body, expected) => {
    expect(told(language, body)).toEqual([expected]);
  });

  it('pair anaphor: "the two presidents discussed" after a call is that call, not a meeting', () => {
    const lines = told(
      'ar',
      'وأجرى الرئيس الأمريكي باراك أوباما اتصالا هاتفيا بنظيره التركي رجب طيب إردوغان يوم الاثنين. وأضاف البيت الأبيض أن الرئيسين الأميركي والتركي بحثا تعزيز السيطرة على الحدود التركية مع سوريا.',
    );
    expect(lines).toEqual(['call occurred -: Barack Obama, Recep Tayyip Erdoğan']);
  });

  it('a place in the trigger’s own clause still wins', () => {
    expect(
      told(
        'ar',
        'والتقى وزير الخارجية الأمريكي جون كيري اليوم في الدوحة نظيره الروسي سيرغي لافروف قبل أن يغادر إلى سنغافورة.',
      ),
    ).toEqual(['meeting occurred QA: John Kerry, Sergey Lavrov']);
  });
});
