import { foldGazetteerName, type Gazetteer, type OfficeRole, type OfficeTitle } from '../gazetteer';
import { cuesOf, type EntityRef, type SentenceReading } from './read-sentence';
import type { Word } from './tokenise-words';
import { ROLE_OF_TITLE } from './unnamed-office-holder';

/**
 * An official the text names by title, nationality and name ("الرئيس الغابوني علي بونغو
 * أونديمبا", "Tanzanian President Samia Suluhu Hassan"), whoever the gazetteer knows.
 */
export interface OpenWorldPerson {
  /** Stable across articles: `open-<country>-<folded name>`. */
  readonly key: string;
  /** The name as written. */
  readonly name: string;
  readonly country: string;
  readonly role: OfficeRole;
  readonly title: OfficeTitle;
  /** Words `[titleFirst, titleLast]` of the title and nationality, `[first, last]` of the name. */
  readonly titleFirst: number;
  readonly titleLast: number;
  readonly first: number;
  readonly last: number;
}

/**
 * The offices the timeline reports, as open-world titles: every one but "chancellor", whose Arabic
 * (مستشار) is also an adviser's title; and other ministers ("وزير الدفاع الأميركي اشتون كارتر"),
 * parties only beside a reported office (see the draft rule `below-reported-offices`).
 */
const OPEN_TITLES: Readonly<Partial<Record<string, OfficeRole>>> = {
  ...ROLE_OF_TITLE,
  chancellor: undefined,
  minister: 'minister',
};

// Words inside a name that are not counted as its words (خالد بن أحمد آل خليفة).
const NAME_LINKS = new Set([
  'بن',
  'ابن',
  'بنت',
  'ال',
  'bin',
  'ibn',
  'al',
  'el',
  'de',
  'van',
  'von',
]);
const ARABIC_LETTERS = /^\p{Script=Arabic}+$/u;
// Words that open the phrase after a name, as written (على, not the given name علي): "رياض ياسين على
// محاولات", "سباستيان كورتس لإذاعة «أو آر إف»".
const AFTER_NAME_PREPOSITIONS = new Set([
  'على',
  'في',
  'من',
  'إلى',
  'الى',
  'عن',
  'مع',
  'لدى',
  'خلال',
]);
const PREPOSITION_AND_ARTICLE = /^(?:لل|لإ|لأ|بال)/u;
const LATIN_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** The key a person written by name and country is known by in every article. */
export function openWorldKey(country: string, name: string): string {
  return `open-${country}-${foldGazetteerName(name).replace(/\s+/gu, '-')}`;
}

type TitlePhrase = NonNullable<
  ReturnType<Gazetteer['lexicon']['titlesByFirstWord']['get']>
>[number];

interface TitleAt {
  readonly phrase: TitlePhrase;
  readonly role: OfficeRole;
  readonly first: number;
  readonly last: number;
}

function stemsOf(word: Word): string[] {
  return [word.fold, ...word.readings.map((r) => r.stem)];
}

/** Office titles of the reported kinds (longest at each word), as word spans. */
function findTitles(reading: SentenceReading, gazetteer: Gazetteer): TitleAt[] {
  const found: TitleAt[] = [];
  const { words } = reading;
  for (const word of words) {
    stems: for (const stem of new Set(stemsOf(word))) {
      for (const phrase of gazetteer.lexicon.titlesByFirstWord.get(stem) ?? []) {
        const role = OPEN_TITLES[phrase.key];
        if (role === undefined || phrase.country === undefined) continue;
        const fits = phrase.words.every(
          (w, offset) => offset === 0 || words[word.index + offset]?.fold === w,
        );
        if (!fits) continue;
        found.push({
          phrase,
          role,
          first: word.index,
          last: word.index + phrase.words.length - 1,
        });
        break stems;
      }
    }
  }
  return found.filter(
    (t) =>
      !found.some(
        (o) =>
          o !== t && o.first <= t.first && t.last <= o.last && o.last - o.first > t.last - t.first,
      ),
  );
}

function countryAt(reading: SentenceReading, word: number): EntityRef | undefined {
  return reading.entities.find((e) => e.first === word && e.match.kind === 'country');
}

function isFiller(gazetteer: Gazetteer, word: Word | undefined): boolean {
  if (word === undefined) return false;
  const { fillers, connectors } = gazetteer.lexicon;
  return stemsOf(word).some((s) => fillers.has(s) || connectors.has(s));
}

