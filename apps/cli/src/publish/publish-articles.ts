import type { ReasonCode } from '@sijill/contracts';
import { decodeArticle, identify, UnknownFieldTally, type IntakeLimits } from '@sijill/core';
import type { OutboundRecord } from '@sijill/kafka';
import type { ArticleOrigin, ReadArticle } from './parse-article-document';

/** Where checked articles go: Kafka in a real run; nowhere in a dry run. */
export interface ArticleSink {
  /** Resolves once every record is stored (acknowledged by all in-sync replicas). */
  send(records: readonly OutboundRecord[]): Promise<void>;
}

export interface SentArticle extends ArticleOrigin {
  readonly id: string;
}

export interface RefusedArticle extends ArticleOrigin {
  readonly reason: ReasonCode;
  readonly detail: string;
}

/** What one run did with every article it read. */
export interface PublishReport {
  readonly sent: SentArticle[];
  readonly refused: RefusedArticle[];
  /** Top-level fields the contract does not name, ignored and not sent, with how many articles had each. */
  ignoredFields: readonly (readonly [string, number])[];
  /** Set when the run stopped early; `unsent` lists valid articles whose storing is unconfirmed. */
  failure?: {
    /** `read`: an input could not be read; `send`: the sink did not confirm a batch. */
    readonly stage: 'read' | 'send';
    readonly message: string;
    readonly unsent: SentArticle[];
  };
}

export interface PublishArticlesOptions {
  readonly limits: IntakeLimits;
  /** A batch is sent when it holds this many records… */
  readonly maxBatchRecords?: number;
  /** …or this many bytes of values, whichever comes first (1 MiB fits a default broker). */
  readonly maxBatchBytes?: number;
}

/**
 * Checks every article with the same rules as intake, sends the valid ones in batches (key = the
 * article id intake will derive), and reports what was sent and what was refused and why. A failure
 * (unreadable input, Kafka away) ends the run and is reported, never thrown.
 */
export async function publishArticles(
  articles: AsyncIterable<ReadArticle>,
  sink: ArticleSink,
  options: PublishArticlesOptions,
): Promise<PublishReport> {
  const maxRecords = options.maxBatchRecords ?? 500;
  const maxBytes = options.maxBatchBytes ?? 1024 * 1024;
  const report: PublishReport = { sent: [], refused: [], ignoredFields: [] };
  const ignored = new UnknownFieldTally();
  let batch: { record: OutboundRecord; sent: SentArticle }[] = [];
  let batchBytes = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    batchBytes = 0;
    try {
      await sink.send(pending.map((p) => p.record));
    } catch (error) {
      throw new BatchFailed(
        error,
        pending.map((p) => p.sent),
      );
    }
    report.sent.push(...pending.map((p) => p.sent));
  };
  try {
    for await (const read of articles) {
      if ('refused' in read) {
        report.refused.push({ ...read.origin, ...read.refused });
        continue;
      }
      const decoded = decodeArticle(read.value, options.limits);
      if (decoded.kind === 'invalid') {
        report.refused.push({ ...read.origin, reason: decoded.reason, detail: decoded.detail });
        continue;
      }
      ignored.add(decoded.unknownFields);
      const id = identify(decoded.article).identity.articleId;
      batch.push({
        record: { topic: 'articles', key: id, value: decoded.article },
        sent: { id, ...read.origin },
      });
      batchBytes += read.value.length;
      if (batch.length >= maxRecords || batchBytes >= maxBytes) await flush();
    }
    await flush();
  } catch (error) {
    const failed = error instanceof BatchFailed;
    const cause = failed ? error.cause : error;
    report.failure = {
      stage: failed ? 'send' : 'read',
      message: cause instanceof Error ? cause.message : String(cause),
      unsent: failed ? error.unsent : batch.map((p) => p.sent),
    };
  }
  report.ignoredFields = ignored.entries();
  return report;
}

/** A batch the sink did not confirm; carries its articles so the report can name them. */
class BatchFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly unsent: SentArticle[],
  ) {
    super('A batch was not confirmed.');
  }
}
