import arabicSource from './chrome-lexicon/ar.json';
import commonSource from './chrome-lexicon/common.json';
import englishSource from './chrome-lexicon/en.json';
import persianSource from './chrome-lexicon/fa.json';
import frenchSource from './chrome-lexicon/fr.json';
import russianSource from './chrome-lexicon/ru.json';
import turkishSource from './chrome-lexicon/tr.json';
import { chromeLexiconSourceSchema, type ChromeLexiconSource } from './chrome-lexicon.schema';
import { foldForMatching } from './fold-for-matching';
import { tokenise } from './tokenise-text';

/** What chrome rules know about one line; computed once per line. */
export interface LineFacts {
  /** The line as displayed, trimmed. */
  readonly raw: string;
  /** Matching form of the line. */
  readonly folded: string;
  /** Words of the matching form. */
  readonly words: readonly string[];
  /** The words joined by single spaces: the key phrases are compared against. */
  readonly key: string;
  readonly wordCount: number;
  /** True when the line ends like a sentence (. ! ? ؟ …, possibly before closing quotes). */
  readonly endsSentence: boolean;
}

/** A lexicon hit: the category of chrome and the phrase or pattern that matched. */
export interface LexiconMatch {
  readonly category: string;
  readonly matched: string;
}

interface PhraseEntry {
  readonly category: string;
  readonly phrase: string;
  readonly with: readonly string[];
  readonly maxWords: number;
  readonly noSentenceEnd: boolean;
}

interface PatternEntry {
  readonly category: string;
  readonly pattern: RegExp;
  readonly maxWords: number;
  readonly noSentenceEnd: boolean;
}

type PhraseMatch = 'line' | 'prefix' | 'contains';

/** Phrases of one match kind, by phrase and by first word. */
class PhraseIndex {
  private readonly entries = new Map<string, PhraseEntry[]>();
  private readonly byFirstWord = new Map<
    string,
    { readonly words: readonly string[]; readonly entry: PhraseEntry }[]
  >();
  readonly lengths = new Set<number>();

  add(entry: PhraseEntry): void {
    const list = this.entries.get(entry.phrase);
    if (list === undefined) this.entries.set(entry.phrase, [entry]);
    else list.push(entry);
    const words = entry.phrase.split(' ');
    this.lengths.add(words.length);
    const first = words[0] ?? '';
    const byFirst = this.byFirstWord.get(first);
    if (byFirst === undefined) this.byFirstWord.set(first, [{ words, entry }]);
    else byFirst.push({ words, entry });
  }

  get(phrase: string): readonly PhraseEntry[] {
    return this.entries.get(phrase) ?? [];
  }

  /** Entries whose phrase occurs in `words` as a run of whole words, in order of occurrence. */
  *occurringIn(words: readonly string[]): Generator<PhraseEntry> {
    for (let start = 0; start < words.length; start += 1) {
      const candidates = this.byFirstWord.get(words[start] ?? '');
      if (candidates === undefined) continue;
      for (const { words: phrase, entry } of candidates) {
        if (phrase.every((word, offset) => words[start + offset] === word)) yield entry;
      }
    }
  }
}

function foldPhrase(phrase: string): string {
  return tokenise(foldForMatching(phrase)).join(' ');
}

function containsPhrase(key: string, phrase: string): boolean {
  return ` ${key} `.includes(` ${phrase} `);
}

function admits(entry: PhraseEntry | PatternEntry, line: LineFacts): boolean {
  if (line.wordCount > entry.maxWords) return false;
  if (entry.noSentenceEnd && line.endsSentence) return false;
  return (
    !('with' in entry) ||
    entry.with.length === 0 ||
    entry.with.some((phrase) => containsPhrase(line.key, phrase))
  );
}

/**
 * The chrome lexicon compiled for lookup: phrases folded to their matching form and indexed by
 * word count, so a line is checked with a few map lookups instead of a scan of every phrase.
 * Every language's entries apply to every page, because pages mix languages in their chrome.
 */
export class ChromeLexicon {
  private readonly phrases: Record<PhraseMatch, PhraseIndex> = {
    line: new PhraseIndex(),
    prefix: new PhraseIndex(),
    contains: new PhraseIndex(),
  };
  private readonly patterns: PatternEntry[] = [];
  /** Words that make a line chrome when every word of the line is one of them (share-button rows). */
  private readonly buttonWords = new Map<string, string>();
  private readonly relatedMarkers = new Set<string>();
  private readonly relatedMarkerLengths = new Set<number>();
  private readonly creditSources: string[] = [];
  private readonly captionWords: string[] = [];
  private maxContainsWords = 0;

