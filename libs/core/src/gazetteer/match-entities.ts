import { acceptSpellingVariant } from './accept-spelling-variant';
import {
  LONG_SKELETON,
  skeletonDeletions,
  type EntityKind,
  type IndexedName,
  type IndexedToken,
  type NameForm,
} from './build-name-index';
import type { TitlePhrase } from './build-role-lexicon';
import { buildSkeleton } from './build-skeleton';
import { foldName } from './fold-name';
import type { TitleQuery } from './gazetteer.schema';
import { seatKey, type Gazetteer } from './load-gazetteer';
import { isInOffice, resolveRole } from './resolve-role';
import { splitNameTokens, type NameToken } from './split-name-tokens';
import { listCliticReadings, type CliticReading } from './strip-clitics';
import { TwoGenerationMemo } from './two-generation-memo';
import { uninflectWord } from './uninflect-word';

/** Where a match sits: token indices `[tokenStart, tokenEnd)` and UTF-16 offsets `[start, end)`. */
export interface MatchSpan {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  /** The matched text as written. */
  readonly text: string;
}

/** A mention of a person, country, place or organisation. */
export interface EntityMatch extends MatchSpan {
  readonly kind: EntityKind;
  readonly id: string;
  readonly form: NameForm;
  /** Other entities of the same kind the same words name (two Sharifs), least likely last. */
  readonly alternatives: readonly string[];
  /** Whether a spelling variant (not an exact folded name) was accepted. */
  readonly fuzzy: boolean;
}

/** A role phrase (الرئيس الكازاخستاني, Iran's president) and the holder on the given date. */
export interface RoleMatch extends MatchSpan {
  readonly kind: 'role';
  /** `title@seat`, e.g. `president@KZ`, `secretary-general@un`. */
  readonly id: string;
  readonly title: string;
  readonly country?: string;
  readonly organisation?: string;
  /** The office holder on `options.date`; absent without a date, for former holders, or unknown. */
  readonly holderId?: string;
  /** The phrase names a former holder (الرئيس الإيراني السابق, former Iranian president). */
  readonly former: boolean;
}

/** Anything the matcher finds. */
export type GazetteerMatch = EntityMatch | RoleMatch;

/** Options for `matchEntities`. */
export interface MatchOptions {
  /** The day the text speaks of (ISO date or RFC 3339), used to resolve role phrases and to rank namesakes. */
  readonly date?: string;
}

interface Candidate {
  readonly name: IndexedName;
  readonly start: number;
  readonly end: number;
  readonly fuzzy: number;
  readonly prefix: string;
}

interface TitleSpan {
  readonly phrase: TitlePhrase;
  readonly start: number;
  readonly end: number;
  /** Folded letters of proclitics (و ف ب ل ك) before the title's first word. */
  readonly skip: number;
}

interface Reading extends CliticReading {
  readonly skeleton: string;
  /** Index keys: the skeleton, and its one-letter deletions when it is long. */
  readonly keys: readonly string[];
}

interface TokenAnalysis {
  readonly readings: readonly Reading[];
  /** The token read without proclitics except the article: itself, and article + bare form. */
  readonly inner: readonly Reading[];
  /** Folded words this token can be read as with conjunction/preposition removed (article kept). */
  readonly words: readonly string[];
}

