// The pieces both scorers share with ../shared/tools/score-timeline.mjs: how names are compared,
// what span a date of any precision covers, and the greedy one-to-one matching of candidates to
// labels, best pairs first.

export const DAY_MS = 86_400_000;

/** How far a candidate's date may lie from a label's, by the label's precision, in days. */
export const TOLERANCE_DAYS = { day: 1, month: 31, year: 366 } as const;

/** A name's tokens: accents and punctuation gone, lower case. */
export const nameKey = (s: string): string[] =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .trim()
    .split(/\s+/u);

/** A name's last token, as score-timeline.mjs compares people. */
export const surname = (s: string): string => nameKey(s).at(-1) ?? '';

/** A name as one folded phrase (organisations, cities). */
export const phraseKey = (s: string): string => nameKey(s).join(' ');

/** First and last day (ms) a date of any precision covers. */
export function dateSpan(start: string, end?: string): [number, number] {
  const parts = (value: string): number[] => value.split('-').map(Number);
  const first = (value: string): number => {
    const [y = 0, m = 1, d = 1] = parts(value);
    return Date.UTC(y, m - 1, d);
  };
  const last = (value: string): number => {
    const [y = 0, m, d] = parts(value);
    if (d !== undefined) return Date.UTC(y, (m ?? 1) - 1, d);
    if (m !== undefined) return Date.UTC(y, m, 0);
    return Date.UTC(y, 11, 31);
  };
  return [first(start), Math.max(last(end ?? start), first(start))];
}

/**
 * Greedy one-to-one matching, best pairs first (ties by candidate, then label index): `score`
 * answers undefined where a candidate cannot report a label.
 */
export function matchGreedily(
  candidates: number,
  labels: number,
  score: (candidate: number, label: number) => number | undefined,
): { candidate: number; label: number; score: number }[] {
  const pairs: { candidate: number; label: number; score: number }[] = [];
  for (let c = 0; c < candidates; c += 1) {
    for (let l = 0; l < labels; l += 1) {
      const s = score(c, l);
      if (s !== undefined) pairs.push({ candidate: c, label: l, score: s });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.candidate - b.candidate || a.label - b.label);
  const usedC = new Set<number>();
  const usedL = new Set<number>();
  return pairs.filter((pair) => {
    if (usedC.has(pair.candidate) || usedL.has(pair.label)) return false;
    usedC.add(pair.candidate);
    usedL.add(pair.label);
    return true;
  });
}

/**
 * The start days (ms) of a candidate's and a label's dates when they overlap within the label's
 * precision (a day, a month, a year), else undefined.
 */
export function overlappingStarts(
  candidate: { readonly start: string; readonly end?: string },
  label: {
    readonly date: string;
    readonly dateEnd?: string;
    readonly datePrecision: keyof typeof TOLERANCE_DAYS;
  },
): { candidate: number; label: number } | undefined {
  const [ps, pe] = dateSpan(candidate.start, candidate.end);
  const [gs, ge] = dateSpan(label.date, label.dateEnd);
  const tolerance = TOLERANCE_DAYS[label.datePrecision] * DAY_MS;
  return pe >= gs - tolerance && ps <= ge + tolerance ? { candidate: ps, label: gs } : undefined;
}

/** Whether a candidate's organisation (by acronym or name) is the label's. */
export function sharesOrganisation(
  organisation: { readonly acronym?: string; readonly name: string } | undefined,
  labelled: string | undefined,
): boolean {
  if (labelled === undefined || organisation === undefined) return false;
  const key = phraseKey(labelled);
  return [organisation.acronym, organisation.name].some(
    (o) => o !== undefined && phraseKey(o) === key,
  );
}

/** Micro-averaged precision and recall, with the counts they come from. */
export interface PrecisionRecall {
  readonly predicted: number;
  readonly matchedPredicted: number;
  readonly required: number;
  readonly matchedRequired: number;
  readonly precision: number;
  readonly recall: number;
}

/** Precision and recall from the four counts; either is 1 when there was nothing to count. */
export function precisionRecall(counts: {
  readonly predicted: number;
  readonly matchedPredicted: number;
  readonly required: number;
  readonly matchedRequired: number;
}): PrecisionRecall {
  const { predicted, matchedPredicted, required, matchedRequired } = counts;
  return {
    ...counts,
    precision: predicted === 0 ? 1 : matchedPredicted / predicted,
    recall: required === 0 ? 1 : matchedRequired / required,
  };
}
