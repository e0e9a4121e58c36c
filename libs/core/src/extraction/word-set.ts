/** The indices of the words that spans of a sentence cover (hits, entities, dates). */
export function wordsOf(
  spans: Iterable<{ readonly first: number; readonly last: number }>,
): Set<number> {
  const words = new Set<number>();
  for (const s of spans) for (let i = s.first; i <= s.last; i += 1) words.add(i);
  return words;
}
