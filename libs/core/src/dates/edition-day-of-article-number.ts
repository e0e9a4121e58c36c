import { formatDay, fromDayNumber, parseAnchorDate, toDayNumber } from './civil-date';

/** An article's place in its outlet's numbering: the URL's host and the number it gives the article. */
export interface ArticleNumber {
  readonly outlet: string;
  readonly number: number;
}

/** A numbered article of the same outlet whose writing day its own URL or text gives. */
export interface NumberedDay {
  readonly number: number;
  /** `YYYY-MM-DD`. */
  readonly day: string;
}

// Known articles taken on each side of the number: one mislabelled neighbour (a quote's "اليوم
// الاثنين") must not move the estimate, and far neighbours belong to other days.
export const ARTICLE_NUMBER_NEIGHBOURS = 4;
// As for an edition day in the URL: a story is crawled after it appears, at most a month late.
const ARTICLE_NUMBER_REACH_DAYS = 31;
// /home/article/418836/slug, /1069169, /article/4081059, /348423/slug: a path segment of digits only.
const NUMBER_SEGMENT = /^[0-9]{5,9}$/u;
const URL_PARTS = /^[a-z][a-z0-9+.-]*:\/\/(?<host>[^/?#:]+)(?::[0-9]+)?(?<path>[^?#]*)/iu;

/** The outlet and article number a URL's path carries (`aawsat.com`, 418836), when it has one. */
export function articleNumberOfUrl(url: string): ArticleNumber | undefined {
  const match = URL_PARTS.exec(url.trim());
  const [host, path] = [match?.groups?.host, match?.groups?.path ?? ''];
  if (host === undefined) return undefined;
  const segment = path.split('/').find((s) => NUMBER_SEGMENT.test(s));
  if (segment === undefined) return undefined;
  return { outlet: host.toLowerCase().replace(/^www\./u, ''), number: Number(segment) };
}

/**
 * The day an article was most likely written, by its outlet's numbering: the median writing day of
 * the known articles nearest its number, as many on each side (up to four), the later of the two
 * middle days (a number past the newest known one is not extrapolated). Returned only when earlier than the
 * crawl day (publishedAt) by at most a month: a crawl that came late, never a move forward. Pure and
 * independent of the order of `known`; an entry with the article's own number is not evidence.
 */
export function editionDayOfArticleNumber(
  number: number,
  publishedAt: string,
  known: readonly NumberedDay[],
): string | undefined {
  const published = parseAnchorDate(publishedAt);
  if (published === undefined) return undefined;
  const points = known
    .flatMap((k) => {
      const day = parseAnchorDate(k.day);
      return day === undefined || k.number === number
        ? []
        : [{ number: k.number, day: toDayNumber(day) }];
    })
    .sort((a, b) => a.number - b.number || a.day - b.day);
  const below = points.filter((p) => p.number < number);
  const above = points.filter((p) => p.number > number);
  // As many on each side, so a side with more known stories does not outvote the other.
  const reach = Math.min(ARTICLE_NUMBER_NEIGHBOURS, below.length, above.length);
  if (reach === 0) return undefined;
  const days = [...below.slice(-reach), ...above.slice(0, reach)]
    .map((p) => p.day)
    .sort((a, b) => a - b);
  // The later of the two middle days: the smaller move.
  const median = days[days.length / 2];
  if (median === undefined) return undefined;
  const gap = toDayNumber(published) - median;
  return gap >= 1 && gap <= ARTICLE_NUMBER_REACH_DAYS
    ? formatDay(fromDayNumber(median))
    : undefined;
}
