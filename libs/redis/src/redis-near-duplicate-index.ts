import {
  MAX_POSTINGS,
  NearDuplicateIndex,
  findCopySuspects,
  judgeArticle,
  type AnchoredArticle,
  type NearDuplicateOutcome,
  type NearDuplicatePolicy,
  type StoredArticle,
} from '@sijill/core';
import { INSERT_ANCHORS_SCRIPT } from './insert-anchors.script';
import { READ_POSTINGS_SCRIPT } from './read-postings.script';
import { defineScript, type RedisScript } from './define-script';
import type { RedisConnection } from './redis-connection';
import { definedOnly } from '@sijill/contracts';

const MAX_ATTEMPTS = 20;
const DAY_MS = 86_400_000;
/** Posting hashes per day: 2^11, each a small listpack at up to ~4,000 original articles a day. */
const POSTING_BUCKET_BITS = 11;
/** Articles per meta hash (by day number), well under a listpack's 128 entries. */
const META_CHUNK = 64;
/** A filter is stored in pieces of at most a listpack value's 64 bytes. */
const FILTER_PIECE_BYTES = 64;
/** Articles per filter hash: 8 pieces each (a 509-byte filter) stay within 128 entries. */
const FILTER_CHUNK = 16;
const MAX_FILTER_PIECES = 8;

interface Posting {
  readonly anchor: number;
  readonly day: number;
  readonly numbers: readonly number[];
  readonly common: boolean;
  /** The value as Redis holds it ('' when absent): what the insert script compares against. */
  readonly raw: string;
}

interface Meta {
  readonly articleId: string;
  readonly anchors: number;
  readonly seenMs: number;
  /** The story root of a rewrite. */
  readonly root?: string;
}

/**
 * The near-duplicate index in Redis: one set of keys per day, all carrying the day's hash tag (a
 * script touches one slot of a Redis Cluster). An original article gets the day's next number;
 * posting hashes `p:<bucket>` map an anchor's low bits to the numbers of the articles that hold
 * it ("12,40"), meta hashes `m:<chunk>` map a number to "<anchors> <seen ms, base 36> <article
 * id>", then a tab and the root for a rewrite (ids hold no control characters), and filter hashes
 * `f:<chunk>` hold its shingle filter in 64-byte pieces ("<number>.<i>"). Originals and rewrites
 * are remembered, copies not. Small hashes stay listpacks: about 8 bytes a posting. A day's keys
 * expire a window after the day ends; a candidate seen before the window is ignored. Two round
 * trips (the postings: one script call a day) and one script per remembered article, a third
 * when its anchors suggest a copy (the suspected originals' filters).
 */
export class RedisNearDuplicateIndex extends NearDuplicateIndex {
  private readonly insert: RedisScript;
  private readonly readDay: RedisScript;

  constructor(
    private readonly connection: RedisConnection,
    /** Namespaces keys by anchor parameters (see `overlapParamsFingerprint`). */
    private readonly fingerprint: string,
  ) {
    super();
    this.insert = defineScript(connection.client, 'sijillInsertAnchors', INSERT_ANCHORS_SCRIPT);
    this.readDay = defineScript(connection.client, 'sijillReadPostings', READ_POSTINGS_SCRIPT);
  }

