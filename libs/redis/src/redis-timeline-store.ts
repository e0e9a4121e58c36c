import { Injectable } from '@nestjs/common';
import { type EventMention, EventMentionSchema, TimelineEntrySchema } from '@sijill/contracts';
import {
  articleScope,
  blockScope,
  fileBlocksOf,
  TimelineStore,
  type CopyLink,
  type MergeReceipt,
  type TimelineReadRequest,
  type TimelineReadResult,
  type TimelineWrite,
} from '@sijill/core';
import { z } from 'zod';
import { defineScript, type RedisScript } from './define-script';
import { RedisConnection } from './redis-connection';
import { WRITE_TIMELINE_SCRIPT } from './write-timeline.script';

const MergeReceiptSchema = z.strictObject({
  key: z.string(),
  delivery: z.string(),
  entryIds: z.array(z.string()),
}) satisfies z.ZodType<MergeReceipt>;

const VersionSchema = z
  .string()
  .regex(/^\d+$/)
  .transform((digits) => Number.parseInt(digits, 10));

/**
 * The timeline store in Redis, under `{<prefix>tl}:` (one hash tag: a merge reads and writes across
 * date blocks and articles atomically, so all its keys share one Redis Cluster slot): each mention as JSON (`m:<id>`), the mention
 * ids filed under each date block (`b:<block>`) and each article (`a:<id>`), the copies of each
 * article (`c:<id>`), entries (`e:<id>`) and receipts (`r:<key>`) as JSON, and an integer version
 * per scope (`v:<scope>`). A read is two round trips: the sets, entries, receipts and versions in
 * one MULTI, then the mentions the sets name. The conditional write is one Lua script.
 * Everything read back is validated against its schema: a value that does not match is an error.
 */
@Injectable()
export class RedisTimelineStore extends TimelineStore {
  private readonly writeCommand: RedisScript;

  constructor(private readonly connection: RedisConnection) {
    super();
    this.writeCommand = defineScript(
      connection.client,
      'sijillWriteTimeline',
      WRITE_TIMELINE_SCRIPT,
    );
  }

  async read(request: TimelineReadRequest): Promise<TimelineReadResult> {
    const blocks = distinct(request.blocks);
    const articles = distinct(request.articles);
    const entryIds = distinct(request.entryIds);
    const receiptKeys = distinct(request.receipts);
    if (blocks.length + articles.length + entryIds.length + receiptKeys.length === 0) {
      return { mentions: [], copies: [], entries: [], receipts: [], versions: {} };
    }
    // One transaction, so the versions belong to the sets read with them.
    const transaction = this.connection.client.multi();
    for (const block of blocks) {
      transaction.get(this.versionKey(blockScope(block))).smembers(this.key('b', block));
    }
    for (const article of articles) {
      transaction
        .get(this.versionKey(articleScope(article)))
        .smembers(this.key('a', article))
        .smembers(this.key('c', article));
    }
    if (entryIds.length > 0) transaction.mget(entryIds.map((id) => this.key('e', id)));
    if (receiptKeys.length > 0) transaction.mget(receiptKeys.map((key) => this.key('r', key)));
    const answers = new Answers(await transaction.exec());

    const versions: Record<string, number> = {};
    const mentionIds = new Set<string>();
    const copies: CopyLink[] = [];
    for (const block of blocks) {
      versions[blockScope(block)] = answers.version();
      for (const id of answers.members()) mentionIds.add(id);
    }
    for (const duplicateOf of articles) {
      versions[articleScope(duplicateOf)] = answers.version();
      for (const id of answers.members()) mentionIds.add(id);
      for (const articleId of answers.members()) copies.push({ articleId, duplicateOf });
    }
    const entries = entryIds.length === 0 ? [] : answers.values();
    const receipts = receiptKeys.length === 0 ? [] : answers.values();
    return {
      mentions: await this.readMentions([...mentionIds]),
      copies,
      entries: this.parseAll(entries, entryIds, 'e', TimelineEntrySchema),
      receipts: this.parseAll(receipts, receiptKeys, 'r', MergeReceiptSchema),
      versions,
    };
  }

