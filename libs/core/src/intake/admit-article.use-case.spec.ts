import { AdmitArticleUseCase } from './admit-article.use-case';
import { InMemorySeenArticleIndex } from './in-memory-seen-article-index';
import { definedOnly } from '@sijill/contracts';

const RECORD_TIME = Date.parse('2024-07-03T09:00:00Z');

function admit(publishedAt: string, timestamp: string | undefined = String(RECORD_TIME)) {
  const useCase = new AdmitArticleUseCase(new InMemorySeenArticleIndex(() => RECORD_TIME), {
    limits: { maxBodyBytes: 1024 },
    dedupTtlSeconds: 60,
    maxFutureSkewSeconds: 86_400,
  });
  const value = Buffer.from(JSON.stringify({ id: `a-${publishedAt}`, body: 'نص', publishedAt }));
  return useCase.execute(
    {
      value,
      position: { topic: 't', partition: 0, offset: '1' },
      ...(timestamp ? { timestamp } : {}),
    },
    '2024-07-03T09:00:01Z',
  );
}

describe('AdmitArticleUseCase and publishedAt in the future', () => {
  it.each([
    { case: 'the year 9999', publishedAt: '9999-12-31T00:00:00Z', kind: 'invalid' },
    { case: 'two days past the record', publishedAt: '2024-07-05T09:00:01Z', kind: 'invalid' },
    {
      case: 'a few hours ahead (time zones, clocks)',
      publishedAt: '2024-07-03T20:00:00+03:00',
      kind: 'accepted',
    },
    { case: 'the past', publishedAt: '2001-01-01T00:00:00Z', kind: 'accepted' },
  ])('$case is $kind', async ({ publishedAt, kind }) => {
    const outcome = await admit(publishedAt);
    expect(outcome.kind).toBe(kind);
    if (outcome.kind === 'invalid') expect(outcome.reason).toBe('published-in-future');
  });

  it('measures from the time of receipt when the record has no broker timestamp', async () => {
    const outcome = await admit('2024-07-06T00:00:00Z', undefined);
    expect(outcome).toMatchObject({ kind: 'invalid', reason: 'published-in-future' });
  });
});

describe('AdmitArticleUseCase, a batch handed back between messages', () => {
  const messages = ['أ', 'ب', 'أ', '{'].map((body, i) => ({
    value: Buffer.from(body === '{' ? body : JSON.stringify({ body })),
    position: { topic: 't', partition: 0, offset: String(i) },
    timestamp: String(RECORD_TIME),
  }));

  function useCase(betweenArticles?: () => Promise<void>): AdmitArticleUseCase {
    return new AdmitArticleUseCase(new InMemorySeenArticleIndex(() => RECORD_TIME), {
      limits: { maxBodyBytes: 1024 },
      dedupTtlSeconds: 60,
      ...definedOnly({ betweenArticles }),
    });
  }

  it('lets its host run other work after each message it decodes', async () => {
    let turns = 0;
    const outcomes = await useCase(() => {
      turns += 1;
      return Promise.resolve();
    }).executeMany(messages, '2024-07-03T09:00:01Z');
    expect(turns).toBe(4);
    expect(outcomes.map((o) => o.kind)).toEqual(['accepted', 'accepted', 'duplicate', 'invalid']);
  });

  it('decides exactly as a batch admitted in one go', async () => {
    const receivedAt = '2024-07-03T09:00:01Z';
    const handedBack = await useCase(() => Promise.resolve()).executeMany(messages, receivedAt);
    expect(handedBack).toEqual(await useCase().executeMany(messages, receivedAt));
  });
});
