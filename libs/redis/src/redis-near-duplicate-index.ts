import {
  NearDuplicateIndex,
  pickBestCandidate,
  signatureFromBytes,
  signatureToBytes,
  type NearDuplicateOutcome,
  type NearDuplicatePolicy,
  type SignedArticle,
} from '@sijill/core';
import { INSERT_SIGNATURE_SCRIPT } from './insert-signature.script';
import { defineScript, type RedisScript } from './define-script';
import type { RedisConnection } from './redis-connection';

const MAX_ATTEMPTS = 20;

/**
 * The near-duplicate index in Redis: a sorted set per LSH band (members = article ids, scored by
 * time seen, trimmed to the window) and a signature per article. Candidates are read and compared
 * here; the insert is one Lua script that refuses when a band changed since it was read.
 * Three round trips per article; more only under contention.
 */
export class RedisNearDuplicateIndex extends NearDuplicateIndex {
  private readonly insert: RedisScript;

  constructor(
    private readonly connection: RedisConnection,
    /** Namespaces keys by signature parameters (see `nearDuplicateParamsFingerprint`). */
    private readonly fingerprint: string,
  ) {
    super();
    this.insert = defineScript(connection.client, 'sijillInsertSignature', INSERT_SIGNATURE_SCRIPT);
  }

  async checkAndInsert(
    article: SignedArticle,
    policy: NearDuplicatePolicy,
    nowMs: number,
  ): Promise<NearDuplicateOutcome> {
    if (article.bandKeys.length === 0) return { kind: 'unique' };
    const windowMs = policy.windowSeconds * 1000;
    const bandKeys = article.bandKeys.map((band) => this.key(`b:${band}`));
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const candidates = await this.readCandidates(bandKeys, nowMs - windowMs);
      if (candidates.has(article.articleId)) return { kind: 'unique' };
      const signatures = await this.readSignatures([...candidates]);
      const outcome = pickBestCandidate(article.signature, signatures, policy.threshold);
      if (outcome.kind === 'near-duplicate') return outcome;
      const inserted = await this.insert(
        1 + bandKeys.length,
        this.key(`sig:${article.articleId}`),
        ...bandKeys,
        article.articleId,
        String(nowMs),
        String(windowMs),
        Buffer.from(signatureToBytes(article.signature)),
        ...candidates,
      );
      if (inserted === 1) return { kind: 'unique' };
    }
    throw new Error(`Near-duplicate insert of ${article.articleId} kept conflicting`);
  }

  private async readCandidates(bandKeys: readonly string[], oldest: number): Promise<Set<string>> {
    const pipeline = this.connection.client.pipeline();
    for (const key of bandKeys) pipeline.zrangebyscore(key, oldest, '+inf');
    const results = (await pipeline.exec()) ?? [];
    const ids = new Set<string>();
    for (const [error, members] of results) {
      if (error) throw error;
      for (const id of members as string[]) ids.add(id);
    }
    return ids;
  }

  private async readSignatures(ids: readonly string[]): Promise<Map<string, Uint32Array>> {
    const signatures = new Map<string, Uint32Array>();
    if (ids.length === 0) return signatures;
    const pipeline = this.connection.client.pipeline();
    for (const id of ids) pipeline.getBuffer(this.key(`sig:${id}`));
    const results = (await pipeline.exec()) ?? [];
    results.forEach(([error, bytes], i) => {
      if (error) throw error;
      const id = ids[i];
      // A signature that expired since its band was read is no longer comparable.
      if (id !== undefined && bytes instanceof Buffer)
        signatures.set(id, signatureFromBytes(bytes));
    });
    return signatures;
  }

  private key(suffix: string): string {
    return `${this.connection.keyPrefix}nd:${this.fingerprint}:${suffix}`;
  }
}
