import { Injectable } from '@nestjs/common';
import {
  type ArticleIdentity,
  type ClaimOutcome,
  identityKeys,
  SeenArticleIndex,
} from '@sijill/core';
import { CLAIM_ARTICLE_SCRIPT } from './claim-article.script';
import { RedisConnection } from './redis-connection';

/** The seen-article index in Redis: one Lua script per article makes check-and-insert atomic. */
type ClaimCommand = (numberOfKeys: number, ...keysAndArgs: string[]) => Promise<unknown>;

@Injectable()
export class RedisSeenArticleIndex extends SeenArticleIndex {
  private readonly claimCommand: ClaimCommand;

  constructor(private readonly connection: RedisConnection) {
    super();
    // defineCommand runs the script by its SHA (EVALSHA), loading it once per connection.
    connection.client.defineCommand('sijillClaimArticle', { lua: CLAIM_ARTICLE_SCRIPT });
    const client = connection.client as unknown as { sijillClaimArticle: ClaimCommand };
    this.claimCommand = client.sijillClaimArticle.bind(connection.client);
  }

  async claim(identity: ArticleIdentity, owner: string, ttlSeconds: number): Promise<ClaimOutcome> {
    const keys = identityKeys(identity);
    const prefix = `${this.connection.keyPrefix}seen:`;
    const answer = await this.claimCommand(
      keys.length,
      ...keys.map(({ key }) => prefix + key),
      owner,
      identity.articleId,
      String(ttlSeconds),
    );
    return toOutcome(answer, keys);
  }
}

function toOutcome(answer: unknown, keys: ReturnType<typeof identityKeys>): ClaimOutcome {
  if (!Array.isArray(answer)) throw new Error('Unexpected answer from the claim script');
  const [index, of] = answer as [unknown, unknown];
  if (index === 0) return { kind: 'first-seen' };
  const matched = typeof index === 'number' ? keys[index - 1] : undefined;
  if (matched === undefined || typeof of !== 'string') {
    throw new Error('Unexpected answer from the claim script');
  }
  return { kind: 'duplicate', of, reason: matched.reason };
}
