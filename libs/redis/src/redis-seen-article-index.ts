import { Injectable } from '@nestjs/common';
import {
  type ArticleIdentity,
  type ClaimOutcome,
  identityKeys,
  SeenArticleIndex,
} from '@sijill/core';
import { CLAIM_ARTICLE_SCRIPT } from './claim-article.script';
import { defineScript, type RedisScript } from './define-script';
import { RedisConnection } from './redis-connection';

/** The seen-article index in Redis: one Lua script per article makes check-and-insert atomic. */
@Injectable()
export class RedisSeenArticleIndex extends SeenArticleIndex {
  private readonly claimCommand: RedisScript;

  constructor(private readonly connection: RedisConnection) {
    super();
    this.claimCommand = defineScript(connection.client, 'sijillClaimArticle', CLAIM_ARTICLE_SCRIPT);
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
