import type { AcceptedArticle, DuplicateArticle, UniqueArticle } from '@sijill/contracts';
import {
  selectAnchorsOfText,
  type NearDuplicateIndex,
  type NearDuplicatePolicy,
  type OverlapParams,
} from '../near-duplicate';
import { looksLikeHtml, measureHtmlDepth, normaliseArticle } from '../normalise';

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
}

function round(share: number): number {
  return Math.round(share * 1000) / 1000;
}

/**
 * The ingestor's second half: turn an accepted article into clean text with sentence offsets, and
 * record it as a wire copy when an article seen within the window holds most of it (or it holds most
 * of that one), or link it to the article it was rewritten from.
 */
export class NormaliseAcceptedArticleUseCase {
  private readonly policy: NearDuplicatePolicy;

  constructor(
    private readonly index: NearDuplicateIndex,
    private readonly options: NormaliseAcceptedArticleOptions,
  ) {
    const { copyContainment, derivedContainment, minSharedAnchors, maxDistinctiveHolders } =
      options.params;
    this.policy = {
      copyContainment,
      derivedContainment,
      minSharedAnchors,
      maxDistinctiveHolders,
      windowSeconds: options.windowSeconds,
    };
  }

  async execute(accepted: AcceptedArticle, now: Date): Promise<NormaliseOutcome> {
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
    const normalised = normaliseArticle({
      body: article.body,
      ...(article.title === undefined ? {} : { title: article.title }),
      ...(article.contentType === undefined ? {} : { contentType: article.contentType }),
      ...(article.language === undefined ? {} : { language: article.language }),
    });
    const outcome = await this.index.checkAndInsert(
      {
        articleId: accepted.articleId,
        anchors: selectAnchorsOfText(normalised.matchingText, this.options.params),
      },
      this.policy,
      now.getTime(),
    );
    const provenance = {
      ...(article.url === undefined ? {} : { url: article.url }),
      ...(article.source === undefined ? {} : { sourceName: article.source }),
      ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    };
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
          ...provenance,
          language: normalised.language,
          detectedAt: now.toISOString(),
          source: accepted.source,
        },
      };
    }
    return {
      kind: 'unique',
      unique: {
        articleId: accepted.articleId,
        ...provenance,
        ...(outcome.kind === 'derived' ? { derivedFrom: outcome.of } : {}),
        language: normalised.language,
        languageDetected: normalised.languageDetected,
        ...(normalised.title === undefined ? {} : { title: normalised.title }),
        text: normalised.text,
        sentences: normalised.sentences.map(({ start, end }) => ({ start, end })),
        cuts: normalised.cuts.map(({ rule, line, text, detail }) => ({
          rule,
          line,
          text,
          ...(detail === undefined ? {} : { detail }),
        })),
        source: accepted.source,
      },
    };
  }
}
