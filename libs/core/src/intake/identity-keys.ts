import type { ArticleIdentity } from './seen-article-index.port';

/** Index keys of an identity, most specific first; shared by every adapter. */
export function identityKeys(
  identity: ArticleIdentity,
): { key: string; reason: 'same-id' | 'same-url' | 'same-content' }[] {
  return [
    { key: `id:${identity.articleId}`, reason: 'same-id' as const },
    ...(identity.canonicalUrl === undefined
      ? []
      : [{ key: `url:${identity.canonicalUrl}`, reason: 'same-url' as const }]),
    { key: `content:${identity.contentHash}`, reason: 'same-content' as const },
  ];
}
