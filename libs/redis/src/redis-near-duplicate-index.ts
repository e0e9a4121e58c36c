import {
  NearDuplicateIndex,
  pickBestCandidate,
  signatureFromBytes,
  signatureToBytes,
  type NearDuplicateOutcome,
  type NearDuplicatePolicy,
  type SignedArticle,
} from '@sijill/core';
import { INSERT_SIGNATURES_SCRIPT } from './insert-signature.script';
import { defineScript, type RedisScript } from './define-script';
import type { RedisConnection } from './redis-connection';

const MAX_ATTEMPTS = 20;

/**
 * The near-duplicate index in Redis: a sorted set per LSH band (members = article ids, scored by
 * time seen, trimmed to the window) and a signature per article. A batch is three round trips: its
 * bands read in one pipeline, the candidates' signatures in another, compared here (a later article
 * of the batch against the earlier ones too), then one Lua script inserts the unique ones unless a
 * band changed since it was read (then the batch is read again). Every key carries the hash tag
 * `{<prefix>nd:<fingerprint>}`, so the script's keys share one Redis Cluster slot.
 */
export class RedisNearDuplicateIndex extends NearDuplicateIndex {
  private readonly insert: RedisScript;

  constructor(
    private readonly connection: RedisConnection,
    /** Namespaces keys by signature parameters (see `nearDuplicateParamsFingerprint`). */
    private readonly fingerprint: string,
  ) {
    super();
    this.insert = defineScript(
      connection.client,
      'sijillInsertSignatures',
      INSERT_SIGNATURES_SCRIPT,
    );
  }

  async checkAndInsert(
    article: SignedArticle,
    policy: NearDuplicatePolicy,
    nowMs: number,
  ): Promise<NearDuplicateOutcome> {
    const [outcome] = await this.checkAndInsertMany([article], policy, nowMs);
    if (outcome === undefined) throw new Error('The near-duplicate index answered nothing');
    return outcome;
  }

  override async checkAndInsertMany(
    articles: readonly SignedArticle[],
    policy: NearDuplicatePolicy,
    nowMs: number,
  ): Promise<readonly NearDuplicateOutcome[]> {
    const windowMs = policy.windowSeconds * 1000;
    const bands = [...new Set(articles.flatMap((a) => a.bandKeys))];
    if (bands.length === 0) return articles.map(() => ({ kind: 'unique' }));
    const bandIndex = new Map(bands.map((band, i) => [band, i + 1]));
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const members = await this.readBands(bands, nowMs - windowMs);
      const compared = [...new Set([...members.values()].flat())];
      const signatures = await this.readSignatures(compared);
      const { outcomes, inserts } = decideInOrder(articles, members, signatures, policy.threshold);
      if (inserts.length === 0) return outcomes;
      const inserted = await this.insert(
        inserts.length + bands.length,
        ...inserts.map((a) => this.key(`sig:${a.articleId}`)),
        ...bands.map((band) => this.key(`b:${band}`)),
        String(nowMs),
        String(windowMs),
        String(inserts.length),
        ...inserts.map((a) => a.articleId),
        ...inserts.map((a) => Buffer.from(signatureToBytes(a.signature))),
        ...inserts.map((a) => a.bandKeys.map((band) => bandIndex.get(band)).join(',')),
        ...compared,
      );
      if (inserted === 1) return outcomes;
    }
    throw new Error(`Near-duplicate insert of ${articles.length} articles kept conflicting`);
  }

  private async readBands(
    bands: readonly string[],
    oldest: number,
  ): Promise<Map<string, string[]>> {
    const pipeline = this.connection.client.pipeline();
    for (const band of bands) pipeline.zrangebyscore(this.key(`b:${band}`), oldest, '+inf');
    const results = (await pipeline.exec()) ?? [];
    const members = new Map<string, string[]>();
    results.forEach(([error, ids], i) => {
      if (error) throw error;
      const band = bands[i];
      if (band !== undefined) members.set(band, ids as string[]);
    });
    return members;
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
    return `{${this.connection.keyPrefix}nd:${this.fingerprint}}:${suffix}`;
  }
}

/**
 * Each article's outcome as if checked one after the other: against what the bands held, and
 * against the batch's earlier unique articles that share a band with it.
 */
function decideInOrder(
  articles: readonly SignedArticle[],
  members: ReadonlyMap<string, readonly string[]>,
  signatures: ReadonlyMap<string, Uint32Array>,
  threshold: number,
): { outcomes: NearDuplicateOutcome[]; inserts: SignedArticle[] } {
  const outcomes: NearDuplicateOutcome[] = [];
  const inserts: SignedArticle[] = [];
  const insertedByBand = new Map<string, SignedArticle[]>();
  for (const article of articles) {
    const candidates = new Map<string, Uint32Array>();
    let seenBefore = false;
    for (const band of article.bandKeys) {
      for (const id of members.get(band) ?? []) {
        if (id === article.articleId) seenBefore = true;
        const signature = signatures.get(id);
        if (signature !== undefined) candidates.set(id, signature);
      }
      for (const earlier of insertedByBand.get(band) ?? []) {
        if (earlier.articleId === article.articleId) seenBefore = true;
        candidates.set(earlier.articleId, earlier.signature);
      }
    }
    if (article.bandKeys.length === 0 || seenBefore) {
      outcomes.push({ kind: 'unique' });
      continue;
    }
    const outcome = pickBestCandidate(article.signature, candidates, threshold);
    outcomes.push(outcome);
    if (outcome.kind === 'unique') {
      inserts.push(article);
      for (const band of article.bandKeys) {
        insertedByBand.set(band, [...(insertedByBand.get(band) ?? []), article]);
      }
    }
  }
  return { outcomes, inserts };
}
