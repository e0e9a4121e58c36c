import { DEFAULT_GAZETTEER_DATA } from './load-default-gazetteer';
import { loadGazetteer } from './load-gazetteer';
import { matchEntities } from './match-entities';

// An article of our own wording, in the register of Arabic wire copy about a state visit.
const PARAGRAPHS = [
  'وصل الرئيس الكازاخستاني قاسم جومارت توكاييف صباح اليوم الخميس إلى العاصمة الأوزبكية طشقند في زيارة دولة تستمر يومين، يجري خلالها محادثات مع نظيره شوكت ميرضيائيف تتناول تعزيز التعاون الاقتصادي والتجاري وملفات الطاقة والنقل والمياه.',
  'وذكرت الرئاسة في بيان أن الجانبين سيوقعان على عدد من الاتفاقيات ومذكرات التفاهم في مجالات الصناعة والزراعة والتعليم، إضافة إلى خارطة طريق لرفع حجم التبادل التجاري إلى عشرة مليارات دولار بحلول نهاية العقد.',
  'وكان وزير الخارجية الكازاخستاني قد التقى الأسبوع الماضي في موسكو نظيره الروسي سيرغي لافروف، وبحثا التحضيرات لقمة منظمة شنغهاي للتعاون المقررة في آستانا، كما ناقشا الأوضاع في أفغانستان والتعاون داخل الاتحاد الاقتصادي الأوراسي.',
  'وفي سياق متصل، أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا بالرئيس الإيراني مسعود بزشكيان، تناول العلاقات الثنائية والتطورات الإقليمية، فيما أكد وزير الخارجية التركي هاكان فيدان أن أنقرة تدعم الحوار بين دول المنطقة.',
  'من جهة أخرى، استقبل ولي العهد السعودي الأمير محمد بن سلمان في الرياض الأمين العام لمجلس التعاون الخليجي جاسم البديوي، واستعرض معه مسيرة العمل الخليجي المشترك والتحضيرات للقمة الخليجية مع دول آسيا الوسطى.',
  'وقال مسؤول في وزارة الخارجية للصحفيين إن المحادثات جرت في أجواء إيجابية، مشيرا إلى أن البلدين يعملان على تطوير ممرات النقل العابرة لبحر قزوين وربطها بالموانئ الجورجية والتركية لتسهيل وصول البضائع إلى الأسواق الأوروبية.',
  'وأضاف أن الاجتماع المقبل للجنة الحكومية المشتركة سيعقد في ألماتي خلال الربع الأول من العام المقبل، بحضور ممثلين عن القطاع الخاص والمصارف وصناديق الاستثمار، لمتابعة تنفيذ المشروعات المتفق عليها.',
  'وتأتي الزيارة بعد أيام من مشاركة القادة في القمة التي استضافتها الصين مع دول آسيا الوسطى، حيث أعلن الرئيس الصيني شي جين بينغ عن حزمة قروض ومنح جديدة لدعم مشروعات البنية التحتية في المنطقة.',
];

function article(words: number, salt: number): string {
  const out: string[] = [];
  let index = salt;
  while (out.length < words) {
    const paragraph = PARAGRAPHS[index % PARAGRAPHS.length] ?? '';
    // Numbers vary between articles so that not every word has been seen before.
    out.push(...paragraph.split(' '), String(1000 + ((index * 7919 + salt) % 9000)));
    index += 1;
  }
  return out.slice(0, words).join(' ');
}

function microseconds(run: () => void, times: number): number {
  const started = performance.now();
  for (let i = 0; i < times; i += 1) run();
  return ((performance.now() - started) / times) * 1000;
}

describe('matchEntities: speed', () => {
  it('matches a 1,000-word Arabic article within budget, cold and warm', () => {
    const gazetteer = loadGazetteer(DEFAULT_GAZETTEER_DATA);
    const text = article(1000, 0);
    const cold = microseconds(() => matchEntities(gazetteer, text, { date: '2024-06-01' }), 1);
    const texts = Array.from({ length: 50 }, (_, salt) => article(1000, salt + 1));
    let next = 0;
    const warm = microseconds(() => {
      matchEntities(gazetteer, texts[next % texts.length] ?? '', { date: '2024-06-01' });
      next += 1;
    }, 100);
    const matches = matchEntities(gazetteer, text, { date: '2024-06-01' });
    expect(matches.length).toBeGreaterThan(30);
    // Budgets are loose for shared CI machines; measured figures are in docs/gazetteer.md.
    expect(cold).toBeLessThan(200_000);
    expect(warm).toBeLessThan(25_000);
  });
});
