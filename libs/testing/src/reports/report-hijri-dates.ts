// Counts the corpus articles that carry a Hijri date and how many of them the date rules read:
// node dist/libs/testing/src/reports/report-hijri-dates.js [CORPUS_DIR]

import { findDateExpressions } from '@sijill/core';

import {
  readWholeCorpus,
  type CorpusArticle as BaseCorpusArticle,
} from '../fixtures/real-sample/read-corpus';
import { sharedPath } from '../fixtures/shared-dir';
import { definedOnly } from '@sijill/contracts';

interface CorpusArticle extends BaseCorpusArticle {
  readonly id: string;
  readonly body: string;
  readonly language?: string;
  readonly publishedAt?: string;
}

// Independent of the rules: a Hijri year with هـ, a numeric date in 13xx/14xx, or a Hijri month
// named with a day, a year or a direction.
const HIJRI_MONTH =
  'محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|جمادى|جمادي|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة';
const SIGNS: Readonly<Record<string, RegExp>> = {
  numeric: /\d{1,2}\s*[-/]\s*\d{1,2}\s*[-/]\s*1[34]\d\d/u,
  spelled: new RegExp(
    `\\d{1,2}\\s+(?:من\\s+)?(?:شهر\\s+)?(?:${HIJRI_MONTH})\\s+(?:من\\s+)?(?:عام\\s+)?1[34]\\d\\d`,
    'u',
  ),
  relativeMonth: new RegExp(`(?:${HIJRI_MONTH})\\s+(?:الماضي|المقبل|القادم|الجاري|المنصرم)`, 'u'),
};

const HIJRI_RULES = new Set([
  'hijri-numeric',
  'hijri-day-month-year',
  'hijri-day-month',
  'hijri-month-year',
  'hijri-month',
  'dual-hijri-gregorian',
]);

function main(): void {
  const dir = process.argv[2] ?? sharedPath('corpora', 'saudinewsnet');
  if (dir === undefined) {
    console.log('no corpus: ../shared/corpora/saudinewsnet is absent');
    return;
  }
  let total = 0;
  const carrying: Record<string, number> = {};
  const read: Record<string, number> = {};
  let anySign = 0;
  let anyRead = 0;
  let readWithoutSign = 0;
  for (const article of readWholeCorpus<CorpusArticle>(dir)) {
    total += 1;
    const signs = Object.entries(SIGNS).filter(([, pattern]) => pattern.test(article.body));
    const found = findDateExpressions(article.body, {
      language: article.language ?? 'ar',
      ...definedOnly({ anchor: article.publishedAt }),
    }).filter((e) => HIJRI_RULES.has(e.rule));
    const rules = new Set<string>(found.map((e) => e.rule));
    if (signs.length > 0) anySign += 1;
    if (found.length > 0 && signs.length > 0) anyRead += 1;
    if (found.length > 0 && signs.length === 0) readWithoutSign += 1;
    for (const [name] of signs) {
      carrying[name] = (carrying[name] ?? 0) + 1;
      const kinds =
        name === 'numeric'
          ? ['hijri-numeric', 'dual-hijri-gregorian']
          : name === 'spelled'
            ? ['hijri-day-month-year', 'dual-hijri-gregorian']
            : ['hijri-month', 'hijri-day-month', 'dual-hijri-gregorian'];
      if (kinds.some((k) => rules.has(k))) read[name] = (read[name] ?? 0) + 1;
    }
  }
  console.log(`articles: ${total}`);
  console.log(`carrying a Hijri date (numeric, spelled or relative month): ${anySign}`);
  console.log(`  of which some Hijri date is read by the rules: ${anyRead}`);
  for (const name of Object.keys(SIGNS))
    console.log(`  ${name}: ${carrying[name] ?? 0} carry, ${read[name] ?? 0} read`);
  console.log(`read without one of these signs (e.g. ordinal days): ${readWithoutSign}`);
}

main();
