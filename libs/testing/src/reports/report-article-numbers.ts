// How well an outlet's article numbers date its stories crawled late (ADR 0011): for each outlet
// whose URLs carry a number, the stories whose URL, dateline or weekday pairs give the day they were
// written are the known ones; each is dated again from its neighbours' days alone (leave one out)
// and compared with the crawl day. Prints, per outlet, how often each is right and how many other
// stories the numbering would move.
// node dist/libs/testing/src/reports/report-article-numbers.js [CORPUS_DIR] [--ids id,id…]

import {
  articleNumberOfUrl,
  chooseAnchor,
  editionDayOfArticleNumber,
  editionDayOfUrl,
  findDateExpressions,
  writingDayOfWeekdays,
  type NumberedDay,
} from '@sijill/core';

import {
  readWholeCorpus,
  type CorpusArticle as BaseCorpusArticle,
} from '../fixtures/real-sample/read-corpus';
import { sharedPath } from '../fixtures/shared-dir';

interface CorpusArticle extends BaseCorpusArticle {
  readonly id: string;
  readonly url: string;
  readonly body: string;
  readonly language?: string;
  readonly publishedAt: string;
}

interface Numbered {
  readonly id: string;
  readonly outlet: string;
  readonly number: number;
  readonly publishedAt: string;
  readonly crawlDay: string;
  /** The day its own words or URL say it was written, when they say. */
  readonly known?: string;
}

// Only a text with a weekday name or a year can tell its own day; the others skip the date rules.
const MAY_TELL_ITS_DAY =
  /الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد|(?:19|20)[0-9]{2}|day/u;

function knownDay(article: CorpusArticle): string | undefined {
  if (!MAY_TELL_ITS_DAY.test(article.body)) return undefined;
  const language = article.language ?? 'ar';
  const dates = findDateExpressions(article.body, {
    language,
    anchor: article.publishedAt,
    anchorSource: 'published-at',
  });
  const anchor = chooseAnchor({
    publishedAt: article.publishedAt,
    url: article.url,
    text: article.body,
    language,
    dates,
  });
  if (anchor !== undefined && anchor.source !== 'published-at') return anchor.value.slice(0, 10);
  return writingDayOfWeekdays(dates, article.publishedAt);
}

function numbered(dir: string): Numbered[] {
  const found: Numbered[] = [];
  for (const article of readWholeCorpus<CorpusArticle>(dir)) {
    const number = articleNumberOfUrl(article.url);
    // A URL with its edition day already dates the story.
    if (number === undefined || editionDayOfUrl(article.url) !== undefined) continue;
    const known = knownDay(article);
    found.push({
      id: article.id,
      ...number,
      publishedAt: article.publishedAt,
      crawlDay: article.publishedAt.slice(0, 10),
      ...(known === undefined ? {} : { known }),
    });
  }
  return found;
}

function main(): void {
  const args = process.argv.slice(2);
  const idsAt = args.indexOf('--ids');
  const ids = new Set(idsAt >= 0 ? (args[idsAt + 1] ?? '').split(',') : []);
  const dir =
    args.find((a, i) => !a.startsWith('--') && i !== idsAt + 1) ??
    sharedPath('corpora', 'saudinewsnet');
  if (dir === undefined) {
    console.log('no corpus: ../shared/corpora/saudinewsnet is absent');
    return;
  }
  const byOutlet = new Map<string, Numbered[]>();
  for (const article of numbered(dir))
    byOutlet.set(article.outlet, [...(byOutlet.get(article.outlet) ?? []), article]);
  console.log(
    'outlet | stories | known | crawl day right | numbering right | moved: right / wrong | others moved (by days late)',
  );
  for (const [outlet, stories] of [...byOutlet].sort((a, b) => b[1].length - a[1].length)) {
    const known: NumberedDay[] = stories.flatMap((s) =>
      s.known === undefined ? [] : [{ number: s.number, day: s.known }],
    );
    let crawlRight = 0;
    let numberingRight = 0;
    let movedRight = 0;
    let movedWrong = 0;
    const othersMoved = new Map<number, number>();
    for (const story of stories) {
      const estimate = editionDayOfArticleNumber(story.number, story.publishedAt, known);
      if (ids.has(story.id))
        console.log(
          `  ${story.id} ${outlet} ${story.number} crawled ${story.crawlDay}: known ${story.known ?? '-'}, numbering ${estimate ?? '-'}`,
        );
      if (story.known === undefined) {
        if (estimate === undefined) continue;
        const late = (Date.parse(story.crawlDay) - Date.parse(estimate)) / 86_400_000;
        othersMoved.set(late, (othersMoved.get(late) ?? 0) + 1);
        continue;
      }
      if (story.known === story.crawlDay) crawlRight += 1;
      if ((estimate ?? story.crawlDay) === story.known) numberingRight += 1;
      if (estimate !== undefined) {
        if (estimate === story.known) movedRight += 1;
        else movedWrong += 1;
      }
    }
    const moved = [...othersMoved]
      .sort((a, b) => a[0] - b[0])
      .map(([late, count]) => `${late}d:${count}`)
      .join(' ');
    console.log(
      `${outlet} | ${stories.length} | ${known.length} | ${crawlRight} | ${numberingRight} | ${movedRight} / ${movedWrong} | ${moved}`,
    );
  }
}

main();
