import type { EventMention } from '@sijill/contracts';
import { GUESSED_DATE_SLACK_DAYS, profileMention } from './profile-mention';
import { formatDay, readDateWindow } from './read-date-window';

// Mentions are filed under date blocks at their own precision (day, month or year keys) and look
// for partners under every block a compatible partner could be filed under. A mention is always
// filed under the date it carries; the window it may fall on (wider when the date is a guess) only
// widens where it and its partners look, so that two compatible mentions always find each other:
// day windows agree within a day, coarser dates must overlap, and their types belong to families
// that may meet (a visit and a meeting may be one encounter, and so may a summit and a meeting of
// the same leaders, or a summit and its one guest's visit; calls and statements only match their
// own), which each key carries so a busy month is not read whole. Filing never changed with these rules: stored mentions stay where
// they are, and only the reads grow.

const FAMILY: Record<EventMention['type'], string> = {
  visit: 'encounter',
  meeting: 'encounter',
  summit: 'summit',
  call: 'call',
  statement: 'statement',
};

function daysOf(startDay: number, endDay: number): string[] {
  const days: string[] = [];
  for (let day = startDay; day <= endDay; day++) days.push(formatDay(day));
  return days;
}

// The families a mention of each type may be one encounter with: a meeting may be a summit of
// the same leaders, and a summit naming one guest may be that guest's visit or meeting, so
// meetings and visits read the summits' family and summits read theirs.
const PARTNER_FAMILIES: Record<EventMention['type'], readonly string[]> = {
  visit: ['encounter', 'summit'],
  meeting: ['encounter', 'summit'],
  summit: ['summit', 'encounter'],
  call: ['call'],
  statement: ['statement'],
};

// How far the date a partner carries may lie outside a window and still agree: the widening of
// the partner's window when its date is a guess, plus a neighbouring day between day dates.
const PARTNER_REACH_DAYS = { day: 1 + GUESSED_DATE_SLACK_DAYS, coarse: GUESSED_DATE_SLACK_DAYS };

/** Block keys in the given families, once each, sorted. */
function keysIn(families: readonly string[], keys: readonly string[]): string[] {
  const unique = [...new Set(keys)];
  return families.flatMap((family) => unique.map((key) => `${key}:${family}`)).sort();
}

const dayKey = (day: string): string => `d:${day}`;
const monthKey = (day: string): string => `m:${day.slice(0, 7)}`;
const yearKey = (day: string): string => `y:${day.slice(0, 4)}`;
const KEY_AT_PRECISION = { day: dayKey, month: monthKey, year: yearKey } as const;

/** The date blocks a mention is filed under; none when its date cannot be read. */
export function fileBlocksOf(mention: EventMention): string[] {
  const window = readDateWindow(mention.date);
  if (window === undefined) return [];
  const days = daysOf(window.startDay, window.endDay);
  return keysIn([FAMILY[mention.type]], days.map(KEY_AT_PRECISION[window.precision]));
}

/** Every date block under which a mention compatible with this one could be filed. */
export function queryBlocksOf(mention: EventMention): string[] {
  const window = profileMention(mention).window;
  if (window === undefined) return [];
  const padding = PARTNER_REACH_DAYS[window.precision === 'day' ? 'day' : 'coarse'];
  const padded = daysOf(window.startDay - padding, window.endDay + padding);
  const covered = daysOf(window.startDay, window.endDay);
  return keysIn(PARTNER_FAMILIES[mention.type], [
    ...padded.map(dayKey),
    ...covered.map(monthKey),
    ...covered.map(yearKey),
  ]);
}
