import type { TimelineEntry } from '@sijill/contracts';
import { definedOnly } from '@sijill/contracts';

/** A participant as the title sees it: the entry's participant and the side it took, if known. */
export interface TitledParticipant {
  readonly participant: TimelineEntry['participants'][number];
  readonly side?: 'visitor' | 'host';
}

/** What a title is made from. */
export interface TitleInput {
  readonly type: TimelineEntry['type'];
  readonly lifecycle: TimelineEntry['lifecycle'];
  readonly participants: readonly TitledParticipant[];
  readonly location?: TimelineEntry['location'];
  readonly organisation?: TimelineEntry['organisation'];
}

type Language = 'en' | 'ar';

// More names than this make a title unreadable; the rest become "others".
const MOST_NAMES = 3;
const OTHERS: Record<Language, string> = { en: 'others', ar: 'آخرين' };

function countryName(country: string, language: Language): string {
  return (
    new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(country) ?? country
  );
}

/** Names in a language joined as a list, or undefined when one of them has no name in it. */
function listNames(people: readonly TitledParticipant[], language: Language): string | undefined {
  const names = people.map(({ participant }) =>
    language === 'en' ? participant.name : participant.names[language],
  );
  if (names.some((name) => name === undefined)) return undefined;
  const shown =
    names.length > MOST_NAMES ? [...names.slice(0, MOST_NAMES), OTHERS[language]] : names;
  return new Intl.ListFormat([language], { type: 'conjunction' }).format(shown as string[]);
}

/** Who travelled (everyone not hosting, when no side is known) and who received them. */
function splitSides(participants: readonly TitledParticipant[]): {
  visitors: TitledParticipant[];
  hosts: TitledParticipant[];
} {
  const visitors = participants.filter((p) => p.side === 'visitor');
  const hosts = participants.filter((p) => p.side === 'host');
  if (visitors.length > 0) return { visitors, hosts };
  return { visitors: participants.filter((p) => p.side !== 'host'), hosts };
}

function composeEnglish(input: TitleInput): string {
  const { type, lifecycle, participants, location, organisation } = input;
  const announced = lifecycle === 'announced';
  const country = location === undefined ? undefined : countryName(location.country, 'en');
  const place = location?.city ?? country;
  const [first, ...rest] = participants;
  switch (type) {
    case 'visit': {
      const { visitors, hosts } = splitSides(participants);
      const who = listNames(visitors, 'en');
      const withHosts = hosts.length === 0 ? undefined : listNames(hosts, 'en');
      const verb = announced ? 'to visit' : visitors.length > 1 ? 'visit' : 'visits';
      const talks = withHosts === undefined ? '' : ` for talks with ${withHosts}`;
      if (who === undefined || visitors.length === 0)
        return `Visit to ${country ?? 'an unknown country'}`;
      return country === undefined
        ? `Visit by ${who}${talks}`
        : `${who} ${verb} ${country}${talks}`;
    }
    case 'summit': {
      const name = organisation?.acronym ?? organisation?.name;
      const summit = name === undefined ? 'Summit' : `${name} summit`;
      return place === undefined ? summit : `${summit} in ${place}`;
    }
    case 'meeting': {
      const at = place === undefined ? '' : ` in ${place}`;
      if (first === undefined) return `Meeting${at}`;
      const host = listNames([first], 'en') ?? '';
      if (rest.length === 0) return `${host} ${announced ? 'to hold' : 'holds'} talks${at}`;
      return `${host} ${announced ? 'to meet' : 'meets'} ${listNames(rest, 'en') ?? ''}${at}`;
    }
    case 'call': {
      if (first === undefined) return 'Phone call';
      const caller = listNames([first], 'en') ?? '';
      const verb = announced ? 'to speak' : 'speaks';
      if (rest.length === 0) return `${caller} ${verb} by phone`;
      return `${caller} ${verb} by phone with ${listNames(rest, 'en') ?? ''}`;
    }
    case 'statement': {
      const by = listNames(participants, 'en') || organisation?.name;
      return by === undefined ? 'Statement' : `Statement by ${by}`;
    }
  }
}

function composeArabic(input: TitleInput): string | undefined {
  const { type, participants, location, organisation } = input;
  const country = location === undefined ? undefined : countryName(location.country, 'ar');
  const inCountry = country === undefined ? '' : ` في ${country}`;
  const names = participants.length === 0 ? undefined : listNames(participants, 'ar');
  switch (type) {
    case 'visit': {
      const { visitors, hosts } = splitSides(participants);
      const who = listNames(visitors, 'ar');
      if (who === undefined || visitors.length === 0 || country === undefined) return undefined;
      const withHosts = hosts.length === 0 ? '' : listNames(hosts, 'ar');
      if (withHosts === undefined) return undefined;
      return `زيارة ${who} إلى ${country}${withHosts === '' ? '' : ` ومحادثات مع ${withHosts}`}`;
    }
    case 'summit':
      // Organisations carry no Arabic name yet; an Arabic title without it would mislead.
      return organisation === undefined && country !== undefined ? `قمة${inCountry}` : undefined;
    case 'meeting':
      return names === undefined ? undefined : `لقاء ${names}${inCountry}`;
    case 'call':
      if (names === undefined) return undefined;
      return participants.length > 1 ? `اتصال هاتفي بين ${names}` : `اتصال هاتفي أجراه ${names}`;
    case 'statement':
      return names === undefined ? undefined : `بيان ${names}`;
  }
}

/** The entry's title in English, and in Arabic when every name in it has an Arabic form. */
export function composeTitle(input: TitleInput): TimelineEntry['title'] {
  const ar = composeArabic(input);
  return { en: composeEnglish(input), ...definedOnly({ ar }) };
}
