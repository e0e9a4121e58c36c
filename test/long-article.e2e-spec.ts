import type { EventMention } from '@sijill/contracts';
import { distinctStory, serviceRigForSuite, toUniqueArticle } from '@sijill/testing';

// The long-article poison pill of issue 18: one diplomatic sentence repeated for 700 K or 2 M
// characters once held the extractor past its group session, so nothing after it was handled.
// Each is put straight on the extractor's input topic, as the ingestor would pass it on; its
// defined outcome is extraction of what the cap reads (recorded on the outcome as `readChars`),
// and a good article right after it on the same partition is handled within 10 s.

/** How soon a good article published right after a long one must be handled. */
const NEXT_ARTICLE_WITHIN_MS = 10_000;
/** What the extractor reads of one article by default (`SIJILL_MAX_EXTRACTED_CHARS`). */
const DEFAULT_CAP = 30_000;
const PARTITION_KEY = 'same-partition';

const ARABIC_SENTENCE =
  'واستقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض يوم 3 يوليو 2024 نظيره الروسي سيرغي لافروف وبحثا الأوضاع في المنطقة. ';
const ENGLISH_SENTENCE =
  'Saudi Foreign Minister Prince Faisal bin Farhan met Russian Foreign Minister Sergey Lavrov in Moscow on 3 July 2024 to discuss regional security. ';

const repeated = (sentence: string, chars: number): string =>
  sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);

describe('a long article on real Kafka: read up to the cap, the partition moves on', () => {
  const suite = serviceRigForSuite({
    label: 'long-article',
    // The ingestor creates the extractor's input topic; it is given nothing to do.
    instances: [
      { name: 'ingestor', id: 'long-ingestor' },
      { name: 'extractor', id: 'long-extractor' },
    ],
    probeTopics: (topics) => [topics.mentions, topics.deadLetter],
    // The extractor's threads load the gazetteer before it reports ready: slow on a busy machine.
    readyWithinMs: 180_000,
    startWithinMs: 240_000,
  });

  const extractor = () => suite.rig.services[1]!;
  const handled = (id: string) =>
    extractor()
      .logsWhere((l) => l.msg === 'Message handled' && l.articleId === id)
      .at(0);

  async function publishUnique(id: string, body: string, language: string): Promise<void> {
    const article = toUniqueArticle({ id, body, language, publishedAt: '2024-07-03T09:00:00Z' });
    await suite.rig.producer.send(suite.env.topics.unique, [
      { key: PARTITION_KEY, value: JSON.stringify(article) },
    ]);
  }

  it.each([
    { id: 'long-arabic-700k', sentence: ARABIC_SENTENCE, chars: 700 * 1024, language: 'ar' },
    { id: 'long-english-2m', sentence: ENGLISH_SENTENCE, chars: 2_000_000, language: 'en' },
  ])(
    '$id: mentions from what the cap reads, then the next article within 10 s',
    async ({ id, sentence, chars, language }) => {
      await publishUnique(id, repeated(sentence, chars), language);
      await suite.rig.probe.waitFor(`${id} handled`, () => handled(id) !== undefined, 120_000);
      const outcome = handled(id);
      expect(outcome).toMatchObject({ outcome: 'extracted' });
      expect(Number(outcome?.readChars)).toBeLessThanOrEqual(DEFAULT_CAP);
      expect(Number(outcome?.droppedSentences)).toBeGreaterThan(0);
      await suite.rig.probe.waitFor(`${id}'s mentions`, (p) =>
        p.values<EventMention>(suite.env.topics.mentions).some((m) => m.articleId === id),
      );

      const next = `${id}-next`;
      const startedAt = Date.now();
      await publishUnique(next, distinctStory(900 + chars), 'en');
      await suite.rig.probe.waitFor(
        `${next} handled`,
        () => handled(next) !== undefined,
        NEXT_ARTICLE_WITHIN_MS,
      );
      process.stdout.write(
        `[long article] ${id}: next handled ${Date.now() - startedAt} ms after\n`,
      );
    },
    180_000,
  );
});