  async checkAndInsert(
    article: AnchoredArticle,
    policy: NearDuplicatePolicy,
    nowMs: number,
  ): Promise<NearDuplicateOutcome> {
    if (article.anchors.length === 0) return { kind: 'unique' };
    const windowMs = policy.windowSeconds * 1000;
    const today = Math.floor(nowMs / DAY_MS);
    const ttlMs = (today + 1) * DAY_MS + windowMs - nowMs;
    const days: number[] = [];
    for (let day = Math.floor((nowMs - windowMs) / DAY_MS); day <= today; day++) days.push(day);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const { postings, number } = await this.readPostings(article.anchors, days, today, ttlMs);
      const metas = await this.readMetas(postings, nowMs - windowMs);
      const read = new Map<number, { ids: Set<string>; common: boolean }>();
      for (const posting of postings) {
        const entry = read.get(posting.anchor) ?? { ids: new Set<string>(), common: false };
        for (const n of posting.numbers) {
          const meta = metas.get(`${posting.day}:${n}`);
          if (meta !== undefined) entry.ids.add(meta.articleId);
        }
        read.set(posting.anchor, { ids: entry.ids, common: entry.common || posting.common });
      }
      const stored = new Map<string, StoredArticle>();
      const slots = new Map<string, { day: number; number: number }>();
      for (const [slot, meta] of metas) {
        stored.set(meta.articleId, {
          anchors: meta.anchors,
          ...definedOnly({ root: meta.root }),
        });
        const [day = 0, number = 0] = slot.split(':').map(Number);
        slots.set(meta.articleId, { day, number });
      }
      const postingsRead = [...read].map(
        ([anchor, { ids, common }]) => [anchor, [...ids], common] as const,
      );
      const suspects = findCopySuspects(article, postingsRead, stored, policy);
      const filters = await this.readFilters(suspects, slots);
      for (const [articleId, filter] of filters) {
        const known = stored.get(articleId);
        if (known !== undefined) stored.set(articleId, { ...known, filter });
      }
      const verdict = judgeArticle(article, postingsRead, stored, policy);
      if (stored.has(article.articleId) || verdict.kind === 'near-duplicate') return verdict;
      // An original or a rewrite is remembered, unless a posting it read changed meanwhile (a
      // concurrent copy, or a copy of the same rewrite): then it is judged again.
      const todays = postings.filter((posting) => posting.day === today);
      const root = verdict.kind === 'derived' ? verdict.of : undefined;
      if (await this.remember(article, root, number, todays, today, nowMs, ttlMs)) {
        return verdict;
      }
    }
    throw new Error(`Near-duplicate insert of ${article.articleId} kept conflicting`);
  }

  /**
   * The postings of the anchors over the window's days, one script call a day, after one pipeline
   * that reserves the article's number for today (used only if it is unique: numbers are cheap).
   */
  private async readPostings(
    anchors: Uint32Array,
    days: readonly number[],
    today: number,
    ttlMs: number,
  ): Promise<{ postings: Posting[]; number: number }> {
    const byBucket = new Map<number, number[]>();
    for (const anchor of anchors) {
      const bucket = anchor >>> (32 - POSTING_BUCKET_BITS);
      const inBucket = byBucket.get(bucket);
      if (inBucket === undefined) byBucket.set(bucket, [anchor]);
      else inBucket.push(anchor);
    }
    const reservation = this.connection.client.pipeline();
    reservation.incr(this.key(today, 'n'));
    reservation.pexpire(this.key(today, 'n'), ttlMs);
    const [reserved, expired] = (await reservation.exec()) ?? [];
    for (const [error] of [reserved ?? [null], expired ?? [null]]) if (error) throw error;
    // The anchors in the order the script answers, and its arguments (the same every day).
    const asked: number[] = [];
    const fields: (string | Buffer)[] = [];
    for (const inBucket of byBucket.values()) {
      fields.push(String(inBucket.length));
      for (const anchor of inBucket) {
        asked.push(anchor);
        fields.push(fieldOf(anchor));
      }
    }
    const buckets = [...byBucket.keys()];
    // One call a day: a day's keys share one hash tag, so each call stays in one slot of a Redis
    // Cluster.
    const perDay = await Promise.all(
      days.map(async (day) => {
        const keys = buckets.map((bucket) => this.key(day, `p:${bucket}`));
        const values = await this.readDay(keys.length, ...keys, ...fields);
        if (!Array.isArray(values) || values.length !== asked.length)
          throw new Error('Redis answered a posting read with the wrong shape');
        return { day, values: values as unknown[] };
      }),
    );
    const postings: Posting[] = [];
    for (const { day, values } of perDay) {
      values.forEach((value, i) => {
        const anchor = asked[i];
        if (anchor !== undefined && typeof value === 'string') {
          postings.push({ anchor, day, ...parsePosting(value) });
        }
      });
    }
    return { postings, number: Number(reserved?.[1]) };
  }

  /** The meta of every number the postings name, keyed "<day>:<number>", within the window. */
  private async readMetas(
    postings: readonly Posting[],
    oldest: number,
  ): Promise<Map<string, Meta>> {
    const wanted = new Map<string, { day: number; number: number }>();
    for (const posting of postings)
      for (const number of posting.numbers)
        wanted.set(`${posting.day}:${number}`, { day: posting.day, number });
    const metas = new Map<string, Meta>();
    if (wanted.size === 0) return metas;
    const byDay = new Map<number, number[]>();
    for (const { day, number } of wanted.values())
      byDay.set(day, [...(byDay.get(day) ?? []), number]);
    // One pipeline a day, each within one hash slot (see readPostings).
    await Promise.all(
      [...byDay].map(async ([day, numbers]) => {
        const pipeline = this.connection.client.pipeline();
        for (const number of numbers) pipeline.hget(this.metaKey(day, number), String(number));
        const results = (await pipeline.exec()) ?? [];
        results.forEach(([error, value], i) => {
          if (error) throw error;
          const number = numbers[i];
          const meta = typeof value === 'string' ? parseMeta(value) : undefined;
          // A meta that expired or lies before the window is no longer comparable.
          if (number !== undefined && meta !== undefined && meta.seenMs >= oldest)
            metas.set(`${day}:${number}`, meta);
        });
      }),
    );
    return metas;
  }

  /** The shingle filters of the suspected originals, in one pipeline a day. */
  private async readFilters(
    articleIds: readonly string[],
    slots: ReadonlyMap<string, { day: number; number: number }>,
  ): Promise<Map<string, Uint8Array>> {
    const filters = new Map<string, Uint8Array>();
    const byDay = new Map<number, { articleId: string; number: number }[]>();
    for (const articleId of articleIds) {
      const slot = slots.get(articleId);
      if (slot !== undefined)
        byDay.set(slot.day, [...(byDay.get(slot.day) ?? []), { articleId, number: slot.number }]);
    }
    await Promise.all(
      [...byDay].map(async ([day, wanted]) => {
        const pipeline = this.connection.client.pipeline();
        for (const { number } of wanted)
          pipeline.hmgetBuffer(
            this.filterKey(day, number),
            ...Array.from({ length: MAX_FILTER_PIECES }, (_, i) => `${number}.${i}`),
          );
        const results = (await pipeline.exec()) ?? [];
        results.forEach(([error, pieces], i) => {
          if (error) throw error;
          const articleId = wanted[i]?.articleId;
          const present = (pieces as (Buffer | null)[]).filter(
            (piece): piece is Buffer => piece !== null,
          );
          if (articleId !== undefined && present.length > 0)
            filters.set(articleId, new Uint8Array(Buffer.concat(present)));
        });
      }),
    );
    return filters;
  }

  private async remember(
    article: AnchoredArticle,
    root: string | undefined,
    number: number,
    todays: readonly Posting[],
    today: number,
    nowMs: number,
    ttlMs: number,
  ): Promise<boolean> {
    const readToday = new Map(todays.map((posting) => [posting.anchor, posting.raw]));
    const keys = [this.metaKey(today, number), this.filterKey(today, number)];
    const pieces: Buffer[] = [];
    const filter = Buffer.from(article.filter);
    if (filter.length > MAX_FILTER_PIECES * FILTER_PIECE_BYTES)
      throw new Error(`A shingle filter of ${filter.length} bytes is more than the index stores`);
    for (let at = 0; at < filter.length; at += FILTER_PIECE_BYTES)
      pieces.push(filter.subarray(at, at + FILTER_PIECE_BYTES));
    const keyIndex = new Map<number, number>();
    const triples: (string | Buffer)[] = [];
    for (const anchor of article.anchors) {
      const bucket = anchor >>> (32 - POSTING_BUCKET_BITS);
      let index = keyIndex.get(bucket);
      if (index === undefined) {
        keys.push(this.key(today, `p:${bucket}`));
        index = keys.length;
        keyIndex.set(bucket, index);
      }
      triples.push(String(index), fieldOf(anchor), readToday.get(anchor) ?? '');
    }
    const inserted = await this.insert(
      keys.length,
      ...keys,
      String(number),
      `${article.anchors.length} ${nowMs.toString(36)} ${article.articleId}${root === undefined ? '' : `\t${root}`}`,
      String(ttlMs),
      String(MAX_POSTINGS),
      String(pieces.length),
      ...pieces,
      ...triples,
    );
    return inserted === 1;
  }

  private filterKey(day: number, number: number): string {
    return this.key(day, `f:${Math.floor(number / FILTER_CHUNK)}`);
  }

  private metaKey(day: number, number: number): string {
    return this.key(day, `m:${Math.floor(number / META_CHUNK)}`);
  }

  private key(day: number, suffix: string): string {
    return `${this.connection.keyPrefix}nd:{${this.fingerprint}:${day}}:${suffix}`;
  }
}

/** The anchor's bits below its bucket, as 3 bytes. */
function fieldOf(anchor: number): Buffer {
  const low = anchor & ((1 << (32 - POSTING_BUCKET_BITS)) - 1);
  return Buffer.from([(low >>> 16) & 0xff, (low >>> 8) & 0xff, low & 0xff]);
}

function parsePosting(raw: string): { numbers: number[]; common: boolean; raw: string } {
  const parts = raw.split(',');
  const common = parts[parts.length - 1] === '*';
  const numbers = parts
    .filter((part) => part !== '*')
    .map(Number)
    .filter(Number.isInteger);
  return { numbers, common, raw };
}

function parseMeta(value: string): Meta | undefined {
  const first = value.indexOf(' ');
  const second = value.indexOf(' ', first + 1);
  if (first < 0 || second < 0) return undefined;
  const anchors = Number(value.slice(0, first));
  const seenMs = parseInt(value.slice(first + 1, second), 36);
  const [articleId = '', root] = value.slice(second + 1).split('\t');
  if (!Number.isInteger(anchors) || !Number.isFinite(seenMs) || articleId === '') return undefined;
  return { articleId, anchors, seenMs, ...(root === undefined || root === '' ? {} : { root }) };
}