  /** Validates and compiles lexicon sources (the JSON files in `chrome-lexicon/`). */
  static compile(sources: readonly unknown[]): ChromeLexicon {
    const lexicon = new ChromeLexicon();
    for (const source of sources) lexicon.addSource(chromeLexiconSourceSchema.parse(source));
    return lexicon;
  }

  private addSource(source: ChromeLexiconSource): void {
    for (const rule of source.rules) {
      const maxWords = rule.maxWords ?? Number.POSITIVE_INFINITY;
      const noSentenceEnd = rule.noSentenceEnd ?? false;
      if (rule.match === 'pattern') {
        for (const pattern of rule.patterns) {
          this.patterns.push({
            category: rule.category,
            pattern: new RegExp(pattern, 'u'),
            maxWords,
            noSentenceEnd,
          });
        }
        continue;
      }
      if (rule.match === 'words') {
        for (const word of rule.phrases.flatMap((phrase) => foldPhrase(phrase).split(' '))) {
          if (word !== '') this.buttonWords.set(word, rule.category);
        }
        continue;
      }
      const withPhrases = (rule.with ?? []).map(foldPhrase);
      for (const phrase of rule.phrases.map(foldPhrase)) {
        if (phrase === '') continue;
        this.phrases[rule.match].add({
          category: rule.category,
          phrase,
          with: withPhrases,
          maxWords,
          noSentenceEnd,
        });
        if (rule.match === 'contains')
          this.maxContainsWords = Math.max(this.maxContainsWords, maxWords);
      }
    }
    for (const marker of source.relatedMarkers.map(foldPhrase)) {
      this.relatedMarkers.add(marker);
      this.relatedMarkerLengths.add(marker.split(' ').length);
    }
    this.creditSources.push(...source.creditSources.map(foldPhrase));
    this.captionWords.push(...source.captionWords.map(foldPhrase));
  }

  /** The first lexicon rule that says this line is chrome, if any. */
  match(line: LineFacts): LexiconMatch | undefined {
    for (const entry of this.patterns) {
      if (entry.pattern.test(line.folded) && admits(entry, line)) {
        return { category: entry.category, matched: entry.pattern.source };
      }
    }
    if (line.key === '') return undefined;
    const { words } = line;
    const candidates: string[] = [line.key];
    for (const length of this.phrases.prefix.lengths) {
      if (length <= words.length) candidates.push(words.slice(0, length).join(' '));
    }
    if (words.every((word) => this.buttonWords.has(word))) {
      return {
        category: this.buttonWords.get(words[0] ?? '') ?? 'social',
        matched: 'only button words',
      };
    }
    const hit =
      this.firstAdmitted(this.phrases.line.get(line.key), line) ??
      this.firstIn('prefix', candidates, line);
    if (hit !== undefined || words.length > this.maxContainsWords) return hit;
    for (const entry of this.phrases.contains.occurringIn(words)) {
      if (admits(entry, line)) return { category: entry.category, matched: entry.phrase };
    }
    return undefined;
  }

  /** 'standalone' when the line is only a related-articles marker, 'inline' when it starts with one. */
  relatedMarker(line: LineFacts): 'standalone' | 'inline' | undefined {
    if (this.relatedMarkers.has(line.key)) return 'standalone';
    const { words } = line;
    for (const length of this.relatedMarkerLengths) {
      if (length < words.length && this.relatedMarkers.has(words.slice(0, length).join(' ')))
        return 'inline';
    }
    return undefined;
  }

  /** True when the folded text names a news or photo agency or an official press service. */
  namesCreditSource(key: string): boolean {
    return this.creditSources.some((source) => containsPhrase(key, source));
  }

  /** True when the folded text holds a word that marks a photo caption or credit. */
  hasCaptionWord(key: string): boolean {
    return this.captionWords.some((word) => containsPhrase(key, word));
  }

  private firstIn(
    match: PhraseMatch,
    candidates: readonly string[],
    line: LineFacts,
  ): LexiconMatch | undefined {
    for (const candidate of candidates) {
      const found = this.firstAdmitted(this.phrases[match].get(candidate), line);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private firstAdmitted(
    entries: readonly PhraseEntry[],
    line: LineFacts,
  ): LexiconMatch | undefined {
    const entry = entries.find((candidate) => admits(candidate, line));
    return entry === undefined ? undefined : { category: entry.category, matched: entry.phrase };
  }
}

let defaultLexicon: ChromeLexicon | undefined;

/** The lexicon shipped in `chrome-lexicon/`: Arabic, English, French, Russian, Persian, Turkish, patterns. */
export function defaultChromeLexicon(): ChromeLexicon {
  defaultLexicon ??= ChromeLexicon.compile([
    commonSource,
    arabicSource,
    englishSource,
    frenchSource,
    russianSource,
    persianSource,
    turkishSource,
  ]);
  return defaultLexicon;
}
