export * from './normalise-accepted-article.use-case';
export * from './build-unique-article';