// A hashtag spells a name's words joined by underscores (#مجلس_التعاون, #Saudi_Arabia).
const GAP_PATTERN = /^[\s\-‐‑‒–—'’ʼ·+&_]*$/u;
const INITIAL_GAP_PATTERN = /^\.?[\s\-‐‑‒–—]*$/u;
const UPPER_INITIAL_PATTERN = /^\p{Lu}/u;
const ROLE_SEAT_PREFIXES: ReadonlySet<string> = new Set(['', 'ل', 'لل', 'ال', 'ب', 'بال']);
const MAXIMUM_CONNECTORS = 2;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function compareLatin(text: NameToken, folds: readonly string[], token: IndexedToken): boolean {
  if (!folds.includes(token.fold)) return false;
  if (token.caseSensitive) return text.raw === token.raw;
  if (token.capitalised) return UPPER_INITIAL_PATTERN.test(text.raw);
  return true;
}

/** Folded letters of conjunctions and prepositions in a clitic prefix; the article stays. */
function proclitics(prefix: string): number {
  return prefix.endsWith('ال') ? prefix.length - 2 : prefix.length;
}

/** UTF-16 length of the shortest start of `raw` whose fold has `folded` letters. */
function rawLength(raw: string, folded: number): number {
  let count = 0;
  let index = 0;
  for (const character of raw) {
    const letters = foldName(character).length;
    // Diacritics on the last proclitic belong to it, not to the name.
    if (count >= folded && letters > 0) break;
    count += letters;
    index += character.length;
  }
  return index;
}

function joined(tokens: readonly NameToken[], text: string, left: number): boolean {
  const previous = tokens[left];
  const next = tokens[left + 1];
  if (previous === undefined || next === undefined || previous.possessive) return false;
  const gap = text.slice(previous.end, next.start);
  if (GAP_PATTERN.test(gap)) return true;
  return previous.raw.length === 1 && INITIAL_GAP_PATTERN.test(gap);
}

/** A gazetteer name whose first word matches a text word, and how. */
interface Head {
  readonly name: IndexedName;
  readonly reading: Reading | undefined;
  readonly score: number;
}

// Word-level results depend only on the word and the (immutable) gazetteer, so they are memoised
// per gazetteer across texts. Each memo keeps two generations of at most this many words: enough
// for the vocabulary of a day of news, and bounded whatever the input (a word analysis is about a
// kilobyte; ADR 0021).
const MEMO_GENERATION = 16_384;

class WordMemo {
  readonly analyses = new TwoGenerationMemo<string, TokenAnalysis>(MEMO_GENERATION);
  readonly variants = new TwoGenerationMemo<string, Map<string, boolean>>(MEMO_GENERATION);
  readonly heads = new TwoGenerationMemo<string, readonly Head[]>(MEMO_GENERATION);
}

// Keyed by the name index: a gazetteer extended with one article's people shares its memo.
const memos = new WeakMap<Gazetteer['index'], WordMemo>();

function memoFor(gazetteer: Gazetteer): WordMemo {
  let memo = memos.get(gazetteer.index);
  if (memo === undefined) {
    memo = new WordMemo();
    memos.set(gazetteer.index, memo);
  }
  return memo;
}

class TextMatcher {
  private readonly tokens: NameToken[];
  private readonly memo: WordMemo;
  private readonly candidatesByStart: Candidate[][];
  private readonly candidatesByEnd: Candidate[][];
  // A token is read many times over (heads, the rest of names, titles, cues): once per text here.
  private readonly analysed = new Map<NameToken, TokenAnalysis>();
  // A Latin token's dictionary forms (itself and its case endings undone), also once per text.
  private readonly latinWords = new Map<NameToken, readonly string[]>();

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly text: string,
    private readonly options: MatchOptions,
  ) {
    this.tokens = splitNameTokens(text);
    this.memo = memoFor(gazetteer);
    this.candidatesByStart = this.tokens.map(() => []);
    this.candidatesByEnd = this.tokens.map(() => []);
  }

  run(): GazetteerMatch[] {
    for (let index = 0; index < this.tokens.length; index += 1) this.collectCandidates(index);
    const titles = this.findTitles();
    const roles = this.findRoles(titles);
    const titleEnds = new Set([...titles.map((t) => t.end), ...roles.map((r) => r.tokenEnd)]);
    const entities = this.select(titleEnds);
    return [...entities, ...roles].sort(
      (a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind),
    );
  }

  private analyse(token: NameToken): TokenAnalysis {
    const own = this.analysed.get(token);
    if (own !== undefined) return own;
    const analysis = this.analyseWord(token);
    this.analysed.set(token, analysis);
    return analysis;
  }

  private analyseWord(token: NameToken): TokenAnalysis {
    const cached = this.memo.analyses.get(token.fold);
    if (cached !== undefined) return cached;
    const readings = listCliticReadings(token.fold).map((reading): Reading => {
      const skeleton = buildSkeleton(reading.stem);
      const keys =
        skeleton.length >= LONG_SKELETON ? [skeleton, ...skeletonDeletions(skeleton)] : [skeleton];
      return { ...reading, skeleton, keys };
    });
    const inner = readings.filter((reading) => reading.prefix === '' || reading.prefix === 'ال');
    const words = [
      ...new Set(readings.map((reading) => (reading.article ? `ال${reading.stem}` : reading.stem))),
    ];
    const analysis = { readings, inner, words };
    this.memo.analyses.set(token.fold, analysis);
    return analysis;
  }

  /** 0 for an exact match, 1 for a spelling variant, undefined for no match. */
  private compareArabic(
    reading: Reading,
    token: IndexedToken,
    strict: boolean,
  ): number | undefined {
    if (token.article && !reading.article) return undefined;
    if (reading.stem === token.bare) return 0;
    if (strict) return undefined;
    // Keyed by the text's stem, then the name's word: no joined key string is built per comparison.
    let byName = this.memo.variants.get(reading.stem);
    if (byName === undefined) {
      byName = new Map();
      this.memo.variants.set(reading.stem, byName);
    }
    let accepted = byName.get(token.bare);
    if (accepted === undefined) {
      accepted = acceptSpellingVariant(reading.stem, reading.skeleton, token.bare, token.skeleton);
      byName.set(token.bare, accepted);
    }
    return accepted ? 1 : undefined;
  }

  private compareInnerArabic(
    text: NameToken,
    token: IndexedToken,
    strict: boolean,
  ): number | undefined {
    let best: number | undefined;
    for (const reading of this.analyse(text).inner) {
      const score = this.compareArabic(reading, token, strict);
      if (score !== undefined && (best === undefined || score < best)) best = score;
    }
    return best;
  }

  private wordsOf(token: NameToken): readonly string[] {
    if (token.script === 'arabic') return this.analyse(token).words;
    const own = this.latinWords.get(token);
    if (own !== undefined) return own;
    const { caseEndings } = this.gazetteer.lexicon;
    const words =
      caseEndings.length === 0
        ? [token.fold]
        : [token.fold, ...uninflectWord(token.fold, caseEndings)];
    this.latinWords.set(token, words);
    return words;
  }

  // Every gazetteer name whose first word this token can be, best reading per name.
  private headsOf(token: NameToken): readonly Head[] {
    const key = token.script === 'latin' ? `\u0001${token.raw}` : token.fold;
    const cached = this.memo.heads.get(key);
    if (cached !== undefined) return cached;
    const best = new Map<IndexedName, Head>();
    const { index } = this.gazetteer;
    if (token.script === 'latin') {
      const folds = this.wordsOf(token);
      for (const fold of folds) {
        for (const name of index.byFold.get(fold) ?? []) {
          const first = name.tokens[0];
          if (first !== undefined && compareLatin(token, folds, first))
            best.set(name, { name, reading: undefined, score: 0 });
        }
      }
    } else {
      for (const reading of this.analyse(token).readings) {
        for (const key of reading.keys) {
          // Symmetric deletions: one consonant more, less or different than a long name skeleton.
          for (const list of [index.bySkeleton.get(key), index.bySkeletonDeletion.get(key)]) {
            for (const name of list ?? []) {
              const first = name.tokens[0];
              if (first === undefined || first.script !== 'arabic') continue;
              const score = this.compareArabic(reading, first, name.strict);
              if (score === undefined) continue;
              const previous = best.get(name);
              if (previous === undefined || score < previous.score)
                best.set(name, { name, reading, score });
            }
          }
        }
      }
    }
    const heads = [...best.values()];
    this.memo.heads.set(key, heads);
    return heads;
  }

  private collectCandidates(index: number): void {
    const token = this.tokens[index];
    if (token === undefined) return;
    for (const head of this.headsOf(token)) {
      const candidate = this.matchRest(head, index);
      if (candidate === undefined) continue;
      this.candidatesByStart[index]?.push(candidate);
      this.candidatesByEnd[candidate.end - 1]?.push(candidate);
    }
  }

  private matchRest(head: Head, start: number): Candidate | undefined {
    const { name } = head;
    let fuzzy = head.score;
    for (let offset = 1; offset < name.tokens.length; offset += 1) {
      const text = this.tokens[start + offset];
      const token = name.tokens[offset];
      if (text === undefined || token === undefined || text.script !== token.script)
        return undefined;
      if (!joined(this.tokens, this.text, start + offset - 1)) return undefined;
      if (token.script === 'latin') {
        if (!compareLatin(text, this.wordsOf(text), token)) return undefined;
        continue;
      }
      const score = this.compareInnerArabic(text, token, name.strict);
      if (score === undefined) return undefined;
      fuzzy += score;
    }
    return {
      name,
      start,
      end: start + name.tokens.length,
      fuzzy,
      prefix: head.reading?.prefix ?? '',
    };
  }

  private findTitles(): TitleSpan[] {
    const spans: TitleSpan[] = [];
    const { titlesByFirstWord } = this.gazetteer.lexicon;
    this.tokens.forEach((token, start) => {
      for (const word of this.wordsOf(token)) {
        const skip = token.script === 'arabic' ? Math.max(0, token.fold.length - word.length) : 0;
        for (const phrase of titlesByFirstWord.get(word) ?? []) {
          const end = start + phrase.words.length;
          let matches = end <= this.tokens.length;
          for (let offset = 1; matches && offset < phrase.words.length; offset += 1) {
            const next = this.tokens[start + offset];
            matches =
              next !== undefined &&
              this.wordsOf(next).includes(phrase.words[offset] ?? '') &&
              joined(this.tokens, this.text, start + offset - 1);
          }
          if (matches) spans.push({ phrase, start, end, skip });
        }
      }
    });
    return spans;
  }

  private hasWord(index: number, words: ReadonlySet<string>): boolean {
    const token = this.tokens[index];
    return token !== undefined && this.wordsOf(token).some((word) => words.has(word));
  }

  private resolve(
    query: TitleQuery,
    seat: { country?: string; organisation?: string },
  ): string | undefined {
    const { date } = this.options;
    if (date === undefined) return undefined;
    const byTitle =
      query.title !== undefined
        ? resolveRole(this.gazetteer, { role: query.title, ...seat }, date)
        : undefined;
    if (byTitle !== undefined) return byTitle.id;
    return query.role !== undefined
      ? resolveRole(this.gazetteer, { role: query.role, ...seat }, date)?.id
      : undefined;
  }

  // A title and seat nobody in the gazetteer ever held (المستشار الروسي: a Russian adviser, not a
  // chancellor) is not read as an office.
  private seatHasOffice(
    query: TitleQuery,
    seat: { country?: string; organisation?: string },
  ): boolean {
    return (this.gazetteer.offices.get(seatKey(seat)) ?? []).some(
      ({ office }) => office.title === query.title || office.role === query.role,
    );
  }

  private roleFrom(
    title: TitleSpan,
    seatCandidate: Candidate,
    start: number,
    end: number,
    skip: number,
  ): RoleMatch | undefined {
    const { phrase } = title;
    const isCountry = seatCandidate.name.kind === 'country';
    const query = isCountry ? phrase.country : phrase.organisation;
    if (query === undefined || (!isCountry && seatCandidate.name.kind !== 'organisation'))
      return undefined;
    const seat = isCountry
      ? { country: seatCandidate.name.id }
      : { organisation: seatCandidate.name.id };
    if (!this.seatHasOffice(query, seat)) return undefined;
    const latin = this.tokens[title.start]?.script === 'latin';
    const former = latin
      ? this.hasWord(start - 1, this.gazetteer.lexicon.formerBefore)
      : this.hasWord(end, this.gazetteer.lexicon.formerAfter);
    const holderId = former ? undefined : this.resolve(query, seat);
    return {
      kind: 'role',
      id: `${phrase.key}@${seatCandidate.name.id}`,
      title: phrase.key,
      ...seat,
      ...(holderId !== undefined ? { holderId } : {}),
      former,
      ...this.span(start, end, skip),
    };
  }

  private seatAfter(title: TitleSpan): { candidate: Candidate; end: number } | undefined {
    const token = this.tokens[title.start];
    // "президент России": Russian names the seat in the genitive right after the title, with no
    // connector such as "of".
    const latin = token?.script === 'latin' && !CYRILLIC.test(token.raw);
    if (!latin) {
      const adjective = this.candidatesByStart[title.end]?.find(
        (c) => c.name.kind === 'country' && c.name.form === 'adjective',
      );
      if (adjective !== undefined) return { candidate: adjective, end: adjective.end };
    }
    const { fillers, connectors } = this.gazetteer.lexicon;
    let position = title.end;
    for (let skipped = 0; skipped <= MAXIMUM_CONNECTORS; skipped += 1) {
      const seat =
        latin && skipped === 0
          ? undefined
          : this.candidatesByStart[position]?.find(
              (c) =>
                (c.name.kind === 'country' || c.name.kind === 'organisation') &&
                c.name.form !== 'adjective' &&
                ROLE_SEAT_PREFIXES.has(c.prefix),
            );
      if (seat !== undefined) return { candidate: seat, end: seat.end };
      if (!this.hasWord(position, fillers) && !this.hasWord(position, connectors)) return undefined;
      position += 1;
    }
    return undefined;
  }

  private seatBefore(title: TitleSpan): Candidate | undefined {
    if (this.tokens[title.start]?.script !== 'latin') return undefined;
    return this.candidatesByEnd[title.start - 1]?.find(
      (c) => c.name.kind === 'country' || c.name.kind === 'organisation',
    );
  }

  private findRoles(titles: readonly TitleSpan[]): RoleMatch[] {
    const found: RoleMatch[] = [];
    for (const title of titles) {
      const after = this.seatAfter(title);
      const role =
        after !== undefined
          ? this.roleFrom(title, after.candidate, title.start, after.end, title.skip)
          : undefined;
      if (role !== undefined) {
        found.push(role);
        continue;
      }
      const before = this.seatBefore(title);
      const earlier =
        before !== undefined
          ? this.roleFrom(title, before, before.start, title.end, proclitics(before.prefix))
          : undefined;
      if (earlier !== undefined) found.push(earlier);
    }
    found.sort(
      (a, b) =>
        b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart,
    );
    const taken: RoleMatch[] = [];
    for (const role of found) {
      if (taken.some((t) => role.tokenStart < t.tokenEnd && t.tokenStart < role.tokenEnd)) continue;
      taken.push(role);
    }
    return taken;
  }

  private hasContext(candidate: Candidate, titleEnds: ReadonlySet<number>): boolean {
    const { lexicon } = this.gazetteer;
    const before = candidate.start - 1;
    switch (candidate.name.kind) {
      case 'person':
        return (
          titleEnds.has(candidate.start) ||
          this.hasWord(before, lexicon.personCues) ||
          (this.candidatesByEnd[before] ?? []).some(
            (c) =>
              c.name.kind === 'country' &&
              (c.name.form === 'adjective' || this.tokens[before]?.possessive === true),
          )
        );
      case 'organisation':
        return (
          this.hasWord(before, lexicon.organisationCues) ||
          this.hasWord(candidate.end, lexicon.organisationCues)
        );
      case 'place':
        return (
          this.hasWord(before, lexicon.placeCues) ||
          (this.candidatesByEnd[before] ?? []).some(
            (c) => c.name.kind === 'country' && c.name.form === 'adjective',
          )
        );
      case 'country':
        return false;
    }
  }

  private select(titleEnds: ReadonlySet<number>): EntityMatch[] {
    const bySpan = new Map<string, Candidate[]>();
    for (const list of this.candidatesByStart) {
      for (const candidate of list) {
        if (candidate.name.ambiguous && !this.hasContext(candidate, titleEnds)) continue;
        const key = `${candidate.start}:${candidate.end}`;
        const group = bySpan.get(key);
        if (group === undefined) bySpan.set(key, [candidate]);
        else group.push(candidate);
      }
    }
    // In one span, exact beats a spelling variant, and a cue-confirmed ambiguous name (قمة شنغهاي)
    // beats plain readings of the same words (the city).
    const groups = [...bySpan.values()].map((group) => {
      const bestFuzzy = Math.min(...group.map((c) => c.fuzzy));
      const best = group.filter((c) => c.fuzzy === bestFuzzy);
      const confirmed = best.filter((c) => c.name.ambiguous);
      return confirmed.length > 0 ? confirmed : best;
    });
    groups.sort((a, b) => {
      const [x, y] = [a[0], b[0]];
      if (x === undefined || y === undefined) return 0;
      return y.end - y.start - (x.end - x.start) || x.fuzzy - y.fuzzy || x.start - y.start;
    });
    const taken: { start: number; end: number }[] = [];
    const matches: EntityMatch[] = [];
    for (const group of groups) {
      const head = group[0];
      if (head === undefined) continue;
      if (taken.some((t) => head.start < t.end && t.start < head.end)) continue;
      taken.push({ start: head.start, end: head.end });
      matches.push(...this.toMatches(group));
    }
    return matches;
  }

  private toMatches(group: readonly Candidate[]): EntityMatch[] {
    const byKind = new Map<EntityKind, Candidate[]>();
    for (const candidate of group) {
      const list = byKind.get(candidate.name.kind) ?? [];
      if (!list.some((c) => c.name.id === candidate.name.id)) list.push(candidate);
      byKind.set(candidate.name.kind, list);
    }
    const { date } = this.options;
    return [...byKind.entries()].map(([kind, list]) => {
      const ranked =
        kind === 'person' && date !== undefined
          ? [...list].sort(
              (a, b) =>
                Number(this.inOffice(b.name.id, date)) - Number(this.inOffice(a.name.id, date)),
            )
          : list;
      const [chosen, ...others] = ranked;
      const head = chosen ?? list[0];
      if (head === undefined) throw new Error('empty candidate group');
      return {
        kind,
        id: head.name.id,
        form: head.name.form,
        alternatives: others.map((c) => c.name.id),
        fuzzy: head.fuzzy > 0,
        ...this.span(head.start, head.end, proclitics(head.prefix)),
      };
    });
  }

  private inOffice(personId: string, date: string): boolean {
    const person = this.gazetteer.people.get(personId);
    return person !== undefined && isInOffice(person, date);
  }

  // Offsets leave out proclitics (و، ب، ل …) but keep the article: وبالرئيس → الرئيس.
  private span(tokenStart: number, tokenEnd: number, skip: number): MatchSpan {
    const first = this.tokens[tokenStart];
    const start = (first?.start ?? 0) + (first === undefined ? 0 : rawLength(first.raw, skip));
    const end = this.tokens[tokenEnd - 1]?.end ?? start;
    return { tokenStart, tokenEnd, start, end, text: this.text.slice(start, end) };
  }
}

/**
 * Finds gazetteer people, countries (names and adjectives), places, organisations and role
 * phrases in a text. Arabic words may carry proclitics (وبالرئيس، للكازاخستاني) and spelling
 * variants (توقايف، إردوغان، قيرغيزستان), accepted only when the consonant skeleton and the full
 * folded form both agree within tight bounds. Entity matches never overlap one another (longest
 * and most exact first; namesakes become `alternatives`); role matches may overlap them.
 * Results are ordered by position.
 */
export function matchEntities(
  gazetteer: Gazetteer,
  text: string,
  options: MatchOptions = {},
): GazetteerMatch[] {
  return new TextMatcher(gazetteer, text, options).run();
}