  async write(write: TimelineWrite): Promise<'written' | 'conflict'> {
    const expected = Object.entries(write.expectedVersions);
    const expectedScopes = new Set(expected.map(([scope]) => scope));
    const bumped = new Set<string>();
    const touch = (scope: string): void => {
      if (!expectedScopes.has(scope)) bumped.add(scope);
    };
    const stored: [string, string][] = [];
    const added: [string, string][] = [];
    for (const mention of write.mentions) {
      stored.push([this.key('m', mention.mentionId), JSON.stringify(mention)]);
      for (const block of fileBlocksOf(mention)) {
        added.push([this.key('b', block), mention.mentionId]);
        touch(blockScope(block));
      }
      added.push([this.key('a', mention.articleId), mention.mentionId]);
      touch(articleScope(mention.articleId));
    }
    for (const copy of write.copies) {
      added.push([this.key('c', copy.duplicateOf), copy.articleId]);
      touch(articleScope(copy.duplicateOf));
      touch(articleScope(copy.articleId));
    }
    for (const entry of write.entries)
      stored.push([this.key('e', entry.id), JSON.stringify(entry)]);
    if (write.receipt !== undefined) {
      stored.push([this.key('r', write.receipt.key), JSON.stringify(write.receipt)]);
    }
    const keys = [
      ...expected.map(([scope]) => this.versionKey(scope)),
      ...[...bumped].map((scope) => this.versionKey(scope)),
      ...stored.map(([key]) => key),
      ...added.map(([key]) => key),
    ];
    const answer = await this.writeCommand(
      keys.length,
      ...keys,
      String(expected.length),
      String(bumped.size),
      String(stored.length),
      String(added.length),
      ...expected.map(([, version]) => String(version)),
      ...stored.map(([, value]) => value),
      ...added.map(([, member]) => member),
    );
    if (answer === 1) return 'written';
    if (answer === 0) return 'conflict';
    throw new Error('Unexpected answer from the timeline write script');
  }

  private async readMentions(ids: readonly string[]): Promise<EventMention[]> {
    if (ids.length === 0) return [];
    const keys = ids.map((id) => this.key('m', id));
    const values = await this.connection.client.mget(keys);
    return values.map((value, i) => {
      // Set and body are written by one script, so a listed mention without a body is damage.
      if (value === null) throw new Error(`Timeline mention missing in Redis: ${keys[i]}`);
      return parseStored(value, keys[i] ?? '', EventMentionSchema);
    });
  }

  private parseAll<Schema extends z.ZodType>(
    values: readonly (string | null)[],
    ids: readonly string[],
    kind: string,
    schema: Schema,
  ): z.infer<Schema>[] {
    return values.flatMap((value, i) => {
      if (value === null) return [];
      return [parseStored(value, this.key(kind, ids[i] ?? ''), schema)];
    });
  }

  private key(kind: string, id: string): string {
    return `{${this.connection.keyPrefix}tl}:${kind}:${id}`;
  }

  private versionKey(scope: string): string {
    return this.key('v', scope);
  }
}

/** The answers of a MULTI, taken in the order the commands were queued. */
class Answers {
  private next = 0;

  constructor(private readonly results: [Error | null, unknown][] | null) {
    if (results === null) throw new Error('The timeline read transaction was aborted');
  }

  version(): number {
    const answer = this.take();
    if (answer === null) return 0;
    const parsed = VersionSchema.safeParse(answer);
    if (!parsed.success) throw new Error('Unreadable timeline version in Redis');
    return parsed.data;
  }

  members(): string[] {
    const answer = this.take();
    if (!Array.isArray(answer)) throw new Error('Unexpected answer to SMEMBERS');
    return answer as string[];
  }

  values(): (string | null)[] {
    const answer = this.take();
    if (!Array.isArray(answer)) throw new Error('Unexpected answer to MGET');
    return answer as (string | null)[];
  }

  private take(): unknown {
    const result = this.results?.[this.next++];
    if (result === undefined) throw new Error('The timeline read transaction answered too little');
    const [error, answer] = result;
    if (error !== null) throw error;
    return answer;
  }
}

function parseStored<Schema extends z.ZodType>(
  value: string,
  key: string,
  schema: Schema,
): z.infer<Schema> {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new Error(`Timeline value in Redis is not JSON: ${key}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Timeline value in Redis does not match its schema: ${key} (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
    );
  }
  return parsed.data;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
