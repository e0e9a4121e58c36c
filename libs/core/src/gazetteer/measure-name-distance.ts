import { isVowelLetter, letterClass } from './build-skeleton';

/**
 * Plain Levenshtein distance, stopping early once it exceeds `bound` (then returns `bound + 1`).
 */
export function measureEditDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > bound) return bound + 1;
    previous = current;
  }
  return previous[b.length] ?? bound + 1;
}

// A cheap edit is one transliterations make all the time; an edit at the last letter is never
// cheap, because Arabic endings carry grammar (تركيا / تركي, روسيا / روسية).
const CHEAP = 0.5;
const FULL = 1;

function substitutionCost(x: string, y: string, atEnd: boolean): number {
  if (x === y) return 0;
  if (atEnd) return FULL;
  if (letterClass(x) === letterClass(y)) return CHEAP;
  if (isVowelLetter(x) && isVowelLetter(y)) return CHEAP;
  return FULL;
}

function indelCost(letter: string, atEnd: boolean): number {
  return !atEnd && isVowelLetter(letter) ? CHEAP : FULL;
}

/**
 * Weighted edit distance between two folded Arabic-script tokens: swapping letters of one class
 * (ك/ق, ت/ط …) or two long vowels, and inserting or dropping a long vowel, cost 0.5; any other edit,
 * and any edit to the final letter, costs 1. Returns a value above `bound` once it is exceeded.
 */
export function measureNameDistance(a: string, b: string, bound: number): number {
  const x = [...a];
  const y = [...b];
  let previous: number[] = [0];
  for (let j = 1; j <= y.length; j += 1) {
    previous.push((previous[j - 1] ?? 0) + indelCost(y[j - 1] ?? '', j === y.length));
  }
  for (let i = 1; i <= x.length; i += 1) {
    const xi = x[i - 1] ?? '';
    const xAtEnd = i === x.length;
    const current = [(previous[0] ?? 0) + indelCost(xi, xAtEnd)];
    let rowMinimum = current[0] ?? 0;
    for (let j = 1; j <= y.length; j += 1) {
      const yj = y[j - 1] ?? '';
      const value = Math.min(
        (previous[j - 1] ?? 0) + substitutionCost(xi, yj, xAtEnd || j === y.length),
        (previous[j] ?? 0) + indelCost(xi, xAtEnd),
        (current[j - 1] ?? 0) + indelCost(yj, j === y.length),
      );
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > bound) return bound + 0.5;
    previous = current;
  }
  return previous[y.length] ?? bound + 0.5;
}
