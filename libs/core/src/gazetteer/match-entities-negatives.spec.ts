import { loadDefaultGazetteer } from './load-default-gazetteer';
import { matchEntities, type EntityMatch } from './match-entities';
import { definedOnly } from '@sijill/contracts';

const gazetteer = loadDefaultGazetteer();

function entityIds(text: string, date?: string): string[] {
  return matchEntities(gazetteer, text, definedOnly({ date }))
    .filter((match): match is EntityMatch => match.kind !== 'role')
    .map((match) => `${match.kind}:${match.id}`);
}

describe('matchEntities: common words are not names', () => {
  // [word or phrase, why it could be mistaken]
  const cases: readonly [string, string][] = [
    ['رئيس', 'the word "president" vs Raisi'],
    ['الرئيس', '"the president" vs Raisi'],
    ['رئيسي', '"main" vs Raisi, without a title before it'],
    ['الهدف الرئيسي للزيارة', '"the main goal" vs Raisi'],
    ['الشريك الرئيسي', '"the main partner" vs Raisi'],
    ['رئيسية', '"main" (feminine)'],
    ['لولا الدعم لما نجحت', '"if not for" vs Lula'],
    ['الوضع المالي صعب', '"financial" vs Mali'],
    ['الأزمة المالية', '"financial" (feminine) vs Mali'],
    ['كيف يمكن ذلك', '"how" vs Kyiv (كيف)'],
    ['في مشهد يعكس التحسن', '"scene" vs Mashhad'],
    ['سيول جارفة', '"floods" vs Seoul'],
    ['توقف الحوار', '"stopped" vs Tokayev (توقايف)'],
    ['تكيف الطرفان', '"adapted" vs Tokayev'],
    ['رد ظريف', '"witty" vs Zarif'],
    ['الجانب الروحاني', '"spiritual" vs Rouhani'],
    ['روحاني', '"spiritual" vs Rouhani'],
    ['عباس', 'a common first name vs Mahmoud Abbas'],
    ['قتل الأسد في الحديقة', '"the lion" vs Bashar al-Assad'],
    ['صيد الأسد', '"the lion" (hunted) vs Bashar al-Assad'],
    ['بسم الله الرحمن الرحيم', '"the Merciful" vs Rahmon'],
    ['رجل شريف', '"honest" vs Sharif'],
    ['مخبر سري', '"informant" vs Mokhber'],
    ['صوت هادي', '"calm" vs Hadi'],
    ['التقويم القمري', '"lunar" vs Comoros'],
    ['في مجرى الأحداث', '"course" vs Hungarian'],
    ['بعون الله', '"with help" vs Aoun'],
    ['اسمه تميم', 'a first name vs the Emir of Qatar'],
    ['اسمه سلمان', 'a first name vs King Salman'],
    ['بأم العين', '"the eye" vs Al Ain'],
    ['صور الاجتماع', '"pictures" vs Tyre'],
    ['قم بزيارة', '"get up" vs Qom'],
    ['العقبة الأخيرة', '"the obstacle" vs Aqaba'],
    ['مسقط رأسه', '"birthplace" vs Muscat'],
    ['الدولة العثمانية', '"Ottoman" vs Othmani'],
    ['أبي وأمي', '"my father" vs Abe'],
    ['الإمام شي', 'colloquial "thing" vs Xi'],
    ['عاش في المنفى', '"exile" vs al-Menfi'],
    ['ارتفعت البورصة', '"stock exchange" vs Bursa'],
    ['رجل متقي', '"pious" vs Muttaqi'],
    ['the president said', 'English "president" vs any holder'],
    ['in May 2024', 'the month vs Theresa May'],
    ['a nice day', 'lower-case words vs Nice'],
    ['Nice weather today', 'Nice without a place cue'],
    ['let us talk', 'lower-case "us" vs the US'],
    ['an un-named official', 'lower-case "un" vs the UN'],
  ];

  it.each(cases)('%s (%s)', (text) => {
    expect(entityIds(text, '2024-01-01')).toEqual([]);
  });

  it('reads رئيسي as Raisi only in a name context', () => {
    expect(entityIds('قال الرئيس رئيسي', '2023-01-01')).toEqual(['person:ebrahim-raisi']);
    expect(entityIds('الرئيس الإيراني رئيسي', '2023-01-01')).toContain('person:ebrahim-raisi');
    expect(entityIds('إبراهيم رئيسي', '2023-01-01')).toEqual(['person:ebrahim-raisi']);
    expect(entityIds('هذا هو السبب الرئيسي', '2023-01-01')).toEqual([]);
  });

  it('reads الأسد as Assad only with a title or his full name', () => {
    expect(entityIds('الرئيس الأسد', '2015-08-02')).toContain('person:bashar-al-assad');
    expect(entityIds('الرئيس السوري الأسد', '2015-08-02')).toContain('person:bashar-al-assad');
    expect(entityIds('بشار الأسد', '2015-08-02')).toEqual(['person:bashar-al-assad']);
    expect(entityIds('الأسد', '2015-08-02')).toEqual([]);
  });

  it('accepts an ambiguous place name after a place cue', () => {
    expect(entityIds('وصل إلى مدينة مشهد')).toEqual(['place:mashhad']);
    expect(entityIds('in Nice on Monday')).toEqual(['place:nice']);
  });

  it('does not read a role phrase without an office as a role', () => {
    const matches = matchEntities(gazetteer, 'المستشار الروسي للشؤون الاقتصادية', {
      date: '2024-01-01',
    });
    expect(matches.filter((match) => match.kind === 'role')).toEqual([]);
  });
});
