import { randomBytes } from 'node:crypto';
import { describeSeenArticleIndexContract, TestRedisConnections } from '@sijill/testing';
import { RedisSeenArticleIndex } from './redis-seen-article-index';

const redis = new TestRedisConnections();

afterAll(() => redis.closeAll());

describeSeenArticleIndexContract('RedisSeenArticleIndex', async () => {
  const connection = await redis.connect(`seen-${randomBytes(4).toString('hex')}:`);
  return { index: new RedisSeenArticleIndex(connection), unique: '' };
});
