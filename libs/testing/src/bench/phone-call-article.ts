import { distinctStory } from '../builders/distinct-story';

/**
 * Article `i` of a series for latency benchmarks: a distinct story reporting a phone call between
 * two presidents in office, published a day after the one before from June 2019 (in the past for
 * the first 2,500, so none is refused as published in the future). Each is cited by an entry as it
 * arrives: the calls of one week fall on one Monday and merge into one entry.
 */
export function phoneCallArticle(i: number, prefix = 'latency'): { id: string; value: string } {
  const day = new Date(Date.UTC(2019, 5, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const id = `${prefix}-${i}`;
  const call =
    'Russian President Vladimir Putin held a phone call on Monday with Kazakh President ' +
    'Kassym-Jomart Tokayev, the Kremlin said.';
  const body = `${call}\n${distinctStory(i)}`;
  return {
    id,
    value: JSON.stringify({ id, body, language: 'en', publishedAt: `${day}T10:00:00Z` }),
  };
}
