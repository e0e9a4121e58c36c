import { z } from 'zod';

const words = z.array(z.string().min(1)).default([]);
const byMonth = z
  .record(z.string().regex(/^(?:[1-9]|1[0-2])$/u), z.array(z.string().min(1)))
  .default({});
const byWeekday = z.record(z.string().regex(/^[0-6]$/u), z.array(z.string().min(1))).default({});

/**
 * One language's date and tense words (`lexicon/<language>.json`). Month and weekday names come
 * from ICU for the listed locales; the files add only the spellings ICU does not produce.
 */
export const DateLexiconSchema = z.strictObject({
  language: z.string().min(2),
  version: z.string().min(1),
  /** Locales whose Gregorian month names (`Intl.DateTimeFormat`, long) this language reads. */
  monthLocales: z.array(z.string().min(2)).default([]),
  /** Newsroom spellings no ICU locale produces, by month (1-12). */
  monthVariants: byMonth,
  /** Locales whose short month names are read ("Sep"), besides the long ones. */
  monthAbbreviationLocales: z.array(z.string().min(2)).default([]),
  monthAbbreviationVariants: byMonth,
  /** Locales whose Umm al-Qura month names (`islamic-umalqura`) this language reads. */
  hijriMonthLocales: z.array(z.string().min(2)).default([]),
  /** Spellings of Hijri months besides ICU's (ربيع الثاني, ذي القعدة), by month (1 = محرم). */
  hijriMonthVariants: byMonth,
  /** Locales whose weekday names this language reads. */
  weekdayLocales: z.array(z.string().min(2)).default([]),
  /** Other forms of weekday names (the Russian accusative "в среду"), 0 = Sunday. */
  weekdayVariants: byWeekday,
  /** Words naming a day by its distance from the anchor ("-1": yesterday, "0": today). */
  relativeDays: z.record(z.string().regex(/^-?[0-9]$/u), z.array(z.string().min(1))).default({}),
  /**
   * Day words that, right before a date written out in full ("يوم غد الخميس 30/7/2015",
   * "today, 30 July 2015"), tell the day the text was written: that date minus their offset.
   */
  dayWordsBeforeDate: z
    .record(z.string().regex(/^-?[0-9]$/u), z.array(z.string().min(1)))
    .default({}),
  /** Words before a weekday that mark it as the day the text is about ("в", "le"); optional. */
  weekdayPrepositions: words,
  /** Words after a month or weekday that give its direction (الماضي, next). */
  directions: z
    .strictObject({ past: words, future: words, current: words })
    .default({ past: [], future: [], current: [] }),
  /**
   * Phrases that place what their clause tells before the publication without dating it
   * ("hours after …", مؤخرا): such an event is not given the publication day.
   */
  beforePublication: words,
  /** Counted nouns: "في 2000 غارة", "in 2000 troops" are quantities, not years. */
  countedNouns: words,
  /** Tense cues; strong ones name the event's own time, weak ones are reporting verbs and guesses. */
  tense: z
    .strictObject({
      futureStrong: words,
      futureWeak: words,
      pastStrong: words,
      pastWeak: words,
      /** Arabic imperfect verbs of events: with سـ future, bare the headline present. */
      imperfect: words,
      /** Words that look like a future prefix and are not (سياسة). */
      notFuture: words,
      /** Words that look like a past suffix and are not (united). */
      notPast: words,
      /** Words that open a subordinate clause: the tense reader stops there. */
      clauseWords: words,
    })
    .default({
      futureStrong: [],
      futureWeak: [],
      pastStrong: [],
      pastWeak: [],
      imperfect: [],
      notFuture: [],
      notPast: [],
      clauseWords: [],
    }),
});

export type DateLexicon = z.infer<typeof DateLexiconSchema>;
