/** One way to read a folded Arabic token as proclitics + stem (وبالرئيس → و + ب + ال + رئيس). */
export interface CliticReading {
  /** The proclitics as written (`وبال`, `لل`, or empty). */
  readonly prefix: string;
  readonly stem: string;
  /** Whether the prefix holds the article (ال, or the لل of ل + ال). */
  readonly article: boolean;
  /** Whether the prefix holds a preposition ب ل ك. */
  readonly preposition: '' | 'ب' | 'ل' | 'ك';
  /** Whether the prefix holds a conjunction و ف. */
  readonly conjunction: boolean;
}

const CONJUNCTIONS = ['', 'و', 'ف'] as const;
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'] as const;

interface PrefixShape {
  readonly prefix: string;
  readonly article: boolean;
  readonly preposition: '' | 'ب' | 'ل' | 'ك';
  readonly conjunction: boolean;
}

// Every proclitic chain: conjunction? preposition? article?, with ل + ال written لل.
const PREFIX_SHAPES: readonly PrefixShape[] = CONJUNCTIONS.flatMap((conjunction) =>
  PREPOSITIONS.flatMap((preposition) =>
    [false, true].map((article) => ({
      prefix:
        conjunction + (article ? (preposition === 'ل' ? 'لل' : `${preposition}ال`) : preposition),
      article,
      preposition,
      conjunction: conjunction !== '',
    })),
  ),
).sort((a, b) => a.prefix.length - b.prefix.length);

// A stem shorter than this after stripping is more likely a short word than a clitic + name.
const MINIMUM_STRIPPED_STEM = 3;

/**
 * Every reading of a folded Arabic token as proclitics (و ف, then ب ل ك, then ال) + stem, the bare
 * reading first, then shorter prefixes before longer ones. A stripped stem keeps at least three
 * letters, so short words are not cut down to nothing; the caller verifies each stem against the
 * gazetteer, so a real initial letter (بوتين، لافروف، كندا) is only lost if the stem still matches.
 */
export function listCliticReadings(folded: string): CliticReading[] {
  const readings: CliticReading[] = [];
  for (const shape of PREFIX_SHAPES) {
    if (!folded.startsWith(shape.prefix)) continue;
    const stem = folded.slice(shape.prefix.length);
    if (shape.prefix !== '' && [...stem].length < MINIMUM_STRIPPED_STEM) continue;
    readings.push({ ...shape, stem });
  }
  return readings;
}
