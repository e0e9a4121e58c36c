import { DEAD_LETTER_HEADERS, type AcceptedArticle, type UniqueArticle } from '@sijill/contracts';
import {
  type ArticleProducer,
  distinctStory,
  type KafkaCodec,
  publishWithJavaProducer,
  serviceRigForSuite,
  type TestEnvironment,
  type TopicProbe,
} from '@sijill/testing';

/** How soon a good article published right after a poison pill must be accepted. */
const NEXT_ARTICLE_WITHIN_MS = 10_000;
/** One key for every message of a test, so all of them land on the same partition. */
const PARTITION_KEY = 'same-partition';

const goodArticle = (id: string, story: number) =>
  JSON.stringify({ id, body: distinctStory(story) });

describe('poison pills on real Kafka and Redis: each has a defined outcome, the partition moves on', () => {
  const suite = serviceRigForSuite({
    label: 'poison',
    // Internal topics written compressed too, so the second stage reads what the first compressed.
    instances: [{ name: 'ingestor', id: 'poison-1', env: { KAFKA_COMPRESSION: 'lz4' } }],
    probeTopics: (topics) => [topics.accepted, topics.unique, topics.deadLetter],
    startWithinMs: 120_000,
  });
  let env: TestEnvironment;
  let probe: TopicProbe;
  let producer: ArticleProducer;
  beforeAll(() => {
    env = suite.env;
    ({ probe, producer } = suite.rig);
  });

  const accepted = (id: string) =>
    probe.values<AcceptedArticle>(env.topics.accepted).some((a) => a.articleId === id);
  const unique = (id: string) =>
    probe.values<UniqueArticle>(env.topics.unique).some((a) => a.articleId === id);

  /** Publishes a good article on the poison pill's partition; it must be accepted in time. */
  async function expectNextArticleAccepted(id: string, story: number): Promise<number> {
    const startedAt = Date.now();
    await producer.send(env.topics.articles, [
      { key: PARTITION_KEY, value: goodArticle(id, story) },
    ]);
    await probe.waitFor(`${id} accepted`, () => accepted(id), NEXT_ARTICLE_WITHIN_MS);
    return Date.now() - startedAt;
  }

  it.each<[KafkaCodec, number]>([
    ['gzip', 1],
    ['snappy', 2],
    ['lz4', 3],
    ['zstd', 4],
  ])(
    "reads a %s batch from Kafka's Java console producer, then the next article",
    async (codec, story) => {
      const ids = [`java-${codec}-a`, `java-${codec}-b`];
      await publishWithJavaProducer(
        env.brokers,
        env.topics.articles,
        codec,
        ids.map((id, i) => ({ key: PARTITION_KEY, value: goodArticle(id, 100 * story + i) })),
      );
      await probe.waitFor(`the ${codec} batch accepted and normalised`, () =>
        ids.every((id) => accepted(id) && unique(id)),
      );
      await expectNextArticleAccepted(`after-${codec}`, 100 * story + 50);
    },
    120_000,
  );

  it('dead-letters a message just under the topic size limit (16 MiB - 300 B), then the next article', async () => {
    const size = 16 * 1024 * 1024 - 300;
    await producer.send(env.topics.articles, [
      { key: PARTITION_KEY, value: Buffer.alloc(size, 0x61) },
    ]);
    await probe.waitFor(
      'its dead letter',
      (p) => p.on(env.topics.deadLetter).some((r) => (r.value?.length ?? 0) === size),
      60_000,
    );
    const [deadLetter] = probe.on(env.topics.deadLetter).filter((r) => r.value?.length === size);
    expect(deadLetter?.headers[DEAD_LETTER_HEADERS.reason]).toMatch(/too-large|not-json/);
    expect(deadLetter?.headers[DEAD_LETTER_HEADERS.sourceTopic]).toBe(env.topics.articles);
    await expectNextArticleAccepted('after-size-limit', 600);
  }, 120_000);

  it('dead-letters an article of 100,000 nested <div>s (1.1 MB) with a reason, then the next article', async () => {
    const depth = 100_000;
    const body = `${'<div>'.repeat(depth)}Talks in Riyadh${'</div>'.repeat(depth)}`;
    expect(body.length).toBeGreaterThan(1_100_000);
    await producer.send(env.topics.articles, [
      {
        key: PARTITION_KEY,
        value: JSON.stringify({ id: 'nested-html', contentType: 'text/html', body }),
      },
    ]);
    await probe.waitFor(
      'the nested article dead-lettered',
      (p) =>
        p
          .on(env.topics.deadLetter)
          .some(
            (r) => r.key === 'nested-html' && r.headers[DEAD_LETTER_HEADERS.reason] !== undefined,
          ),
      60_000,
    );
    const reason = probe.on(env.topics.deadLetter).find((r) => r.key === 'nested-html')?.headers[
      DEAD_LETTER_HEADERS.reason
    ];
    expect(reason).toBe('html-too-deep');
    await expectNextArticleAccepted('after-nested-html', 700);
    await probe.waitFor('the next article normalised', () => unique('after-nested-html'), 30_000);
  }, 120_000);

  it('refuses a publishedAt in the year 9999 (published-in-future), then the next article', async () => {
    await producer.send(env.topics.articles, [
      {
        key: PARTITION_KEY,
        value: JSON.stringify({
          id: 'far-future',
          body: distinctStory(800),
          publishedAt: '9999-12-31T00:00:00Z',
        }),
      },
    ]);
    const isFarFuture = (value: Buffer | null) => value?.toString('utf8').includes('"far-future"');
    await probe.waitFor('its dead letter', (p) =>
      p.on(env.topics.deadLetter).some((r) => isFarFuture(r.value)),
    );
    const deadLetter = probe.on(env.topics.deadLetter).find((r) => isFarFuture(r.value));
    expect(deadLetter?.headers[DEAD_LETTER_HEADERS.reason]).toBe('published-in-future');
    expect(accepted('far-future')).toBe(false);
    await expectNextArticleAccepted('after-far-future', 801);
  }, 60_000);
});
