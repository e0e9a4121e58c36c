import { compareDays, coveredDays } from './day-math';
import type { FrameDate } from './event-frame';
import type { Actor } from './find-actors';
import type { ArticleFacts, MentionDraft } from './mention-draft';
import { officeOn } from './person-facts';

/** A named rule that refuses a settled encounter as news the article reports. */
export interface DraftRule {
  readonly name: string;
  readonly refuses: (draft: MentionDraft, facts: ArticleFacts) => boolean;
}

// Sentences of the lead: an undated encounter told there is the article's news.
const LEAD_SENTENCES = 3;
// Sentences an encounter recalled in passing takes at most (a remark and its sequel).
const IN_PASSING_SENTENCES = 2;
// Days before the news day after which an announcement is stale.
const HISTORY_DAYS = 30;
// Days before the day an article appears after which an encounter that took place is history, not
// news: on real Saudi days, encounters dated further back were recollections (1977, "in May"),
// retrospectives whose actors are misread, or history in columns, nearly without exception.
const NEWS_WINDOW_DAYS = 7;
// A day a report may run ahead of its publication day (time zones, a crawl before the edition).
const NEWS_AHEAD_DAYS = 1;

/**
 * Days from an encounter that took place to the day the article appeared (`publishedDay`, else its
 * news day), counted from the date's first and from its last day.
 */
function daysBeforeAppearing(
  draft: MentionDraft,
  facts: ArticleFacts,
): { readonly sinceFirst: number; readonly sinceLast: number } | undefined {
  const appeared = facts.publishedDay ?? facts.newsDay;
  if (draft.lifecycle !== 'occurred' || appeared === undefined) return undefined;
  const { first, last } = coveredDays(draft.date.start, draft.date.end);
  return { sinceFirst: compareDays(appeared, first), sinceLast: compareDays(appeared, last) };
}

/** A month or year that ended before the article's month: the past, told as background. */
export function pastPeriod(date: FrameDate, facts: Pick<ArticleFacts, 'publishedDay'>): boolean {
  if (date.precision === 'day' || facts.publishedDay === undefined) return false;
  return (
    compareDays(coveredDays(date.start, date.end).last, `${facts.publishedDay.slice(0, 7)}-01`) < 0
  );
}

/** Recalled in passing (pluperfect, a past month or year, or known only to a month or a year). */
export function isRecalled(
  draft: MentionDraft,
  facts: Pick<ArticleFacts, 'publishedDay'>,
): boolean {
  return draft.event.background || draft.date.precision !== 'day' || pastPeriod(draft.date, facts);
}

/**
 * Rules that refuse a settled encounter, in the order `--explain` reports them. Calls are never
 * refused for their place: a call has none.
 */
