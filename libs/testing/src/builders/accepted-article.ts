import type { AcceptedArticle } from '@sijill/contracts';

/**
 * An article as intake accepts it, for specs of normalisation: its id stands for its publisher id,
 * content hash and offset; received at 10:00 UTC on 2026-03-02, with whatever other article fields
 * the spec gives.
 */
export function acceptedArticle(
  id: string,
  body: string,
  fields: Omit<AcceptedArticle['article'], 'id' | 'body'> = {},
): AcceptedArticle {
  return {
    articleId: id,
    idOrigin: 'publisher',
    contentHash: id,
    receivedAt: '2026-03-02T10:00:00Z',
    source: { topic: 'articles', partition: 0, offset: id },
    article: { id, body, ...fields },
  };
}
