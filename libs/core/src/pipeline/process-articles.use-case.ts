import type { DuplicateArticle, ReasonCode, TimelineEntry } from '@sijill/contracts';
import { ExtractArticleUseCase, type ExtractionTrace } from '../extraction';
import type { Gazetteer } from '../gazetteer';
import { AdmitArticleUseCase, InMemorySeenArticleIndex, type IntakeLimits } from '../intake';
import { DEFAULT_OVERLAP_PARAMS, InMemoryNearDuplicateIndex } from '../near-duplicate';
import { NormaliseAcceptedArticleUseCase } from '../normalise';
import { InMemoryTimelineStore, MergeMentionUseCase } from '../timeline';
import { definedOnly } from '@sijill/contracts';

/** One article as read from a file: its bytes, and where it came from for reports. */
export type OfflineArticle =
  | { readonly label: string; readonly value: Uint8Array }
  | {
      readonly label: string;
      readonly refused: { readonly reason: ReasonCode; readonly detail: string };
    };

/** What became of one article. */
export interface ArticleReport {
  readonly id: string;
  readonly outcome: 'unique' | 'duplicate' | 'invalid';
  readonly duplicateOf?: string;
  readonly similarity?: number;
  readonly reason?: string;
  /** Top-level fields the contract does not name, ignored (ADR 0007). */
  readonly ignoredFields?: readonly string[];
}

/** The offline result: every timeline entry (merged ones included) and every article's fate. */
export interface OfflineTimeline {
  readonly events: readonly TimelineEntry[];
  readonly articles: readonly ArticleReport[];
}

export interface ProcessArticlesOptions {
  readonly limits: IntakeLimits;
  readonly dedupTtlSeconds: number;
  /** Containment at or above which an article is a copy (`DEFAULT_OVERLAP_PARAMS.copyContainment`). */
  readonly nearDuplicateThreshold: number;
  /** What extraction reads of one article at most, as the extractor stage reads it. */
  readonly maxExtractedChars: number;
  /** The time stamped on entries; the services use the wall clock, tests a fixed one. */
  readonly now: () => Date;
  /** An article whose extraction decisions are recorded (`sijill process --explain ID`). */
  readonly explain?: { readonly articleId: string; readonly trace: ExtractionTrace };
}

const OFFLINE_TOPIC = 'offline';

/**
 * The whole pipeline in one process, with in-memory adapters: intake, normalisation, extraction
 * and merge, through the very use cases the services run on Kafka and Redis, so both modes give
 * the same timeline for the same articles.
 */
export class ProcessArticlesUseCase {
  private readonly admit: AdmitArticleUseCase;
  private readonly normalise: NormaliseAcceptedArticleUseCase;
  private readonly extract: ExtractArticleUseCase;
  private readonly merge = new MergeMentionUseCase(new InMemoryTimelineStore());
  private readonly latest = new Map<string, TimelineEntry>();
  private readonly reports: ArticleReport[] = [];
  private offset = 0;
  /**
   * The dedup window's clock: the latest `publishedAt` read so far (0 before any). The services'
   * windows run on the time articles arrive; replaying a corpus, the time each was published is
   * when it would have arrived, so the window ends as it would have live and holds a window's
   * articles however long the corpus. It never goes back, so expired articles are swept in order.
   */
  private windowMs = 0;

  constructor(
    gazetteer: Gazetteer,
    private readonly options: ProcessArticlesOptions,
  ) {
    this.admit = new AdmitArticleUseCase(new InMemorySeenArticleIndex(() => this.windowMs), {
      limits: options.limits,
      dedupTtlSeconds: options.dedupTtlSeconds,
      beforeClaim: (article) => this.advanceWindow(article.publishedAt),
    });
    this.normalise = new NormaliseAcceptedArticleUseCase(new InMemoryNearDuplicateIndex(), {
      params: { ...DEFAULT_OVERLAP_PARAMS, copyContainment: options.nearDuplicateThreshold },
      windowSeconds: options.dedupTtlSeconds,
      windowClock: () => this.windowMs,
    });
    this.extract = new ExtractArticleUseCase(gazetteer, { maxChars: options.maxExtractedChars });
  }

  /** Takes the articles in order; call `timeline()` at the end. */
  async add(article: OfflineArticle): Promise<void> {
    const position = { topic: OFFLINE_TOPIC, partition: 0, offset: String(this.offset++) };
    const now = this.options.now();
    if ('refused' in article) {
      this.reports.push({ id: article.label, outcome: 'invalid', reason: article.refused.reason });
      return;
    }
    const admitted = await this.admit.execute(
      { value: article.value, position },
      now.toISOString(),
    );
    switch (admitted.kind) {
      case 'invalid':
        this.reports.push({ id: article.label, outcome: 'invalid', reason: admitted.reason });
        return;
      case 'duplicate':
        return this.recordDuplicate(admitted.duplicate, admitted.unknownFields, now);
      case 'accepted':
        break;
    }
    const ignored = ignoredFields(admitted.unknownFields);
    const normalised = await this.normalise.execute(admitted.accepted, now);
    switch (normalised.kind) {
      case 'near-duplicate':
        return this.recordDuplicate(normalised.duplicate, admitted.unknownFields, now);
      case 'refused':
        this.reports.push({ id: article.label, outcome: 'invalid', reason: normalised.reason });
        return;
      case 'unique':
        break;
    }
    this.reports.push({ id: normalised.unique.articleId, outcome: 'unique', ...ignored });
    const explain = this.options.explain;
    const trace = explain?.articleId === normalised.unique.articleId ? explain.trace : undefined;
    const { mentions } = this.extract.execute(normalised.unique, now.toISOString(), trace);
    for (const mention of mentions) {
      this.publish(await this.merge.mergeMention(mention, now.toISOString()));
    }
  }

  timeline(): OfflineTimeline {
    const events = [...this.latest.values()].sort(
      (a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id),
    );
    return { events, articles: [...this.reports] };
  }

  private async recordDuplicate(
    duplicate: DuplicateArticle,
    unknownFields: readonly string[],
    now: Date,
  ): Promise<void> {
    this.reports.push({
      id: duplicate.articleId,
      outcome: 'duplicate',
      duplicateOf: duplicate.duplicateOf,
      ...definedOnly({ similarity: duplicate.similarity }),
      reason: duplicate.reason,
      ...ignoredFields(unknownFields),
    });
    this.publish(await this.merge.recordDuplicate(duplicate, now.toISOString()));
  }

  private advanceWindow(publishedAt: string | undefined): void {
    const published = publishedAt === undefined ? Number.NaN : Date.parse(publishedAt);
    if (published > this.windowMs) this.windowMs = published;
  }

  private publish(entries: readonly TimelineEntry[]): void {
    for (const entry of entries) this.latest.set(entry.id, entry);
  }
}

function ignoredFields(unknownFields: readonly string[]): Pick<ArticleReport, 'ignoredFields'> {
  return unknownFields.length === 0 ? {} : { ignoredFields: unknownFields };
}
