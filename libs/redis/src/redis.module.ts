import { Module } from '@nestjs/common';
import { RedisConnection } from './redis-connection';
import { RedisReadinessCheck } from './redis-readiness.check';
import { RedisSeenArticleIndex } from './redis-seen-article-index';

/** The shared Redis connection, its readiness check and the Redis-backed ports. */
@Module({
  providers: [RedisConnection, RedisReadinessCheck, RedisSeenArticleIndex],
  exports: [RedisConnection, RedisReadinessCheck, RedisSeenArticleIndex],
})
export class RedisModule {}
