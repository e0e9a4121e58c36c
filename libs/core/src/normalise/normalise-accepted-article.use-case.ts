import type { AcceptedArticle, DuplicateArticle, UniqueArticle } from '@sijill/contracts';
import {
  overlapPolicy,
  type NearDuplicateIndex,
  type NearDuplicateOutcome,
  type NearDuplicatePolicy,
  type OverlapParams,
} from '../near-duplicate';
import { buildUniqueArticle, provenanceOf } from './build-unique-article';
import {
  prepareAcceptedArticle,
  type PreparedArticle,
  type RefusedArticle,
  type SignedArticle,
} from './prepare-accepted-article';

export type NormaliseOutcome =
  | { readonly kind: 'unique'; readonly unique: UniqueArticle }
  | RefusedArticle
  | { readonly kind: 'near-duplicate'; readonly duplicate: DuplicateArticle };

export interface NormaliseAcceptedArticleOptions {
  readonly params: OverlapParams;
  readonly windowSeconds: number;
  /**
   * Awaited after each article of a batch is normalised and signed (a few milliseconds of CPU
   * each): a service passes one that lets its event loop run, so its probes and heartbeats are
   * answered between articles rather than after the whole batch.
   */
  readonly betweenArticles?: () => Promise<void>;
  /**
   * Prepares a batch elsewhere (a service passes its worker threads), answering
   * `prepareAcceptedArticle` of each article in input order; when absent, the batch is prepared
   * here, one article at a time with `betweenArticles` after each.
   */
  readonly prepareMany?: (
    batch: readonly AcceptedArticle[],
    params: OverlapParams,
  ) => Promise<readonly PreparedArticle[]>;
  /**
   * The time (ms since the epoch) the near-duplicate window is read and written at; the time the
   * batch is handled when absent. The offline mode passes its replay clock (articles' publication).
   */
  readonly windowClock?: () => number;
}

/**
 * The ingestor's second half: turn an accepted article into clean text with sentence offsets, and
 * record it as a wire copy when an article seen within the window is nearly the same.
 */
export class NormaliseAcceptedArticleUseCase {
  private readonly policy: NearDuplicatePolicy;

  constructor(
    private readonly index: NearDuplicateIndex,
    private readonly options: NormaliseAcceptedArticleOptions,
  ) {
    this.policy = overlapPolicy(options.params, options.windowSeconds);
  }

  async execute(accepted: AcceptedArticle, now: Date): Promise<NormaliseOutcome> {
    const [outcome] = await this.executeMany([accepted], now);
    if (outcome === undefined) throw new Error('Normalisation answered nothing for an article');
    return outcome;
  }

  /**
   * Normalises a batch, then checks it against the near-duplicate index in one go, in order (a
   * later article of the batch may be a wire copy of an earlier one).
   */
  async executeMany(
    batch: readonly AcceptedArticle[],
    now: Date,
  ): Promise<readonly NormaliseOutcome[]> {
    const prepared = await this.prepare(batch);
    if (prepared.length !== batch.length) throw new Error('Preparation answered too little');
    const signed = prepared.filter((p): p is SignedArticle => p.kind === 'signed');
    const checks = await this.index.checkAndInsertMany(
      signed.map((p) => p.signed),
      this.policy,
      this.options.windowClock?.() ?? now.getTime(),
    );
    const checkOf = new Map(signed.map((p, i) => [p, checks[i]]));
    return prepared.map((p) => {
      if (p.kind !== 'signed') return p;
      const check = checkOf.get(p);
      if (check === undefined) throw new Error('The near-duplicate index answered too little');
      return decide(p, check, now);
    });
  }

  private async prepare(batch: readonly AcceptedArticle[]): Promise<readonly PreparedArticle[]> {
    const { params, prepareMany, betweenArticles } = this.options;
    if (prepareMany !== undefined) return prepareMany(batch, params);
    const prepared: PreparedArticle[] = [];
    for (const accepted of batch) {
      prepared.push(prepareAcceptedArticle(accepted, params));
      if (betweenArticles !== undefined) await betweenArticles();
    }
    return prepared;
  }
}

function round(share: number): number {
  return Math.round(share * 1000) / 1000;
}

function decide(
  { accepted, normalised }: SignedArticle,
  outcome: NearDuplicateOutcome,
  now: Date,
): NormaliseOutcome {
  const { article } = accepted;
  if (outcome.kind === 'near-duplicate') {
    return {
      kind: 'near-duplicate',
      duplicate: {
        articleId: accepted.articleId,
        duplicateOf: outcome.of,
        tier: 'near',
        reason: 'near-duplicate',
        similarity: round(outcome.similarity),
        containment: round(outcome.containment),
        ...provenanceOf(article),
        language: normalised.language,
        detectedAt: now.toISOString(),
        source: accepted.source,
      },
    };
  }
  return {
    kind: 'unique',
    unique: buildUniqueArticle(
      accepted.articleId,
      article,
      normalised,
      accepted.source,
      outcome.kind === 'derived' ? outcome.of : undefined,
    ),
  };
}
