export * from './normalise-accepted-article.use-case';
export * from './build-unique-article';
export * from './prepare-accepted-article';
