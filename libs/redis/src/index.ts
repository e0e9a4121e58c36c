export * from './create-redis-client';
export * from './redis-connection';
export * from './redis-readiness.check';
export * from './redis-seen-article-index';
export * from './redis.module';
export * from './redis-near-duplicate-index';
export * from './redis-timeline-store';
