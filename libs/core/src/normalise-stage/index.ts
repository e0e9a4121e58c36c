export * from './normalise-accepted-article.use-case';
