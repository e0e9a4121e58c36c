import { buildSkeleton } from './build-skeleton';
import { type NameScript } from './fold-name';
import { splitNameTokens } from './split-name-tokens';

/** The kinds of entity a name can point at. */
export type EntityKind = 'person' | 'country' | 'place' | 'organisation';

/** How a name refers to its entity: a name, an adjective or demonym (الروسي, Russian), an acronym. */
export type NameForm = 'name' | 'adjective' | 'acronym';

/** A name to index, before tokenising. */
export interface NameEntry {
  readonly kind: EntityKind;
  readonly id: string;
  readonly text: string;
  readonly form: NameForm;
  /** Matches only next to a cue (a title, a demonym, a word such as قمة), never on its own. */
  readonly ambiguous: boolean;
}

/** One word of an indexed name. */
export interface IndexedToken {
  readonly raw: string;
  readonly fold: string;
  /** `fold` without the article ال (Arabic), else `fold`. */
  readonly bare: string;
  /** Whether the name writes this word with the article. */
  readonly article: boolean;
  readonly skeleton: string;
  readonly script: NameScript;
  /** An acronym (SCO, ШОС): the text must spell it with the same case. */
  readonly caseSensitive: boolean;
  /** A capitalised Latin word: the text must capitalise it too. */
  readonly capitalised: boolean;
}

/** A tokenised name. */
export interface IndexedName {
  readonly kind: EntityKind;
  readonly id: string;
  readonly form: NameForm;
  readonly ambiguous: boolean;
  /** Exact matches only: ambiguous names, and generated adjectives (أروبية must not catch أوروبية). */
  readonly strict: boolean;
  readonly tokens: readonly IndexedToken[];
}

/** Names keyed for constant-time lookup from a text token. */
export interface NameIndex {
  /** Arabic script: by the skeleton of the first word's bare form. */
  readonly bySkeleton: ReadonlyMap<string, readonly IndexedName[]>;
  /** Arabic script: by each one-letter deletion of long skeletons, for one-consonant variants. */
  readonly bySkeletonDeletion: ReadonlyMap<string, readonly IndexedName[]>;
  /** Other scripts: by the folded first word. */
  readonly byFold: ReadonlyMap<string, readonly IndexedName[]>;
  readonly size: number;
}

/** Skeletons this long or longer may differ by one consonant class between spellings. */
export const LONG_SKELETON = 5;

const ACRONYM_PATTERN = /^[\p{Lu}\p{N}]{2,}$/u;
const CAPITALISED_PATTERN = /^\p{Lu}/u;

/** Splits a folded Arabic word into article + bare form; keeps at least three letters bare. */
export function splitArticle(fold: string): { article: boolean; bare: string } {
  if (fold.startsWith('ال') && [...fold].length >= 5) return { article: true, bare: fold.slice(2) };
  return { article: false, bare: fold };
}

// A written hamza shows the alef is a letter of the name (ألمانيا، إلهام), not the article.
const WRITTEN_ARTICLE_PATTERN = /^[\u0627\u0671]\u0644/u;
const ARABIC_MARK_PATTERN = /[\u064B-\u065F\u0670\u0640]/gu;

/** Every string one deletion away from `skeleton`. */
export function skeletonDeletions(skeleton: string): string[] {
  const letters = [...skeleton];
  return letters.map((_, index) =>
    [...letters.slice(0, index), ...letters.slice(index + 1)].join(''),
  );
}

function indexToken(raw: string, fold: string, script: NameScript): IndexedToken {
  if (script === 'arabic') {
    const written = raw.replace(ARABIC_MARK_PATTERN, '');
    const { article, bare } = WRITTEN_ARTICLE_PATTERN.test(written)
      ? splitArticle(fold)
      : { article: false, bare: fold };
    return {
      raw,
      fold,
      bare,
      article,
      skeleton: buildSkeleton(bare),
      script,
      caseSensitive: false,
      capitalised: false,
    };
  }
  return {
    raw,
    fold,
    bare: fold,
    article: false,
    skeleton: fold,
    script,
    caseSensitive: ACRONYM_PATTERN.test(raw) && /\p{Lu}/u.test(raw),
    capitalised: CAPITALISED_PATTERN.test(raw),
  };
}

function push(map: Map<string, IndexedName[]>, key: string, name: IndexedName): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [name]);
  else list.push(name);
}

/**
 * Tokenises every name once and keys it by its first word: Arabic names by consonant skeleton
 * (plus one-deletion variants of long skeletons), others by fold. Duplicate names of one entity
 * (the same words after folding) are indexed once.
 */
export function buildNameIndex(entries: Iterable<NameEntry>): NameIndex {
  const bySkeleton = new Map<string, IndexedName[]>();
  const bySkeletonDeletion = new Map<string, IndexedName[]>();
  const byFold = new Map<string, IndexedName[]>();
  const seen = new Set<string>();
  let size = 0;
  for (const entry of entries) {
    const words = splitNameTokens(entry.text);
    const first = words[0];
    if (first === undefined) continue;
    const tokens = words.map((word) => indexToken(word.raw, word.fold, word.script));
    const key = [
      entry.kind,
      entry.id,
      entry.form,
      tokens.map((t) => `${t.fold}${t.caseSensitive ? '!' : ''}`).join(' '),
    ].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const name: IndexedName = {
      kind: entry.kind,
      id: entry.id,
      form: entry.form,
      ambiguous: entry.ambiguous,
      strict: entry.ambiguous || entry.form !== 'name',
      tokens,
    };
    const head = tokens[0];
    if (head === undefined) continue;
    size += 1;
    if (head.script === 'latin') {
      push(byFold, head.fold, name);
      continue;
    }
    push(bySkeleton, head.skeleton, name);
    if ([...head.skeleton].length >= LONG_SKELETON) {
      for (const deletion of new Set(skeletonDeletions(head.skeleton)))
        push(bySkeletonDeletion, deletion, name);
    }
  }
  return { bySkeleton, bySkeletonDeletion, byFold, size };
}