/**
 * The nationality of a title: an adjective right after it (الرئيس الغابوني), a country after
 * fillers (وزير الشؤون الخارجية بجمهورية ليتوانيا, President of Tanzania), or, in English, the
 * country or adjective right before it (Tanzanian President).
 */
function seatOf(
  reading: SentenceReading,
  gazetteer: Gazetteer,
  title: TitleAt,
): { country: string; first: number; last: number } | undefined {
  const latin = !ARABIC_LETTERS.test(reading.words[title.first]?.raw ?? '');
  if (latin) {
    const before = reading.entities.find(
      (e) => e.match.kind === 'country' && e.last === title.first - 1,
    );
    if (before !== undefined)
      return { country: before.match.id, first: before.first, last: title.last };
  }
  let position = title.last + 1;
  for (let skipped = 0; skipped <= 2; skipped += 1) {
    const country = countryAt(reading, position);
    if (country !== undefined) {
      // "الأمير تركي بن عبدالله": a country word followed by بن is a given name.
      if (NAME_LINKS.has(reading.words[country.last + 1]?.fold ?? '')) return undefined;
      // "رئيس الاتحاد السعودي": after a filler the adjective qualifies the filler's body.
      if (skipped > 0 && country.match.kind === 'country' && country.match.form === 'adjective')
        return undefined;
      return { country: country.match.id, first: title.first, last: country.last };
    }
    if (!isFiller(gazetteer, reading.words[position])) return undefined;
    position += 1;
  }
  return undefined;
}

/**
 * Whether a country may hold the title: not when the gazetteer lists holders of the same role
 * there under other titles only (a Saudi "president" is the head of some body, not of state).
 */
function seatAllows(gazetteer: Gazetteer, country: string, title: TitleAt): boolean {
  const offices = (gazetteer.offices.get(`country:${country}`) ?? []).map((h) => h.office);
  const sameRole = offices.filter((o) => o.role === title.role);
  return sameRole.length === 0 || sameRole.some((o) => o.title === title.phrase.key);
}

/** A deputy, a predecessor or an ambassador of the office (نائب وزير الخارجية): not its holder. */
function qualifiedBefore(reading: SentenceReading, title: TitleAt): boolean {
  const before = (cue: 'exclusion' | 'titleOwner'): boolean =>
    cuesOf(reading, cue).some((c) => c.last === title.first - 1);
  return before('exclusion') || before('titleOwner');
}

function punctuatedBefore(reading: SentenceReading, word: Word): boolean {
  const previous = reading.words[word.index - 1];
  if (previous === undefined) return false;
  const gap = reading.text.slice(previous.end - reading.start, word.start - reading.start);
  return /[^\s]/u.test(gap);
}

/** A word that opens the phrase after an Arabic name: a conjunction or a preposition. */
function opensPhrase(word: Word): boolean {
  return (
    word.fold.startsWith('و') ||
    AFTER_NAME_PREPOSITIONS.has(word.raw) ||
    PREPOSITION_AND_ARTICLE.test(word.raw)
  );
}

/**
 * The name written after a seat and its honorifics: letters only, in the same clause, not a
 * lexicon word (trigger, cue, name break), a date or another gazetteer entity; the first word is
 * no definite word (الحالي) in Arabic, and Latin names are capitalised. At least two words.
 */
