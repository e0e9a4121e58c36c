/** The label under which names past the bound, or too long to be a label, are counted. */
export const OTHER_UNKNOWN_FIELDS = '(other)';

/** At most this many distinct field names are kept per process (ADR 0007). */
export const MAX_UNKNOWN_FIELD_NAMES = 64;

const MAX_NAME_LENGTH = 64;

/** What one article added to the tally: a label per ignored field, and the labels new to it. */
export interface TalliedFields {
  readonly labels: readonly string[];
  readonly firstSeen: readonly string[];
}

/**
 * Counts the names of ignored article fields with a bound on how many distinct names it keeps, so
 * a producer sending random keys cannot grow a metric or a log without limit: past the bound, and
 * for a name longer than 64 characters, the name is counted as `(other)`.
 */
export class UnknownFieldTally {
  private readonly counts = new Map<string, number>();
  private names = 0;

  constructor(private readonly maxNames = MAX_UNKNOWN_FIELD_NAMES) {}

  add(names: readonly string[]): TalliedFields {
    const labels: string[] = [];
    const firstSeen: string[] = [];
    for (const name of names) {
      const label = this.labelFor(name);
      const count = this.counts.get(label) ?? 0;
      if (count === 0) firstSeen.push(label);
      this.counts.set(label, count + 1);
      labels.push(label);
    }
    return { labels, firstSeen };
  }

  /** Every label with how many times it was counted, in the order first seen. */
  entries(): readonly (readonly [string, number])[] {
    return [...this.counts.entries()];
  }

  private labelFor(name: string): string {
    if (this.counts.has(name)) return name;
    const fits =
      this.names < this.maxNames &&
      name.length <= MAX_NAME_LENGTH &&
      name.isWellFormed() &&
      name !== OTHER_UNKNOWN_FIELDS;
    if (!fits) return OTHER_UNKNOWN_FIELDS;
    this.names++;
    return name;
  }
}