export const DRAFT_RULES: readonly DraftRule[] = [
  {
    // "استقبل خادم الحرمين … اليوم السبت" crawled on a Friday: a text whose weekday pairs place it
    // four to six days before the crawl is not fresh, and how old it is no word says (a weekday
    // returns every week). An encounter it dates by "اليوم" / "أمس" or by nothing has no day; one it
    // dates in full ("30 يوليو 2015") keeps it.
    name: 'stale-by-weekdays',
    refuses: (draft, facts) =>
      facts.staleSince !== undefined &&
      (draft.dateFromFallback || draft.date.anchorSource !== undefined),
  },
  {
    // "وكان في استقبال البعثة ... ممثلو سفارة خادم الحرمين الشريفين" under "وصلت بعثة الفريق":
    // an encounter whose only party is named away from the word that opened it is someone
    // else's encounter, or no encounter (a team's trip, a column's aside).
    name: 'lone-party-away-from-trigger',
    refuses: (draft) => loneParty(draft) && !namedByTrigger(draft),
  },
  {
    // "عقد الأمير محمد بن سلمان … وزير الدفاع … اجتماعاً ثنائياً مع أشتون كارتر وزير الدفاع
    // الأمريكي": ministers of other portfolios are parties beside a head of state or government, a
    // foreign minister or an organisation's head, never an encounter by themselves.
    name: 'below-reported-offices',
    refuses: (draft, facts) => onlyOtherMinisters(draft, facts),
  },
  {
    // "خلال زيارة رئيس الحكومة الهندية إلى بنغلاديش" in a sentence about a border deal: a past
    // encounter recalled in passing is news only when the text names where it took place; a
    // country's capital inferred for it is not enough.
    name: 'recalled-without-place',
    refuses: (draft, facts) =>
      draft.type !== 'call' &&
      isRecalled(draft, facts) &&
      (draft.location === undefined || (draft.location.inferred && draft.lifecycle === 'occurred')),
  },
  {
    // "وفي عام 1977 نزل الرئيس المصري أنور السادات في الفندق أثناء زيارته للقدس": an encounter that
    // took place more than a week before the article appeared is history, however the article
    // tells it; the timeline records the news.
    name: 'history',
    refuses: (draft, facts) =>
      (daysBeforeAppearing(draft, facts)?.sinceLast ?? 0) > NEWS_WINDOW_DAYS,
  },
  {
    // "زيارة أردوغان إلى بريطانيا" dated only "2015": an encounter that took place and is known only
    // to a year is not the news of a day.
    name: 'year-only',
    refuses: (draft) => draft.lifecycle === 'occurred' && draft.date.precision === 'year',
  },
  {
    // An encounter told as done but dated after the article appeared: the date or the tense is
    // misread, and neither can be trusted.
    name: 'done-after-publication',
    refuses: (draft, facts) =>
      (daysBeforeAppearing(draft, facts)?.sinceFirst ?? 0) < -NEWS_AHEAD_DAYS,
  },
  {
    // "البشير سيحضر القمة" with no day of its own: an encounter still to come that the text does
    // not date is not on the day the article appeared (the news day is only a fallback for what
    // happened).
    name: 'announced-without-date',
    refuses: (draft) => draft.lifecycle === 'announced' && draft.dateFromFallback,
  },
  {
    // "سيصل إسرائيل بالعالم العربي" said in 2012: an announcement whose date is long past when the
    // article appears is no news of an encounter to come.
    name: 'announced-long-ago',
    refuses: (draft, facts) =>
      draft.lifecycle === 'announced' &&
      facts.newsDay !== undefined &&
      compareDays(facts.newsDay, coveredDays(draft.date.start, draft.date.end).last) > HISTORY_DAYS,
  },
  {
    // An encounter with no date of its own, told briefly past the lead (a column's aside, a
    // feature's recollection, "التقى مودي وشريف أثناء زيارتهما روسيا" closing a story about
    // Kashmir, then "وانتهى اللقاء …"): the article's news is in its lead, so it is not dated
    // from the news day. An encounter the article tells at length (more sentences) is its matter.
    name: 'undated-in-passing',
    refuses: (draft) =>
      draft.dateFromFallback &&
      draft.sentences.length <= IN_PASSING_SENTENCES &&
      Math.min(...draft.sentences) >= LEAD_SENTENCES,
  },
  {
    // "وكان وزراء خارجية مجلس التعاون قدموا إلى باريس لعقد اجتماع" in a column on a statesman who
    // died: an encounter told only as background (وكان … قدموا, had come; حين, when), with no date
    // of its own, is recalled, not the day's news, wherever the article tells it.
    name: 'undated-background',
    refuses: (draft) => draft.dateFromFallback && draft.event.background,
  },
  {
    // "غداة محادثة هاتفية بين أوباما وأردوغان …، بالتزامن مع معركة كوباني في أكتوبر": an encounter
    // told as background (غداة, إثر, عقب: what the news followed) took place before the report;
    // a month or year that puts it after the article appeared, with nothing telling it as to
    // come, is another clause's (a past October read as the next), not its time. A day ahead is
    // left alone: "بعد غد الاثنين" holds the background word بعد.
    name: 'background-dated-ahead',
    refuses: (draft) =>
      draft.event.background &&
      !draft.event.announced &&
      !draft.event.announcedCue &&
      draft.lifecycle === 'announced' &&
      draft.date.precision !== 'day',
  },
  {
    // "في الأيام الـ17 الأخيرة من المفاوضات" in a column on the nuclear deal: talks named only by
    // definite nouns (المفاوضات، المحادثات, the talks) refer to talks the reader knows already;
    // with no date of their own they are not told as news, and the news day is not their day. A
    // summit is not judged: "للمشاركة في أعمال القمة الرابعة" names the one a leader flies to.
    name: 'undated-definite',
    refuses: (draft) => draft.type === 'meeting' && draft.dateFromFallback && draft.event.definite,
  },
];

