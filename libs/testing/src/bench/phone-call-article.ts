import { distinctStory } from '../builders/distinct-story';

/**
 * Article `i` of a series for latency benchmarks: a distinct story reporting a distinct phone call
 * (its own week, from 1980: a Monday each, all in the past for the first 2,000), so each makes a
 * new timeline entry and none is refused as published in the future.
 */
export function phoneCallArticle(i: number, prefix = 'latency'): { id: string; value: string } {
  const day = new Date(Date.UTC(1980, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10);
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
