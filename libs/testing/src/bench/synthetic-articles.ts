/** A deterministic corpus of news-like articles for benchmarks: Arabic and English, with page chrome. */
export interface SyntheticArticle {
  readonly id: string;
  readonly body: string;
  readonly language: 'ar' | 'en';
}

const AR_PEOPLE = [
  'الرئيس الكازاخستاني',
  'وزير الخارجية التركي',
  'رئيس الوزراء الباكستاني',
  'الرئيس الأوزبكي',
  'وزير الخارجية الإيراني',
  'الأمين العام للجامعة العربية',
];
const AR_PLACES = ['أستانا', 'طشقند', 'أنقرة', 'طهران', 'الرياض', 'القاهرة', 'بيشكيك', 'باكو'];
const AR_TOPICS = [
  'الطاقة',
  'النقل',
  'الزراعة',
  'التجارة',
  'المياه',
  'الأمن الإقليمي',
  'التعليم',
  'الصحة',
];
const EN_PEOPLE = [
  'the Kazakh president',
  'the Turkish foreign minister',
  'the Pakistani prime minister',
  'the Uzbek president',
  'the Iranian foreign minister',
  'the Arab League chief',
];
const EN_PLACES = ['Astana', 'Tashkent', 'Ankara', 'Tehran', 'Riyadh', 'Cairo', 'Bishkek', 'Baku'];
const EN_TOPICS = [
  'energy',
  'transport',
  'farming',
  'trade',
  'water',
  'regional security',
  'education',
  'health',
];

/** `count` articles; every tenth is a wire copy of an earlier one (new dateline, other chrome). */
export function syntheticArticles(count: number, seed = 7): SyntheticArticle[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  const pick = <T>(items: readonly T[]): T => items[next(items.length)] as T;
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 10 === 9) {
      const original = articles[next(articles.length)] as SyntheticArticle;
      const lines = original.body.split('\n').filter((l) => !l.startsWith('['));
      articles.push({
        ...original,
        id: `a${i}`,
        body: ['(وكالات) —', ...lines, 'تابعونا على تويتر'].join('\n'),
      });
      continue;
    }
    const arabic = next(10) < 7;
    const sentences = Array.from({ length: 12 + next(8) }, (_, s) =>
      arabic
        ? `وقال ${pick(AR_PEOPLE)} في ${pick(AR_PLACES)} إن المحادثات رقم ${i * 31 + s} حول ${pick(AR_TOPICS)} و${pick(AR_TOPICS)} ستتواصل خلال ${1 + next(12)} شهرا بمشاركة ${next(40)} وفدا.`
        : `Speaking in ${pick(EN_PLACES)}, ${pick(EN_PEOPLE)} said round ${i * 31 + s} of talks on ${pick(EN_TOPICS)} and ${pick(EN_TOPICS)} would continue for ${1 + next(12)} months with ${next(40)} delegations.`,
    );
    const chrome = arabic
      ? ['[ad_1]', 'اشترك في النشرة البريدية']
      : ['[ad_1]', 'Sign up for our newsletter'];
    articles.push({
      id: `a${i}`,
      language: arabic ? 'ar' : 'en',
      body: [chrome[0], ...sentences, chrome[1]].join('\n'),
    });
  }
  return articles;
}
