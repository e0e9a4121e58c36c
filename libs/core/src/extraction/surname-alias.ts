import type { ExtractionLexicon } from './compile-lexicon';
import type { EntityRef } from './read-sentence';
import type { Word } from './tokenise-words';

// A surname shorter than this is no short form of the name (it may be a particle or a word).
const SHORTEST_SURNAME = 4;

// Words of a name built on another's (محمد بن سلمان, سلمان بن عبد العزيز): its last word is a
// father's or family's name, or half of a compound (عبد العزيز), not the surname.
const NAME_LINKS = new Set([
  'بن',
  'ابن',
  'بنت',
  'ال',
  'ابو',
  'عبد',
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
]);

const LETTERS = /^\p{L}+$/u;

/**
 * The surname a later sentence may call a person by once the article has named them in full
 * ("جون كيري" … "وأكد كيري", "Sergei Lavrov" … "Lavrov said"): the second word of a name of
 * two words written as the gazetteer spells it (not respelt), letters only and long enough,
 * when the first is a given name, not a title or a name link (الملك سلمان, خادم الحرمين الشريفين,
 * بن سلمان are no given name and surname), and not a common word of the lexicon's `notSurname`
 * list (تمام سلام: سلام is "peace"). Folded as the sentence's words are.
 */
export function surnameAlias(
  person: EntityRef,
  words: readonly Word[],
  titleWords: ReadonlySet<string>,
  commonWords: ReadonlySet<string> = new Set(),
): string | undefined {
  if (person.match.kind !== 'person' || person.match.fuzzy) return undefined;
  if (person.last !== person.first + 1) return undefined;
  const given = words[person.first];
  const last = words[person.last];
  if (given === undefined || last === undefined) return undefined;
  if (NAME_LINKS.has(given.fold) || titleWords.has(given.fold)) return undefined;
  if (!LETTERS.test(last.fold) || NAME_LINKS.has(last.fold) || commonWords.has(last.fold))
    return undefined;
  return [...last.fold.replace(/^ال/u, '')].length >= SHORTEST_SURNAME ? last.fold : undefined;
}

// Memoised per lexicon: compiled lexicons are immutable.
const notSurnames = new WeakMap<ExtractionLexicon, ReadonlySet<string>>();

/** The lexicon's one-word `notSurname` cues, folded: common words no surname alias may be. */
export function notSurnameWords(lexicon: ExtractionLexicon): ReadonlySet<string> {
  const cached = notSurnames.get(lexicon);
  if (cached !== undefined) return cached;
  const found = new Set<string>();
  for (const phrases of lexicon.byFirstWord.values())
    for (const phrase of phrases)
      if (
        phrase.meaning.kind === 'cue' &&
        phrase.meaning.cue === 'notSurname' &&
        phrase.words.length === 1
      )
        found.add(phrase.words[0] ?? '');
  notSurnames.set(lexicon, found);
  return found;
}
