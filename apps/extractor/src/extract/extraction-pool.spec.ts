import type { SijillConfig } from '@sijill/config';
import { toUniqueArticle } from '@sijill/testing';
import { ExtractionPool } from './extraction-pool';
import { LoadedGazetteer } from './loaded-gazetteer';

const CALL =
  'Russian President Vladimir Putin held a phone call on Monday with Kazakh President ' +
  'Kassym-Jomart Tokayev, the Kremlin said.';
const WEATHER = 'Heavy rain fell on Jeddah on Monday, the weather office said.';

function article(id: string, body: string) {
  return toUniqueArticle({ id, body, language: 'en', publishedAt: '2024-06-05T10:00:00Z' });
}

// Extraction in place (0 threads): the same work the worker threads run from the build.
const config = {
  extraction: { maxChars: 30_000, threads: 0 },
  consumer: { messageTimeoutMs: 10_000 },
} as unknown as SijillConfig;
const pool = new ExtractionPool(config, new LoadedGazetteer());
const now = new Date('2024-06-05T12:00:00Z');

describe('ExtractionPool', () => {
  it('extracts one article within the cap and says how much it read', async () => {
    const outcome = await pool.extract(article('call', CALL), now);
    expect(outcome.kind).toBe('extracted');
    if (outcome.kind !== 'extracted') return;
    expect(outcome.mentions.map((m) => m.type)).toEqual(['call']);
    expect(outcome.readChars).toBe(CALL.length);
    expect(outcome.droppedSentences).toBe(0);
  });

  it('extracts a batch with the results in input order', async () => {
    const outcomes = await pool.extractMany(
      [article('weather', WEATHER), article('call', CALL)],
      now,
    );
    expect(outcomes.map((o) => (o.kind === 'extracted' ? o.mentions.length : o.kind))).toEqual([
      0, 1,
    ]);
  });
});
