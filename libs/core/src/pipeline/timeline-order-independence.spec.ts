import { readFileSync } from 'node:fs';
import type { EventMention, TimelineEntry } from '@sijill/contracts';
import { loadDevSet, sharedPath } from '@sijill/testing';
import fc from 'fast-check';
import { extractMentions } from '../extraction';
import { loadDefaultGazetteer } from '../gazetteer';
import { InMemoryTimelineStore, MergeMentionUseCase } from '../timeline';
import { normaliseArticle } from '../normalise';
import { definedOnly } from '@sijill/contracts';

const seeds = sharedPath('fixtures', 'seeds', 'articles.jsonl');
const gazetteer = loadDefaultGazetteer();

interface RawArticle {
  id: string;
  body: string;
  title?: string;
  language?: string;
  publishedAt?: string;
  contentType?: string;
}

/** Mentions the extractor finds in the development set and the seeds (when present). */
function realMentions(): EventMention[] {
  const articles: RawArticle[] = [
    ...loadDevSet().map((c) => c.article as RawArticle),
    ...(seeds !== undefined
      ? readFileSync(seeds, 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as RawArticle)
      : []),
  ];
  return articles.flatMap((a) => {
    const n = normaliseArticle(a);
    return extractMentions(
      {
        articleId: a.id,
        language: n.language,
        languageDetected: n.languageDetected,
        text: n.text,
        sentences: n.sentences.map(({ start, end }) => ({ start, end })),
        cuts: [],
        source: { topic: 'test', partition: 0, offset: '0' },
        ...definedOnly({ publishedAt: a.publishedAt, title: n.title }),
      },
      gazetteer,
    );
  });
}

async function finalTimeline(mentions: readonly EventMention[]): Promise<string[]> {
  const merge = new MergeMentionUseCase(new InMemoryTimelineStore());
  const latest = new Map<string, TimelineEntry>();
  for (const mention of mentions) {
    for (const entry of await merge.mergeMention(mention, '2026-01-01T00:00:00.000Z')) {
      latest.set(entry.id, entry);
    }
  }
  return [...latest.values()]
    .filter((e) => e.status === 'active')
    .map(({ revision: _r, firstSeenAt: _f, updatedAt: _u, ...content }) => JSON.stringify(content))
    .sort();
}

describe('the timeline from real extracted mentions', () => {
  const mentions = realMentions();

  it('has enough mentions to mean something', () => {
    expect(mentions.length).toBeGreaterThan(60);
  });

  it('is the same for 50 random arrival orders with random repeats', async () => {
    const reference = await finalTimeline(mentions);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(mentions, { minLength: mentions.length, maxLength: mentions.length }),
        fc.array(fc.nat({ max: mentions.length - 1 }), { maxLength: 30 }),
        async (order, repeats) => {
          const withRepeats = [...order];
          for (const [k, i] of repeats.entries()) {
            withRepeats.splice((k * 7) % (withRepeats.length + 1), 0, mentions[i] as EventMention);
          }
          expect(await finalTimeline(withRepeats)).toEqual(reference);
        },
      ),
      { numRuns: 50 },
    );
  }, 300_000);
});
