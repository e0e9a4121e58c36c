/**
 * The most common value (ties go to the smallest in code-unit order, so the pick never depends on
 * the order values came in); undefined when there are none.
 */
export function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** The values of items, one per distinct (voter, value): an article repeating itself votes once. */
export function votesOf<T>(
  items: readonly T[],
  voter: (item: T) => string,
  value: (item: T) => string | undefined,
): string[] {
  const seen = new Set<string>();
  const votes: string[] = [];
  for (const item of items) {
    const v = value(item);
    if (v === undefined) continue;
    const key = `${voter(item)}\u0000${v}`;
    if (seen.has(key)) continue;
    seen.add(key);
    votes.push(v);
  }
  return votes;
}

/** Objects compared and hashed alike whatever order their keys were written in. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
