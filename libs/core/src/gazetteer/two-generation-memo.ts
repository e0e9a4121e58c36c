/**
 * A memo bounded in entries that keeps what is still in use when it fills: when the current
 * generation reaches `limit` entries it becomes the previous one (the one before is dropped), and
 * an entry found only in the previous generation is carried into the current. It holds at most
 * twice `limit` entries, and a text's common words survive every turn.
 */
export class TwoGenerationMemo<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const found = this.current.get(key);
    if (found !== undefined) return found;
    const older = this.previous.get(key);
    if (older !== undefined) this.set(key, older);
    return older;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  /** Entries held now, both generations counted. */
  get size(): number {
    return this.current.size + this.previous.size;
  }
}
