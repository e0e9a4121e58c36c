import type { AcceptedArticle, DuplicateArticle, UniqueArticle } from '@sijill/contracts';
import {
  overlapKeysOfText,
  overlapPolicy,
  type AnchoredArticle,
  type NearDuplicateIndex,
  type NearDuplicateOutcome,
  type NearDuplicatePolicy,
  type OverlapParams,
} from '../near-duplicate';
import { looksLikeHtml } from './extract-text';
import { measureHtmlDepth } from './measure-html-depth';
import { normaliseArticle } from './normalise-article';
import type { NormalisedArticle } from './normalised-article';
import { buildUniqueArticle, provenanceOf } from './build-unique-article';

/**
 * Deepest element nesting normalisation reads (browsers stop nesting at 512). Real articles nest
 * a few dozen levels; a body nested deeper is refused before parsing, whose recursion it would
 * overflow.
 */
export const MAX_HTML_DEPTH = 512;

export type NormaliseOutcome =
  | { readonly kind: 'unique'; readonly unique: UniqueArticle }
  | { readonly kind: 'refused'; readonly reason: 'html-too-deep'; readonly detail: string }
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
    const prepared: (Signed | Extract<NormaliseOutcome, { kind: 'refused' }>)[] = [];
    for (const accepted of batch) {
      prepared.push(this.prepare(accepted));
      if (this.options.betweenArticles !== undefined) await this.options.betweenArticles();
    }
    const signed = prepared.filter((p): p is Signed => p.kind === 'signed');
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

  private prepare(
    accepted: AcceptedArticle,
  ): Signed | Extract<NormaliseOutcome, { kind: 'refused' }> {
    const { article } = accepted;
    if (looksLikeHtml(article.body, article.contentType)) {
      const depth = measureHtmlDepth(article.body, MAX_HTML_DEPTH);
      if (depth > MAX_HTML_DEPTH) {
        return {
          kind: 'refused',
          reason: 'html-too-deep',
          detail: `HTML elements nest deeper than ${MAX_HTML_DEPTH} levels`,
        };
      }
    }
    const normalised = normaliseArticle(article);
    return {
      kind: 'signed',
      accepted,
      normalised,
      signed: {
        articleId: accepted.articleId,
        ...overlapKeysOfText(normalised.matchingText, this.options.params),
      },
    };
  }
}

/** An article normalised and anchored, waiting for the near-duplicate check. */
interface Signed {
  readonly kind: 'signed';
  readonly accepted: AcceptedArticle;
  readonly normalised: NormalisedArticle;
  readonly signed: AnchoredArticle;
}

function round(share: number): number {
  return Math.round(share * 1000) / 1000;
}

function decide(
  { accepted, normalised }: Signed,
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
