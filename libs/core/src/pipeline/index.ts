export * from './process-articles.use-case';
