import type { EventMention } from '@sijill/contracts';
import { formatDay, readDateWindow } from './read-date-window';

// Mentions are filed under date blocks at their own precision (day, month or year keys) and look
// for partners under every block a compatible partner could be filed under. Two compatible
// mentions always share a block: day dates agree within a day, coarser dates must overlap, and
// their types belong to one family (a visit and a meeting may be one encounter; the other types
// only ever match their own), which each key carries so a busy month is not read whole.

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

/** Block keys of a mention's type family, once each, sorted. */
function familyKeys(mention: EventMention, keys: readonly string[]): string[] {
  const family = FAMILY[mention.type];
  return [...new Set(keys)].map((key) => `${key}:${family}`).sort();
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
  return familyKeys(mention, days.map(KEY_AT_PRECISION[window.precision]));
}

/** Every date block under which a mention compatible with this one could be filed. */
export function queryBlocksOf(mention: EventMention): string[] {
  const window = readDateWindow(mention.date);
  if (window === undefined) return [];
  const padding = window.precision === 'day' ? 1 : 0;
  const padded = daysOf(window.startDay - padding, window.endDay + padding);
  const covered = daysOf(window.startDay, window.endDay);
  return familyKeys(mention, [
    ...padded.map(dayKey),
    ...covered.map(monthKey),
    ...covered.map(yearKey),
  ]);
}
