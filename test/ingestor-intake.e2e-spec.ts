import {
  DEAD_LETTER_HEADERS,
  type AcceptedArticle,
  type DuplicateArticle,
} from '@sijill/contracts';
import {
  type ArticleProducer,
  badArticleMessages,
  type ServiceProcess,
  serviceRigForSuite,
  type TestEnvironment,
  type TopicProbe,
} from '@sijill/testing';

describe('ingestor intake on real Kafka and Redis', () => {
  const suite = serviceRigForSuite({
    label: 'intake',
    instances: [{ name: 'ingestor', id: 'intake-1' }],
    probeTopics: (topics) => [topics.accepted, topics.duplicates, topics.deadLetter],
  });
  let env: TestEnvironment;
  let ingestor: ServiceProcess;
  let probe: TopicProbe;
  let producer: ArticleProducer;
  let produced = 0;
  beforeAll(() => {
    env = suite.env;
    ({ service: ingestor, probe, producer } = suite.rig);
  });

  const send = async (messages: { key: string | null; value: Buffer | string | null }[]) => {
    produced += messages.length;
    await producer.send(env.topics.articles, messages);
  };

  it('dead-letters every kind of bad message with its reason code, then forwards a valid article', async () => {
    const bad = badArticleMessages();
    await send(bad.map((m, i) => ({ key: `bad-${i}`, value: m.value })));
    await send([
      { key: 'valid-after-bad', value: JSON.stringify({ id: 'valid-after-bad', body: 'نص' }) },
    ]);

    await probe.waitFor(
      'the valid article and every dead letter',
      (p) =>
        p.on(env.topics.deadLetter).length >= bad.length &&
        p
          .values<AcceptedArticle>(env.topics.accepted)
          .some((a) => a.articleId === 'valid-after-bad'),
    );
    const deadLetters = new Map(probe.on(env.topics.deadLetter).map((r) => [r.key, r]));
    bad.forEach((message, i) => {
      const record = deadLetters.get(`bad-${i}`);
      expect({ name: message.name, reason: record?.headers[DEAD_LETTER_HEADERS.reason] }).toEqual({
        name: message.name,
        reason: message.reason,
      });
      expect(record?.value ?? null).toEqual(message.value === null ? null : message.value);
      expect(record?.headers[DEAD_LETTER_HEADERS.sourceTopic]).toBe(env.topics.articles);
      expect(record?.headers[DEAD_LETTER_HEADERS.sourceOffset]).toMatch(/^\d+$/);
      expect(record?.headers[DEAD_LETTER_HEADERS.sourcePartition]).toMatch(/^\d+$/);
    });
    expect(deadLetters.size).toBe(bad.length);
  });

  it('records exact repeats as duplicates and forwards each article once', async () => {
    const original = {
      id: 'rep-a',
      url: 'https://news.example/a?utm_source=feed',
      body: 'التقى وزير الخارجية نظيره في الرياض.',
    };
    const articles = [
      original,
      { id: 'rep-b', body: 'Foreign ministers met in Riyadh on Monday.' },
    ];
    const repeats = [
      { ...original },
      { id: 'rep-a-copy-url', url: 'http://www.news.example/a', body: 'نص مختلف تماما عن الأصل.' },
      { id: 'rep-b-copy-body', body: 'Foreign  ministers met in Riyadh\non Monday.' },
    ];
    // Originals first: across partitions, "first" is whichever the ingestor handles first.
    await send(articles.map((a) => ({ key: a.id, value: JSON.stringify(a) })));
    await probe.waitFor(
      'the originals',
      (p) =>
        p.values<AcceptedArticle>(env.topics.accepted).filter((a) => a.articleId.startsWith('rep-'))
          .length >= 2,
    );
    await send(repeats.map((a) => ({ key: a.id, value: JSON.stringify(a) })));

    await probe.waitFor(
      'three duplicates',
      (p) =>
        p
          .values<DuplicateArticle>(env.topics.duplicates)
          .filter((d) => d.articleId.startsWith('rep-')).length >= 3,
    );
    const accepted = probe
      .values<AcceptedArticle>(env.topics.accepted)
      .filter((a) => a.articleId.startsWith('rep-'))
      .map((a) => a.articleId)
      .sort();
    expect(accepted).toEqual(['rep-a', 'rep-b']);
    const duplicates = probe
      .values<DuplicateArticle>(env.topics.duplicates)
      .filter((d) => d.articleId.startsWith('rep-'))
      .map((d) => [d.articleId, d.duplicateOf, d.reason]);
    expect(duplicates).toEqual(
      expect.arrayContaining([
        ['rep-a', 'rep-a', 'same-id'],
        ['rep-a-copy-url', 'rep-a', 'same-url'],
        ['rep-b-copy-body', 'rep-b', 'same-content'],
      ]),
    );
  });

  it('forwards an article with fields the contract does not name, without them, and counts them', async () => {
    const article = {
      id: 'open-content-1',
      url: 'https://news.example/open-content-1',
      publishedAt: '2024-07-02T16:30:00+05:00',
      language: 'ar',
      body: 'وصل الرئيس الصيني إلى أستانا في زيارة دولة، وكان في استقباله الرئيس توكاييف.',
    };
    await send([
      {
        key: article.id,
        value: JSON.stringify({ ...article, publishedAtSource: 'url', x_rank: 7 }),
      },
    ]);
    await probe.waitFor('the article with unknown fields', (p) =>
      p.values<AcceptedArticle>(env.topics.accepted).some((a) => a.articleId === article.id),
    );
    const accepted = probe
      .values<AcceptedArticle>(env.topics.accepted)
      .find((a) => a.articleId === article.id);
    expect(accepted?.article).toEqual(article);
    const metrics = await ingestor.metrics();
    expect(metrics).toContain('sijill_article_unknown_fields_total{field="publishedAtSource"} 1');
    expect(metrics).toContain('sijill_article_unknown_fields_total{field="x_rank"} 1');
    const warned = ingestor
      .logsWhere((l) => l.msg === 'Unknown article field ignored')
      .map((l) => l.field);
    expect(warned).toEqual(['publishedAtSource', 'x_rank']);
  });

  it('writes one JSON log line per handled message, with its outcome', async () => {
    // Intake's lines (the normaliser, in the same process, logs its own for the accepted topic).
    const handled = () =>
      ingestor.logsWhere((l) => l.msg === 'Message handled' && l.topic === env.topics.articles);
    await probe.waitFor('a log line for every message', () => handled().length >= produced);
    expect(handled()).toHaveLength(produced);
    for (const line of handled()) {
      expect(line).toMatchObject({
        level: 'info',
        service: 'ingestor',
        topic: env.topics.articles,
        outcome: expect.stringMatching(/^(accepted|duplicate|dead-lettered)$/),
        partition: expect.any(Number),
        offset: expect.stringMatching(/^\d+$/),
        durationMs: expect.any(Number),
      });
    }
    expect(
      handled()
        .filter((l) => l.outcome === 'accepted')
        .every((l) => typeof l.articleId === 'string'),
    ).toBe(true);
  });
});
