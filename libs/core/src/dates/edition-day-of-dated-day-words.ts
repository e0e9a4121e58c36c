import { addDays, formatDay, parseAnchorDate } from './civil-date';
import type { DateExpression } from './date-expression';
import type { DateLexicon } from './date-lexicon.schema';
import { foldWord } from './fold-with-offsets';

// How far before a written-out date its day word may stand (a weekday name sits inside the date).
const PREFIX_CHARACTERS = 24;

function dayWordsOf(lexicon: DateLexicon): { readonly word: string; readonly offset: number }[] {
  return Object.entries(lexicon.dayWordsBeforeDate)
    .flatMap(([offset, list]) =>
      list.map((word) => ({ word: foldWord(word), offset: Number(offset) })),
    )
    .sort((a, b) => b.word.length - a.word.length);
}

/**
 * The days a text says it was written on by a day word right before a date it writes out in full:
 * "يغادر يوم غد الخميس 14/10/1436هـ الموافق 30/7/2015م" was written on 29 July, "today, 30 July
 * 2015" on 30 July. Only dates read without an anchor count (their day does not depend on the
 * crawl time); "(" and commas between the word and the date are allowed. One day per such pair,
 * in text order.
 */
export function editionDaysOfDatedDayWords(
  text: string,
  dates: readonly DateExpression[],
  lexicon: DateLexicon | undefined,
): string[] {
  if (lexicon === undefined) return [];
  const words = dayWordsOf(lexicon);
  if (words.length === 0) return [];
  const days: string[] = [];
  for (const date of dates) {
    const value = date.value;
    if (value.precision !== 'day' || value.end !== undefined || date.anchor !== undefined) continue;
    const day = parseAnchorDate(value.start);
    if (day === undefined) continue;
    const before = foldWord(text.slice(Math.max(0, date.start - PREFIX_CHARACTERS), date.start))
      .replace(/[\s(،,:-]+$/u, '')
      .trimEnd();
    const opening = foldWord(date.raw);
    // Before the date ("يوم غد الخميس 30/7/2015"), or read as its first words ("غدا الأربعاء 5 أغسطس 2015").
    const hit = words.find(
      ({ word }) =>
        (before.endsWith(word) && !/\p{L}/u.test(before.charAt(before.length - word.length - 1))) ||
        (opening.startsWith(word) && !/\p{L}/u.test(opening.charAt(word.length))),
    );
    if (hit !== undefined) days.push(formatDay(addDays(day, -hit.offset)));
  }
  return days;
}
