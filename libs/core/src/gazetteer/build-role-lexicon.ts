import { foldName } from './fold-name';
import type { GazetteerNames, LexiconFile, TitleQuery } from './gazetteer.schema';
import { splitNameTokens } from './split-name-tokens';
import type { CaseEnding } from './uninflect-word';

/** A title as a sequence of folded words (Arabic words keep their article: الرئيس). */
export interface TitlePhrase {
  readonly key: string;
  readonly words: readonly string[];
  readonly country: TitleQuery | undefined;
  readonly organisation: TitleQuery | undefined;
}

/** The compiled `lexicon.json`: titles by first word, longest first, and closed word sets. */
export interface RoleLexicon {
  readonly version: string;
  readonly titlesByFirstWord: ReadonlyMap<string, readonly TitlePhrase[]>;
  readonly fillers: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly formerAfter: ReadonlySet<string>;
  readonly formerBefore: ReadonlySet<string>;
  readonly personCues: ReadonlySet<string>;
  readonly organisationCues: ReadonlySet<string>;
  readonly placeCues: ReadonlySet<string>;
  /** Case endings, longest first, each with the nominative ending it stands for. */
  readonly caseEndings: readonly CaseEnding[];
}

function allNames(names: GazetteerNames): string[] {
  return Object.values(names).flatMap((list: string[] | undefined) => list ?? []);
}

function foldedWordSet(names: GazetteerNames): Set<string> {
  return new Set(
    allNames(names).flatMap((name) => splitNameTokens(name).map((token) => token.fold)),
  );
}

/** Compiles the role lexicon file (already schema-checked). */
export function buildRoleLexicon(file: LexiconFile): RoleLexicon {
  const titlesByFirstWord = new Map<string, TitlePhrase[]>();
  for (const title of file.titles) {
    for (const name of allNames(title.names)) {
      const words = splitNameTokens(name).map((token) => foldName(token.raw));
      const first = words[0];
      if (first === undefined) continue;
      const phrase: TitlePhrase = {
        key: title.key,
        words,
        country: title.country,
        organisation: title.organisation,
      };
      const list = titlesByFirstWord.get(first) ?? [];
      list.push(phrase);
      titlesByFirstWord.set(first, list);
    }
  }
  for (const list of titlesByFirstWord.values())
    list.sort((a, b) => b.words.length - a.words.length);
  return {
    version: file.version,
    titlesByFirstWord,
    fillers: foldedWordSet(file.fillers),
    connectors: foldedWordSet(file.connectors),
    formerAfter: foldedWordSet(file.formerAfter),
    formerBefore: foldedWordSet(file.formerBefore),
    personCues: foldedWordSet(file.personCues),
    organisationCues: foldedWordSet(file.organisationCues),
    placeCues: foldedWordSet(file.placeCues),
    caseEndings: file.caseEndings
      .map(([ending, base]): CaseEnding => [foldName(ending), base === '' ? '' : foldName(base)])
      .sort((a, b) => b[0].length - a[0].length),
  };
}
