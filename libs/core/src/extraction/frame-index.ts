import type { EventFrame, FramePlace } from './event-frame';

/**
 * What merging reads of an event again and again (its countries, its sentences), kept per array
 * and brought up to date from where it last read: events only grow by appending, so one event
 * absorbing a frame per sentence costs the same per frame however many it holds (linear in the
 * article, not quadratic). An array replaced or shortened is read again from its start.
 */
interface Index<T, V> {
  readonly source: readonly T[];
  read: number;
  readonly value: V;
}

const countryIndexes = new WeakMap<readonly FramePlace[], Index<FramePlace, Set<string>>>();
const sentenceIndexes = new WeakMap<
  readonly number[],
  Index<number, { readonly set: Set<number>; last: number }>
>();

function upToDate<T, V>(
  indexes: WeakMap<readonly T[], Index<T, V>>,
  source: readonly T[],
  empty: () => V,
  add: (value: V, item: T) => void,
): V {
  let index = indexes.get(source);
  if (index === undefined || index.read > source.length) {
    index = { source, read: 0, value: empty() };
    indexes.set(source, index);
  }
  for (; index.read < source.length; index.read += 1) add(index.value, source[index.read] as T);
  return index.value;
}

/** The countries of a frame's places. */
export function countriesOf(frame: Pick<EventFrame, 'places'>): ReadonlySet<string> {
  return upToDate(
    countryIndexes,
    frame.places,
    () => new Set<string>(),
    (set, place) => set.add(place.country),
  );
}

/** A frame's sentences as a set, and the last of them (−Infinity when it has none). */
export function sentencesOf(frame: Pick<EventFrame, 'sentences'>): {
  readonly set: ReadonlySet<number>;
  readonly last: number;
} {
  return upToDate(
    sentenceIndexes,
    frame.sentences,
    () => ({ set: new Set<number>(), last: -Infinity }),
    (value, sentence) => {
      value.set.add(sentence);
      value.last = Math.max(value.last, sentence);
    },
  );
}
