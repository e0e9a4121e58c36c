/** How many keys two sets share. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared;
}

/** Every key of `a` is in `b`. */
export function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return overlap(a, b) === a.size;
}

/** The two sets share a key. */
export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return overlap(a, b) > 0;
}
