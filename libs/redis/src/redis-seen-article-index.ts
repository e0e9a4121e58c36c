import { Injectable } from '@nestjs/common';
import {
  type ArticleIdentity,
  type ClaimOutcome,
  identityKeys,
  SeenArticleIndex,
  type SeenClaim,
} from '@sijill/core';
import { CLAIM_ARTICLES_SCRIPT } from './claim-article.script';
import { defineScript, type RedisScript } from './define-script';
import { RedisConnection } from './redis-connection';

/**
 * The seen-article index in Redis: one Lua script per batch makes check-and-insert atomic. Every
 * key carries the hash tag `{<prefix>seen}`, so a script's keys share one Redis Cluster slot.
 */
@Injectable()
export class RedisSeenArticleIndex extends SeenArticleIndex {
  private readonly claimCommand: RedisScript;
  private readonly prefix: string;

  constructor(connection: RedisConnection) {
    super();
    this.claimCommand = defineScript(
      connection.client,
      'sijillClaimArticles',
      CLAIM_ARTICLES_SCRIPT,
    );
    this.prefix = `{${connection.keyPrefix}seen}:`;
  }

  async claim(identity: ArticleIdentity, owner: string, ttlSeconds: number): Promise<ClaimOutcome> {
    const [outcome] = await this.claimMany([{ identity, owner }], ttlSeconds);
    if (outcome === undefined) throw new Error('Unexpected answer from the claim script');
    return outcome;
  }

  override async claimMany(
    claims: readonly SeenClaim[],
    ttlSeconds: number,
  ): Promise<readonly ClaimOutcome[]> {
    if (claims.length === 0) return [];
    const keysOf = claims.map(({ identity }) => identityKeys(identity));
    const answer = await this.claimCommand(
      keysOf.reduce((sum, keys) => sum + keys.length, 0),
      ...keysOf.flatMap((keys) => keys.map(({ key }) => this.prefix + key)),
      String(ttlSeconds),
      ...claims.flatMap(({ identity, owner }, i) => [
        String(keysOf[i]?.length ?? 0),
        owner,
        identity.articleId,
      ]),
    );
    if (!Array.isArray(answer) || answer.length !== claims.length) {
      throw new Error('Unexpected answer from the claim script');
    }
    return answer.map((one: unknown, i) => toOutcome(one, keysOf[i] ?? []));
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