function nameAfter(
  reading: SentenceReading,
  gazetteer: Gazetteer,
  from: number,
): { first: number; last: number } | undefined {
  const { words } = reading;
  const honorifics = cuesOf(reading, 'honorifics');
  let start = from;
  while (honorifics.some((h) => h.first === start)) {
    const hit = honorifics.find((h) => h.first === start);
    start = (hit?.last ?? start) + 1;
  }
  if (start - from > reading.reaches.namedGap) return undefined;
  const first = words[start];
  if (first === undefined || first.clause !== words[from - 1]?.clause) return undefined;
  if (reading.entities.some((e) => e.first === start)) return undefined;
  if (gazetteer.lexicon.formerAfter.has(first.fold) || NAME_LINKS.has(first.fold)) return undefined;
  const hitWords = new Set<number>();
  for (const hit of reading.hits) {
    if (hit.meaning.kind === 'cue' && hit.meaning.cue === 'patronymic') continue;
    for (let i = hit.first; i <= hit.last; i += 1) hitWords.add(i);
  }
  for (const date of reading.dates)
    for (let i = date.first; i <= date.last; i += 1) hitWords.add(i);
  const taken = new Set<number>();
  for (const e of reading.entities) for (let i = e.first; i <= e.last; i += 1) taken.add(i);
  const arabic = ARABIC_LETTERS.test(first.raw);
  let counted = 0;
  let last = -1;
  for (let index = start; index < words.length; index += 1) {
    const word = words[index];
    if (word === undefined || word.clause !== first.clause) break;
    if (index > start && punctuatedBefore(reading, word)) break;
    if (hitWords.has(index) || taken.has(index)) break;
    const link = NAME_LINKS.has(word.fold);
    if (arabic) {
      if (!ARABIC_LETTERS.test(word.raw)) break;
      if (index === start && word.fold.startsWith('ال')) return undefined;
      // A conjunction or a preposition opens the next phrase once the name has a given name and a
      // surname.
      if (counted >= 2 && opensPhrase(word)) break;
    } else if (!LATIN_NAME.test(word.raw) && !link) break;
    if (!link) counted += 1;
    if (counted > reading.reaches.openWorldName) break;
    last = index;
  }
  while (last >= start && NAME_LINKS.has(words[last]?.fold ?? '')) last -= 1;
  return counted >= 2 && last > start ? { first: start, last } : undefined;
}

function personAt(
  reading: SentenceReading,
  seat: { country: string; first: number; last: number },
  name: { first: number; last: number },
  title: OfficeTitle,
  role: OfficeRole,
): OpenWorldPerson | undefined {
  const firstWord = reading.words[name.first];
  const lastWord = reading.words[name.last];
  if (firstWord === undefined || lastWord === undefined) return undefined;
  const written = reading.text.slice(firstWord.start - reading.start, lastWord.end - reading.start);
  return {
    key: openWorldKey(seat.country, written),
    name: written,
    country: seat.country,
    role,
    title,
    titleFirst: seat.first,
    titleLast: seat.last,
    ...name,
  };
}

/**
 * "نظيره الكوبي برونو رودريغيز", "his Cuban counterpart Bruno Rodríguez": a counterpart named
 * with nationality and name holds the office of the person before the cue (`titleBefore`).
 */
function namedCounterparts(
  reading: SentenceReading,
  gazetteer: Gazetteer,
  titleBefore: (word: number) => OfficeTitle | undefined,
): OpenWorldPerson[] {
  const found: OpenWorldPerson[] = [];
  for (const cue of cuesOf(reading, 'counterpart')) {
    const title = titleBefore(cue.first);
    const role = title === undefined ? undefined : OPEN_TITLES[title];
    if (title === undefined || role === undefined) continue;
    const country = reading.entities.find(
      (e) => e.match.kind === 'country' && (e.first === cue.last + 1 || e.last === cue.first - 1),
    );
    if (country === undefined) continue;
    const seat = {
      country: country.match.id,
      first: Math.min(cue.first, country.first),
      last: Math.max(cue.last, country.last),
    };
    const name = nameAfter(reading, gazetteer, seat.last + 1);
    const person = name === undefined ? undefined : personAt(reading, seat, name, title, role);
    if (person !== undefined) found.push(person);
  }
  return found;
}

/**
 * Officials of reported ranks named by title, nationality and name in one sentence, whether or
 * not the gazetteer knows them, and counterparts named so (their office is the one `titleBefore`
 * gives for the person before the cue); a name the gazetteer matched is left to the gazetteer.
 */
export function findOpenWorldPeople(
  reading: SentenceReading,
  gazetteer: Gazetteer,
  titleBefore: (word: number) => OfficeTitle | undefined = () => undefined,
): OpenWorldPerson[] {
  const found: OpenWorldPerson[] = [];
  for (const title of findTitles(reading, gazetteer)) {
    if (qualifiedBefore(reading, title)) continue;
    const seat = seatOf(reading, gazetteer, title);
    if (seat === undefined || !seatAllows(gazetteer, seat.country, title)) continue;
    const name = nameAfter(reading, gazetteer, Math.max(seat.last, title.last) + 1);
    const person =
      name === undefined
        ? undefined
        : personAt(reading, seat, name, title.phrase.key as OfficeTitle, title.role);
    if (person !== undefined) found.push(person);
  }
  const titled = (word: number): OfficeTitle | undefined =>
    [...found].reverse().find((p) => p.last < word)?.title ?? titleBefore(word);
  for (const person of namedCounterparts(reading, gazetteer, titled))
    if (!found.some((f) => f.first === person.first)) found.push(person);
  return found;
}
