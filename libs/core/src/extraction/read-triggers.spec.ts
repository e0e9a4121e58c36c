import { readOneSentence } from '@sijill/testing';
import { readTrigger, type TriggerInfo } from './read-triggers';

/** Each trigger of one sentence as `words: kind` (`negated` when negated or cancelled). */
function triggers(text: string, language = 'ar'): string[] {
  const reading = readOneSentence(text, { language, anchor: '2015-07-30' });
  return reading.hits.flatMap((hit) => {
    const info = readTrigger(reading, hit);
    if (info === undefined) return [];
    const words = reading.words.slice(hit.first, hit.last + 1).map((w) => w.raw);
    const reading_ = info.negated
      ? 'negated'
      : info.invited
        ? 'invited'
        : info.knownOf
          ? 'known-of'
          : info.kind;
    return [`${words.join(' ')}: ${reading_}`];
  });
}

describe('readTrigger', () => {
  it.each([
    {
      rule: 'reads-as-name: فيصل is a name, not ف + يصل',
      text: 'شرف الأمير فيصل بن بندر حفل السفارة.',
      expected: [],
    },
    {
      rule: 'reads-as-name: a road that connects two places (يصل بين) is no arrival',
      text: 'المعبر الذي يصل بين الضفة الغربية والأردن.',
      expected: [],
    },
    {
      rule: 'reads-as-name: بحثا عن (in search of) is no talks',
      text: 'وتتضمن الرسالة أفكارا لإيجاد مخرج للأزمة في اليمن بحثا عن حل سياسي لها.',
      expected: [],
    },
    {
      rule: 'reads-as-name: قمة أولويات (the top of priorities) is no summit',
      text: 'وأكد الوزير أن دعم التعليم يأتي في قمة أولويات الحكومة.',
      expected: [],
    },
    {
      rule: 'reads-as-name and thing-arrives: reaching its peak (وصل إلى قمته) is no summit, no arrival',
      text: 'وقال التقرير إن التوتر بين البلدين وصل إلى قمته في الربيع.',
      expected: [],
    },
    {
      rule: 'a summit of a body (قمتها) stays a summit',
      text: 'وعقدت الجامعة العربية قمتها في شرم الشيخ.',
      expected: ['قمتها: summit'],
    },
    {
      rule: 'reads-as-name: thanks for the good hospitality (حسن الاستقبال) is no reception',
      text: 'وشكر الوفد السفارة على حسن الاستقبال وكرم الضيافة.',
      expected: [],
    },
    {
      rule: 'known-of: meetings someone only knew of (على علم بالاجتماعات)',
      text: 'الجبير: كنا على علم بالاجتماعات بالقاهرة حول اليمن.',
      expected: ['بالاجتماعات: known-of'],
    },
    {
      rule: 'known-of: an awareness cue far before a meeting leaves it alone',
      text: 'كان الوزير على علم بالوضع في اليمن قبل أن يلتقي نظيره.',
      expected: ['يلتقي: meeting'],
    },
    {
      rule: 'بحثا with an object is talks',
      text: 'والتقى الوزيران أمس وبحثا العلاقات الثنائية.',
      expected: ['والتقى: meeting', 'وبحثا: meeting'],
    },
    {
      rule: 'يصل is a visit verb',
      text: 'يصل الرئيس النيجيري اليوم إلى الكاميرون.',
      expected: ['يصل: visit'],
    },
    {
      rule: 'cancellation: a visit ruled out (استبعد) is no visit',
      text: 'واستبعد ظريف زيارة الإمارات في جولته.',
      expected: ['زيارة: negated', 'جولته: negated'],
    },
    {
      rule: 'wish: a visit wished for (رغبته في زيارة) is no visit',
      text: 'وكان وزير الخارجية الفرنسي قد أعرب سابقا عن رغبته في زيارة طهران.',
      expected: ['زيارة: negated'],
    },
    {
      rule: 'wish: a wish about something else leaves a later visit standing',
      text: 'وأعرب الوزير عن رغبته في تعزيز العلاقات خلال زيارته الحالية إلى القاهرة.',
      expected: ['زيارته: visit'],
    },
    {
      rule: 'reads-as-name: "في قمة أولويات" (at the top of priorities) is no summit',
      text: 'وأكد أن رعاية الحجاج في قمة أولويات الحكومة.',
      expected: [],
    },
    {
      rule: 'reads-as-name: a league’s top match (قمة الدوري) is no summit',
      text: 'ويلتقي الفريقان مساء اليوم في قمة الدوري.',
      expected: ['ويلتقي: meeting'],
    },
    {
      rule: 'wish: talks that should begin (يجب البدء في) are none',
      text: 'وقالت الوزيرة إنه يجب البدء في محادثات مع إيران العام المقبل.',
      expected: ['محادثات: negated'],
    },
    {
      rule: 'invitation: a call for a summit, the callers between (دعت … إلى اجتماع قمة)',
      text: 'ودعت المستشارة والرئيس إلى اجتماع قمة لقادة منطقة اليورو.',
      expected: ['اجتماع: invited', 'قمة: invited'],
    },
    {
      rule: 'call: اتصل بنظيره is a call',
      text: 'اتصل الرئيس الأميركي أمس بنظيره الصيني.',
      expected: ['اتصل: call'],
    },
    {
      rule: 'thing-arrives: a message that arrives is no visit',
      text: 'وأراد الملك أن تصل الرسالة إلى صنعاء وعدن.',
      expected: [],
    },
    {
      rule: 'thing-arrives: the subject written before the verb',
      text: 'والرسالة وصلت من ذلك المركز إلى صنعاء.',
      expected: [],
    },
    {
      rule: 'thing-arrives: coming to power, whatever stands between, is no visit',
      text: 'وصل الرئيس فيدل كاسترو، ورفاقه من المقاتلين، إلى السلطة بعد حرب عصابات.',
      expected: [],
    },
    {
      rule: 'thing-arrives: a visit comes first, power only later in the sentence',
      text: 'وصل الرئيس الكوبي إلى واشنطن بعد عقود من وصول رفاقه إلى السلطة.',
      expected: ['وصل: visit'],
    },
    {
      rule: 'not-negation: "لا يزال" (still) negates no visit',
      text: 'وقال إن الوزير الذي لا يزال يزور المنطقة التقى الرئيس أمس.',
      expected: ['يزور: visit', 'التقى: meeting'],
    },
    {
      rule: 'negation: "لا" before a visit in its clause still negates it',
      text: 'لا يزور الرئيس الرياض هذا الأسبوع.',
      expected: ['يزور: negated'],
    },
  ])('$rule', ({ text, expected }) => {
    expect(triggers(text)).toEqual(expected);
  });

  it('wish: an English wish to visit is no visit', () => {
    const text = 'The French foreign minister said he would like to visit Tehran soon.';
    expect(triggers(text, 'en')).toEqual(['to visit: negated']);
  });

  // An invitation asks for a visit in the purpose form (لزيارة, to visit), however long the
  // clause that says who carried it between the two: the visit has not happened.
  it.each([
    {
      language: 'ar',
      text: 'وتمثل الدعوة الرسمية التي نقلها أمس الوزير من ملك البلاد إلى نظيره الضيف في قصره لزيارة المملكة في الربيع المقبل خطوة مهمة.',
      expected: ['لزيارة: invited'],
    },
    {
      language: 'en',
      text: 'The envoy handed over the letter of invitation he had carried yesterday from the king to the president of the republic in his palace to visit the kingdom next spring.',
      expected: ['to visit: invited'],
    },
    {
      language: 'ar',
      text: 'ووصل الرئيس إلى العاصمة أمس تلبية لدعوة من نظيره لزيارة البلاد.',
      expected: ['ووصل: visit', 'لزيارة: visit'],
    },
  ])('an invitation to visit, far from it: $text', ({ language, text, expected }) => {
    expect(triggers(text, language)).toEqual(expected);
  });

  // "شدد على أن": stressed that, whatever comes after; "اتفقا على أن": agreed that … will.
  it.each([
    { text: 'وشدد على أن مباحثات القاهرة بين الرئيسين تنعكس على العلاقات.', expected: [false] },
    { text: 'واتفق الجانبان على أن تعقد مباحثات في القاهرة.', expected: [true] },
  ])('told as to come: $text', ({ text, expected }) => {
    expect(announcedTriggers(text)).toEqual(expected);
  });

  // "أبرز محطات زيارة": the stops of a visit are the acts the sentence is about (a speech, a
  // tour); the visit noun only qualifies them, and their day is not the visit's.
  it.each([
    {
      text: 'ومن أبرز محطات زيارة الرئيس إلى نيروبي خطاب سيلقيه في البرلمان يوم الأحد.',
      expected: ['زيارة: qualifier'],
    },
    {
      text: 'وتشمل محطات زيارة الملك إلى القاهرة افتتاح المتحف الكبير غدا.',
      expected: ['زيارة: qualifier'],
    },
  ])('a stop of a visit: $text', ({ text, expected }) => {
    expect(qualified(text)).toEqual(expected);
  });
});

/** Each trigger hit of an Arabic sentence, read as `readTrigger` reads it. */
function readHits(text: string): { words: string; info: TriggerInfo }[] {
  const reading = readOneSentence(text, { anchor: '2015-07-30' });
  return reading.hits.flatMap((hit) => {
    const info = readTrigger(reading, hit);
    if (info === undefined) return [];
    const words = reading.words.slice(hit.first, hit.last + 1).map((w) => w.raw);
    return [{ words: words.join(' '), info }];
  });
}

function qualified(text: string): string[] {
  return readHits(text).map(
    ({ words, info }) => `${words}: ${info.qualifier ? 'qualifier' : info.kind}`,
  );
}

function announcedTriggers(text: string): boolean[] {
  return readHits(text).map(({ info }) => info.announced);
}
