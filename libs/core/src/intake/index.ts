export * from './admit-article.use-case';
export * from './canonicalise-url';
export * from './decode-article';
export * from './hash-content';
export * from './identity-keys';
export * from './in-memory-seen-article-index';
export * from './intake-limits';
export * from './seen-article-index.port';