/**
 * Rules that refuse an encounter once the article's drafts are settled (a visit folded into a
 * summit brings the summit its people).
 */
export const SETTLED_RULES: readonly DraftRule[] = [
  {
    // "قمة قادة منطقة اليورو ستستمر" in a statement about Greece's debt: an encounter with no one
    // named in it tells a reader nothing of who met, and on real days it was nearly always a summit
    // recalled, a meeting of officials or a name in a title. A body's summit announced for its
    // days and place ("BRICS leaders will gather in Johannesburg from 22 to 24 August") is news.
    name: 'no-party',
    refuses: (draft) =>
      draft.participants.length === 0 &&
      !(
        draft.type === 'summit' &&
        draft.lifecycle === 'announced' &&
        draft.organisation !== undefined
      ),
  },
];

/** The name of the first of `rules` that refuses an encounter, if any. */
function firstRefusal(
  rules: readonly DraftRule[],
  draft: MentionDraft,
  facts: ArticleFacts,
): string | undefined {
  return rules.find((rule) => rule.refuses(draft, facts))?.name;
}

/** The name of the rule that refuses a settled article's encounter, if any. */
export function refuseSettledDraft(draft: MentionDraft, facts: ArticleFacts): string | undefined {
  return firstRefusal(SETTLED_RULES, draft, facts);
}

/** The name of the first rule that refuses a settled encounter, if any. */
export function refuseDraft(draft: MentionDraft, facts: ArticleFacts): string | undefined {
  return firstRefusal(DRAFT_RULES, draft, facts);
}

// How many words from the trigger that opened an encounter its only party may be named: "وصل الملك
// حمد بن عيسى آل خليفة ملك مملكة البحرين اليوم إلى الرياض" (the name right after the verb), "قال
// كاميرون على هامش زيارة لسنغافورة" (two words before the noun).
const LONE_PARTY_REACH = 6;

/**
 * A visit or meeting with one party and no delegation of another country. A call is between two by
 * its nature, and a summit gathers its own parties ("يشارك بوتين … في قمة منظمة معاهدة الأمن
 * الجماعي").
 */
function loneParty(draft: MentionDraft): boolean {
  if (draft.type === 'call' || draft.type === 'summit') return false;
  const [only, ...others] = draft.participants;
  if (only === undefined || others.length > 0) return false;
  // Talks of delegations ("الوفد الإيراني", "the Ukrainian delegation") have parties no name gives.
  return draft.event.partyCountries.every((country) => country === only.country);
}

/** The only party is named in the trigger's own sentence, within reach of the trigger. */
function namedByTrigger(draft: MentionDraft): boolean {
  const [only] = draft.participants;
  const { actors, sentence, trigger, subjectFrom } = draft.event;
  // After a fronted place and time the subject's reach counts from where the subject opens.
  const from = (actor: Actor): number =>
    subjectFrom !== undefined && actor.first >= subjectFrom ? subjectFrom : trigger;
  return actors.some(
    ({ actor, sentence: at }) =>
      actor.personId === only?.personId &&
      at === sentence &&
      Math.min(Math.abs(actor.first - from(actor)), Math.abs(actor.last - from(actor))) <=
        LONE_PARTY_REACH,
  );
}

/** Offices below the level the timeline reports when no one else holds one. */
const BELOW_REPORTED_LEVEL: ReadonlySet<string> = new Set(['minister', 'deputy-head-of-state']);

/**
 * A minister of another portfolio takes part, and nobody holds a reported office (head of state
 * or government, foreign minister, an organisation's head …) on the encounter's first day. A
 * deputy head of state (a deputy crown prince, a vice-president) is not one: a defence minister
 * received by a deputy crown prince is below the level the timeline reports.
 */
function onlyOtherMinisters(draft: MentionDraft, facts: ArticleFacts): boolean {
  const day = draft.date.start;
  const people = draft.participants.map((p) => facts.gazetteer.people.get(p.personId));
  const minister = people.some((p) => p !== undefined && officeOn(p, day)?.role === 'minister');
  const reported = people.some((p) =>
    p?.offices.some(
      (o) =>
        !BELOW_REPORTED_LEVEL.has(o.role) && o.from <= day && (o.to === undefined || day <= o.to),
    ),
  );
  return minister && !reported;
}
