import { definedOnly, type EventMention } from '@sijill/contracts';
import { foldKey } from '../normalise';
import { type DateWindow, readDateWindow } from './read-date-window';

// Rules that guess a date the article does not state (the lead's news day): such a date may be
// off by this many days either way, so its window is widened by as much.
const GUESSED_DATE_RULES: ReadonlySet<string> = new Set(['fallback-news-day']);
export const GUESSED_DATE_SLACK_DAYS = 2;

/** Where a mention places its event: an explicit place outranks one inferred from the host. */
export interface PlaceProfile {
  readonly country: string;
  readonly city?: string;
  readonly explicit: boolean;
}

/** What the merge compares about one mention, computed once. */
export interface MentionProfile {
  readonly mention: EventMention;
  /** The days the event may fall on: its date, widened when the date is a guess. */
  readonly window: DateWindow | undefined;
  /** The article states the date (not a guess from its news day). */
  readonly dateStated: boolean;
  readonly people: ReadonlySet<string>;
  /** Who travelled, when the mention says so or the participants' countries show it. */
  readonly visitors: ReadonlySet<string> | undefined;
  /** The visitors were stated, or read from an explicit place: firm enough to tell visits apart. */
  readonly visitorsFirm: boolean;
  readonly hosts: ReadonlySet<string>;
  /** Who the mention says travelled and who received (stated sides only). */
  readonly statedVisitors: ReadonlySet<string>;
  readonly statedHosts: ReadonlySet<string>;
  /** Country of each participant that has one, by person key. */
  readonly countries: ReadonlyMap<string, string>;
  readonly place: PlaceProfile | undefined;
  readonly organisation: EventMention['organisation'];
  readonly publishedAtMs: number;
}

/** The key under which one person is recognised across mentions: the folded English name. */
export function personKey(participant: { readonly name: string }): string {
  return foldKey(participant.name);
}

const profiles = new WeakMap<EventMention, MentionProfile>();

/** The comparison profile of a mention (memoised per mention object). */
export function profileMention(mention: EventMention): MentionProfile {
  const cached = profiles.get(mention);
  if (cached !== undefined) return cached;
  const location = mention.location;
  const place: PlaceProfile | undefined =
    location === undefined
      ? undefined
      : {
          country: location.country,
          ...definedOnly({
            city: location.city === undefined ? undefined : foldKey(location.city),
          }),
          explicit: location.inferred !== true,
        };
  const people = new Set(mention.participants.map(personKey));
  const countries = new Map<string, string>();
  for (const participant of mention.participants) {
    if (participant.country !== undefined)
      countries.set(personKey(participant), participant.country);
  }
  const sided = (side: 'visitor' | 'host'): Set<string> =>
    new Set(mention.participants.filter((p) => p.side === side).map(personKey));
  const statedVisitors = sided('visitor');
  const statedHosts = sided('host');
  let visitors = statedVisitors;
  let hosts = statedHosts;
  const visitorsFirm = visitors.size > 0 || place?.explicit === true;
  // Without sides, a participant from another country than the place is the one who travelled,
  // and one from the place's country received them.
  if (place !== undefined) {
    const foreign = [...countries].filter(([key, c]) => c !== place.country && !hosts.has(key));
    const local = [...countries].filter(([key, c]) => c === place.country && !visitors.has(key));
    if (visitors.size === 0) visitors = new Set(foreign.map(([key]) => key));
    if (hosts.size === 0) hosts = new Set(local.map(([key]) => key));
  }
  const published = Date.parse(mention.article.publishedAt ?? '');
  const dateStated = !GUESSED_DATE_RULES.has(mention.date.rule);
  const profile: MentionProfile = {
    mention,
    window: widen(readDateWindow(mention.date), dateStated ? 0 : GUESSED_DATE_SLACK_DAYS),
    dateStated,
    people,
    visitors: visitors.size === 0 ? undefined : visitors,
    visitorsFirm,
    hosts,
    statedVisitors,
    statedHosts,
    countries,
    place,
    organisation: mention.organisation,
    publishedAtMs: Number.isNaN(published) ? Number.POSITIVE_INFINITY : published,
  };
  profiles.set(mention, profile);
  return profile;
}

function widen(window: DateWindow | undefined, days: number): DateWindow | undefined {
  if (window === undefined || days === 0) return window;
  return { ...window, startDay: window.startDay - days, endDay: window.endDay + days };
}

/** Whether two organisations are the same body (Wikidata ids decide when both have one). */
export function sameOrganisation(
  a: NonNullable<EventMention['organisation']>,
  b: NonNullable<EventMention['organisation']>,
): boolean {
  if (a.wikidata !== undefined && b.wikidata !== undefined) return a.wikidata === b.wikidata;
  const namesOf = (o: typeof a): Set<string> =>
    new Set([o.name, o.acronym].filter((n): n is string => n !== undefined).map(foldKey));
  const names = namesOf(a);
  return [...namesOf(b)].some((name) => names.has(name));
}
