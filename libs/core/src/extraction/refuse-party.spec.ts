import { loadDefaultGazetteer } from '../gazetteer';
import { findActors } from './find-actors';
import { lexiconFor, loadDefaultExtractionLexicons } from './load-default-lexicons';
import { readSentence } from './read-sentence';

const gazetteer = loadDefaultGazetteer();
const lexicons = loadDefaultExtractionLexicons();
const DAY = '2015-07-30';

/** Each actor of one sentence as `English name: rule` (`party` when kept). */
function verdicts(text: string, language: string, day = DAY): string[] {
  const lexicon = lexiconFor(lexicons, language, text);
  if (lexicon === undefined) throw new Error('no lexicon');
  const reading = readSentence(0, text, 0, { gazetteer, lexicon, language, anchor: day });
  const found = findActors(reading, gazetteer, new Map(), day).map((actor) => {
    const name = gazetteer.people.get(actor.personId)?.names.en?.[0] ?? actor.personId;
    return `${name}: ${actor.refusedBy ?? 'party'}`;
  });
  return [...new Set(found)];
}

const KING = 'Salman bin Abdulaziz Al Saud';
const CROWN = 'Mohammed bin Salman';

describe('refuseParty', () => {
  it.each([
    {
      rule: 'title-owner: an ambassador of the King is not the King',
      language: 'ar',
      text: 'قام سفير خادم الحرمين الشريفين في لبنان علي عواض عسيري أمس بزيارة لمقر الصحيفة.',
      expected: [`${KING}: title-owner`],
    },
    {
      rule: 'title-owner: an institution named after the King',
      language: 'ar',
      text: 'وصلت الطائرة يرافقها فريق من مركز الملك سلمان للإغاثة والأعمال الإنسانية.',
      expected: [`${KING}: title-owner`],
    },
    {
      rule: 'title-owner: the embassy of the King is not the King',
      language: 'ar',
      text: 'وشكر رئيس الوفد سفارة خادم الحرمين الشريفين في كندا على ما قدمته من تسهيلات.',
      expected: [`${KING}: title-owner`],
    },
    {
      rule: 'attribution: greetings conveyed from the King',
      language: 'ar',
      text: 'ونقل الأمير محمد بن سلمان تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إلى الرئيس عبدالفتاح السيسي.',
      expected: [`${CROWN}: party`, `${KING}: attribution`, 'Abdel Fattah el-Sisi: party'],
    },
    {
      rule: 'attribution: on the directives of the King',
      language: 'ar',
      text: 'وصل الوفد إلى عدن بتوجيهات من خادم الحرمين الشريفين.',
      expected: [`${KING}: attribution`],
    },
    {
      rule: 'patronymic: the father inside a longer name',
      language: 'ar',
      text: 'قام الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة إلى مصر.',
      expected: [`${CROWN}: party`, `${KING}: patronymic`],
    },
    {
      rule: 'aware-only: who knew of a meeting',
      language: 'ar',
      text: 'فيما كان الرئيس الفلسطيني محمود عباس ورئيس الحكومة الإسرائيلية نتنياهو على علم بأمر اللقاء.',
      expected: ['Mahmoud Abbas: aware-only', 'Benjamin Netanyahu: aware-only'],
    },
    {
      rule: 'party: a host receiving a visitor stays a party',
      language: 'ar',
      text: 'استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في جدة أمس الرئيس التركي رجب طيب أردوغان.',
      expected: [`${KING}: party`, 'Recep Tayyip Erdoğan: party'],
    },
    {
      rule: 'attendee: who attended a reception is not received',
      language: 'ar',
      text: 'حضر الاستقبال وزير الخارجية عادل بن أحمد الجبير.',
      expected: ['Adel al-Jubeir: attendee'],
    },
    {
      rule: 'place-name: الكاميرون is Cameroon, not Cameron',
      language: 'ar',
      text: 'يصل الرئيس النيجيري محمد بخاري اليوم إلى الكاميرون لإجراء محادثات مع نظيره.',
      expected: ['Muhammadu Buhari: party', 'David Cameron: place-name'],
    },
    {
      rule: 'place-name: a name written without the article stays a person',
      language: 'ar',
      text: 'وصل رئيس الوزراء البريطاني ديفيد كاميرون إلى سنغافورة أمس.',
      expected: ['David Cameron: party'],
    },
    {
      rule: 'attribution: on behalf of (en)',
      language: 'en',
      text: 'Erdogan received the delegation on behalf of King Salman.',
      expected: ['Recep Tayyip Erdoğan: party', `${KING}: attribution`],
    },
    {
      rule: 'attribution: his greetings, with a possessive ending, to the King',
      language: 'ar',
      text: 'ورحب الرئيس عبدالفتاح السيسي بالضيف وطلب نقل تحياته وتقديره للملك سلمان بن عبدالعزيز.',
      expected: ['Abdel Fattah el-Sisi: party', `${KING}: attribution`],
    },
    {
      rule: 'attribution: a second name of the King in apposition is credited alike',
      language: 'ar',
      text: 'ونقل ولي ولي العهد للرئيس السيسي تحيات وتقدير خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.',
      expected: ['Abdel Fattah el-Sisi: party', `${KING}: attribution`],
    },
    {
      rule: 'attribution: a name joined by "و" and a title is credited alike',
      language: 'ar',
      text: 'ونقل الوزير تحيات خادم الحرمين الشريفين الملك سلمان وصاحب السمو الملكي الأمير محمد بن نايف إلى أمير دولة قطر.',
      expected: [
        `${KING}: attribution`,
        'Muhammad bin Nayef: attribution',
        'Tamim bin Hamad Al Thani: party',
      ],
    },
    {
      rule: 'attribution: the sender of a letter named with his office',
      language: 'ar',
      text: 'وتسلم نبيل العربي رسالة من الأمين العام للأمم المتحدة بان كي مون تتضمن عددا من المقترحات.',
      expected: ['Nabil Elaraby: party', 'Ban Ki-moon: attribution'],
    },
    {
      rule: 'former-or-deputy: the sender of an envoy named with his office and nationality',
      language: 'ar',
      text: 'والتقى الرئيس السوري بشار الأسد في دمشق أمس مبعوث رئيس الوزراء العراقي حيدر العبادي.',
      expected: ['Bashar al-Assad: party', 'Haider al-Abadi: former-or-deputy'],
    },
    {
      rule: 'former-or-deputy: the minister whose assistant (مساعدة) meets is not there',
      language: 'ar',
      text: 'والتقى وزير الخارجية القطري خالد العطية اليوم في الدوحة مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأدنى.',
      expected: ['Khalid bin Mohammad Al Attiyah: party', 'John Kerry: former-or-deputy'],
    },
    {
      rule: 'party: a name after an unrelated office noun far from the envoy stays a party',
      language: 'ar',
      text: 'واستقبل المبعوث الأممي في مقر إقامته بالعاصمة أمس الرئيس السوري بشار الأسد.',
      expected: ['Bashar al-Assad: party'],
    },
    {
      rule: 'party: the recipient of a letter after its sender stays a party',
      language: 'ar',
      text: 'وسلم الوزير رسالة من الملك سلمان إلى الرئيس المصري عبدالفتاح السيسي.',
      expected: [`${KING}: attribution`, 'Abdel Fattah el-Sisi: party'],
    },
    {
      rule: 'party: a name joined after a deputy written after another name stays a party',
      language: 'ar',
      text: 'وقال البيت الأبيض إن جو بايدن نائب الرئيس الأمريكي وحيدر العبادي رئيس الوزراء العراقي تحدثا هاتفيا.',
      expected: ['Joe Biden: party', 'Haider al-Abadi: former-or-deputy', 'Haider al-Abadi: party'],
    },
    {
      rule: 'inside-title: the deputy crown prince is not the crown prince',
      language: 'ar',
      text: 'وعقد الرئيس المصري عبدالفتاح السيسي وولي ولي العهد السعودي جلسة محادثات.',
      expected: ['Abdel Fattah el-Sisi: party', 'Muhammad bin Nayef: inside-title'],
    },
    {
      rule: 'party: the crown prince named after his own title stays a party',
      language: 'ar',
      text: 'واستقبل ولي العهد الأمير محمد بن نايف في جدة أمس وزير الخارجية المصري سامح شكري.',
      expected: ['Muhammad bin Nayef: party', 'Sameh Shoukry: party'],
    },
    {
      rule: 'attribution: the next item of a list after a comma is credited alike',
      language: 'ar',
      text: 'ونقل الأمير محمد بن سلمان تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، وولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الأمير محمد بن نايف، للرئيس السيسي.',
      expected: [
        `${CROWN}: party`,
        `${KING}: attribution`,
        'Muhammad bin Nayef: attribution',
        'Abdel Fattah el-Sisi: party',
      ],
    },
    {
      rule: 'attribution: a list of senders, each after a comma and a title, is credited alike',
      language: 'ar',
      text: 'ونقل الوزير تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، وصاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية، والأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد لأمير دولة قطر.',
      expected: [
        `${KING}: attribution`,
        'Muhammad bin Nayef: attribution',
        `${CROWN}: attribution`,
        'Tamim bin Hamad Al Thani: party',
      ],
    },
    {
      rule: 'party: a clause after a comma that tells its own event is no list item',
      language: 'ar',
      text: 'ونقل الوزير تحيات الملك سلمان بن عبدالعزيز، والتقى الأمير محمد بن نايف في جدة.',
      expected: [`${KING}: attribution`, 'Muhammad bin Nayef: party'],
    },
    {
      rule: 'ruled-by: the Assad regime is a government, not the man',
      language: 'ar',
      text: 'وأضافت أن المبادرة التي أعلن نظام بشار الأسد تأييدها تجعل للقاء أهمية خاصة.',
      expected: ['Bashar al-Assad: ruled-by'],
    },
    {
      rule: 'party: the head of the regime named after his office stays a party',
      language: 'ar',
      text: 'واستقبل رئيس النظام السوري بشار الأسد في دمشق أمس المبعوث الإيراني.',
      expected: ['Bashar al-Assad: party'],
    },
    {
      rule: 'commenter: who judges a visit named after him is not its party',
      language: 'ar',
      text: 'وعد الأمين العام للجامعة العربية الدكتور نبيل العربي في بيان اليوم نتائج الزيارة خطوة كبيرة.',
      expected: ['Nabil Elaraby: commenter'],
    },
    {
      rule: 'party: who praises talks during them stays a party',
      language: 'ar',
      text: 'وأشاد الرئيس عبدالفتاح السيسي خلال اللقاء بعمق العلاقات بين البلدين.',
      expected: ['Abdel Fattah el-Sisi: party'],
    },
    {
      rule: 'commenter: who praised talks (en)',
      language: 'en',
      text: 'Ban Ki-moon praised the talks as a step forward.',
      expected: ['Ban Ki-moon: commenter'],
    },
  ])('$rule', ({ text, language, expected }) => {
    expect(verdicts(text, language)).toEqual(expected);
  });
});

// Sentences written for these tests.
describe('titleHeldBy', () => {
  it.each([
    {
      rule: 'party: "Vice" inside the office the named man holds that day is his own title',
      text: 'U.S. Vice President JD Vance met Ukrainian President Volodymyr Zelensky in Munich.',
      expected: ['JD Vance: party', 'Volodymyr Zelensky: party'],
    },
  ])('$rule', ({ text, expected }) => {
    expect(verdicts(text, 'en', '2025-02-14')).toEqual(expected);
  });
});
